/**
 * translate-toolkit's pofilter (Debian package translate-toolkit) on the same rows, for a side-by-side view
 * of what a classic QA tool flags. Optional: the bench says so when it is not installed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DetectionRow } from './detection-set';

function poString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

export function hasPofilter(): boolean {
  return spawnSync('pofilter', ['--version'], { encoding: 'utf8' }).status === 0;
}

/** The ids of the rows pofilter raises at least one failure on. */
export function pofilterFlagged(rows: readonly DetectionRow[], targetLang: string): Set<string> {
  const dir = mkdtempSync(join(tmpdir(), 'cotejo-pofilter-'));
  try {
    const input = join(dir, 'in.po');
    const output = join(dir, 'out.po');
    const units = rows.map((row) => `msgctxt ${poString(row.id)}\nmsgid ${poString(row.source)}\nmsgstr ${poString(row.target)}\n`);
    writeFileSync(input, `msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: ${targetLang}\\n"\n\n${units.join('\n')}`);
    const result = spawnSync('pofilter', ['--progress=none', '-i', input, '-o', output], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`pofilter failed: ${result.stderr}`);
    const flagged = new Set<string>();
    for (const block of readFileSync(output, 'utf8').split(/\n\n+/)) {
      const context = /^msgctxt "((?:[^"\\]|\\.)*)"/m.exec(block);
      if (context && /^# \(pofilter\)/m.test(block)) flagged.add(context[1]!);
    }
    return flagged;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
