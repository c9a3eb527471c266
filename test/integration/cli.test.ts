import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, SAMPLE_SOURCE, SAMPLE_TARGET } from '../helpers/paths';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();

function cotejo(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface CliFlag {
  check: string;
  category: string;
  severity: string;
  source: { start: number; end: number; text: string } | null;
  target: { start: number; end: number; text: string } | null;
  message: string;
  suggestions: string[];
}

describe('cotejo check', () => {
  it('reports the two named errors of the sample with spans on "Hair" and "blisters" (--json)', () => {
    const result = cotejo('check', '--source', SAMPLE_SOURCE, '--target', SAMPLE_TARGET, '--from', 'es', '--to', 'en', '--json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const { segments } = JSON.parse(result.stdout) as { segments: { index: number; source: string; target: string; flags: CliFlag[] }[] };
    const all = segments.flatMap((s) => s.flags.map((flag) => ({ segment: s, flag })));
    const hair = all.find(({ flag }) => flag.target?.text.includes('Hair'));
    const blisters = all.find(({ flag }) => flag.target?.text.includes('blisters'));
    expect(hair?.flag).toMatchObject({ check: 'name-as-word', category: 'accuracy/mistranslation', severity: 'critical', suggestions: ['Cabello'] });
    expect(blisters?.flag).toMatchObject({ check: 'literal-idiom', category: 'accuracy/mistranslation', severity: 'major' });
    for (const { segment, flag } of [hair!, blisters!]) {
      expect(segment.target.slice(flag.target!.start, flag.target!.end)).toBe(flag.target!.text);
      expect(segment.source.slice(flag.source!.start, flag.source!.end)).toBe(flag.source!.text);
      expect(Object.keys(flag)).toEqual(['check', 'category', 'severity', 'source', 'target', 'message', 'suggestions']);
    }
  });

  it('prints human-readable flags by default', () => {
    const result = cotejo('check', '--source', SAMPLE_SOURCE, '--target', SAMPLE_TARGET, '--from', 'es', '--to', 'en');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/line 21\)[\s\S]*CRITICAL[\s\S]*"Hair"/);
    expect(result.stdout).toMatch(/\d+ flags in \d+ segments\./);
  });

  it('checks JSONL pairs, one output line per input line, in order', () => {
    const file = join(tempDir(), 'pairs.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 'a', source: 'Han levantado ampollas en el Gobierno.', target: 'They have raised blisters in the Government.' }),
        JSON.stringify({ id: 'b', source: 'Todo va bien.', target: 'All is well.' }),
        '',
      ].join('\n'),
    );
    const result = cotejo('check', '--pairs', file, '--from', 'es', '--to', 'en');
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; flags: CliFlag[] });
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(lines[0]!.flags.map((f) => f.check)).toEqual(['literal-idiom']);
    expect(lines[1]!.flags).toEqual([]);
  });

  it('fails with a one-line reason for bad input', () => {
    const dir = tempDir();
    const malformed = join(dir, 'bad.jsonl');
    writeFileSync(malformed, '{"id":"1","source":"a","target":"b"}\n{not json}\n');
    const binary = join(dir, 'image.bin');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const cases: [string[], RegExp][] = [
      [['check', '--pairs', malformed, '--from', 'es', '--to', 'en'], /line 2: not valid JSON/],
      [['check', '--source', binary, '--target', SAMPLE_TARGET, '--from', 'es', '--to', 'en'], /not a text file/],
      [['check', '--source', join(dir, 'missing.txt'), '--target', SAMPLE_TARGET, '--from', 'es', '--to', 'en'], /no such file/],
      [['check', '--source', SAMPLE_SOURCE, '--target', SAMPLE_TARGET, '--from', 'xx', '--to', 'en'], /Unknown language code "xx"/],
      [['check', '--source', SAMPLE_SOURCE, '--from', 'es', '--to', 'en'], /--source and --target/],
      [['frobnicate'], /Unknown command/],
    ];
    for (const [args, reason] of cases) {
      const result = cotejo(...args);
      expect(result.status, args.join(' ')).not.toBe(0);
      expect(result.stderr).toMatch(reason);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stdout).toBe('');
    }
  });
});
