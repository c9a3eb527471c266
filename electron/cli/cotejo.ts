/**
 * `cotejo` — check a translation from the command line, or serve the workbench to a browser.
 * The `check` output is a contract other tools rely on: keep its shape stable.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { DocumentChecker } from '../../shared/checks/engine';
import { importTextPair } from '../../shared/formats/plain-text';
import type { Flag } from '../../shared/model/flag';
import { LANGUAGE_CODES, isLanguageCode, type LanguageCode } from '../../shared/model/languages';
import { InputFileError, readTextFile } from '../services/files';

class UsageError extends Error {}

const HELP = `Usage:
  cotejo check --source FILE --target FILE --from LANG --to LANG [--json]
  cotejo check --pairs FILE.jsonl --from LANG --to LANG
  cotejo serve [--port N] [--project FILE.cotejo]     serve the workbench on http://127.0.0.1
Languages: ${LANGUAGE_CODES.join(', ')}`;

type Options = Record<string, string | true>;

function parseOptions(argv: string[]): Options {
  const options: Options = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new UsageError(`Unexpected argument "${arg}"`);
    const name = arg.slice(2);
    const next = argv[i + 1];
    if (name === 'json' || name === 'help') options[name] = true;
    else if (next === undefined || next.startsWith('--')) throw new UsageError(`--${name} needs a value`);
    else {
      options[name] = next;
      i++;
    }
  }
  return options;
}

function stringOption(options: Options, name: string): string | undefined {
  const value = options[name];
  return typeof value === 'string' ? value : undefined;
}

function language(options: Options, name: 'from' | 'to'): LanguageCode {
  const value = stringOption(options, name);
  if (!value) throw new UsageError(`--${name} is required (one of ${LANGUAGE_CODES.join(', ')})`);
  if (!isLanguageCode(value)) throw new UsageError(`Unknown language code "${value}" for --${name} (use one of ${LANGUAGE_CODES.join(', ')})`);
  return value;
}

/** The contract's FLAG: exactly these fields, in this order. */
function contractFlag(flag: Flag): object {
  return {
    check: flag.check,
    category: flag.category,
    severity: flag.severity,
    source: flag.source,
    target: flag.target,
    message: flag.message,
    suggestions: flag.suggestions,
  };
}

function checkFiles(options: Options, from: LanguageCode, to: LanguageCode, out: (s: string) => void): void {
  const sourcePath = stringOption(options, 'source');
  const targetPath = stringOption(options, 'target');
  if (!sourcePath || !targetPath) throw new UsageError('check needs --source and --target, or --pairs');
  const { pairs } = importTextPair(readTextFile(sourcePath), readTextFile(targetPath));
  const flags = new DocumentChecker(pairs.map((p, index) => ({ ...p, index })), from, to).checkAll();
  if (options.json) {
    const segments = pairs.map((p, index) => ({ index, source: p.source, target: p.target, flags: (flags[index] ?? []).map(contractFlag) }));
    out(JSON.stringify({ segments }));
    return;
  }
  let total = 0;
  pairs.forEach((pair, index) => {
    const segmentFlags = flags[index] ?? [];
    if (segmentFlags.length === 0) return;
    out(`Segment ${index + 1}${pair.line ? ` (line ${pair.line})` : ''}`);
    for (const flag of segmentFlags) {
      total++;
      out(`  ${flag.severity.toUpperCase()}  ${flag.category}  [${flag.check}]`);
      const where = [flag.source && `source "${flag.source.text}"`, flag.target && `target "${flag.target.text}"`].filter(Boolean).join(' → ');
      if (where) out(`    ${where}`);
      out(`    ${flag.message}`);
      if (flag.suggestions.length > 0) out(`    suggestion: ${flag.suggestions.join(' | ')}`);
    }
  });
  out(`${total} flag${total === 1 ? '' : 's'} in ${pairs.length} segments.`);
}

function checkPairs(path: string, from: LanguageCode, to: LanguageCode, out: (s: string) => void): void {
  const lines = readTextFile(path).split(/\r?\n/);
  const parsed: { id: string; source: string; target: string }[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new InputFileError(`${path}, line ${i + 1}: not valid JSON (${(error as Error).message})`);
    }
    const v = value as Record<string, unknown>;
    if (typeof v !== 'object' || v === null || typeof v.source !== 'string' || typeof v.target !== 'string') {
      throw new InputFileError(`${path}, line ${i + 1}: expected {"id":…,"source":"…","target":"…"}`);
    }
    const id = typeof v.id === 'string' || typeof v.id === 'number' ? String(v.id) : String(parsed.length);
    parsed.push({ id, source: v.source, target: v.target });
  });
  // Each line stands alone: document facts from one pair must not leak into an unrelated one.
  for (const pair of parsed) {
    const flags = new DocumentChecker([{ index: 0, source: pair.source, target: pair.target }], from, to).checkAll()[0] ?? [];
    out(JSON.stringify({ id: pair.id, flags: flags.map(contractFlag) }));
  }
}

async function serve(options: Options): Promise<void> {
  const appRoot = fileURLToPath(new URL('../..', import.meta.url));
  const [{ Workbench }, { openSampleProject }, { ProjectStore }, { startHost }] = await Promise.all([
    import('../services/workbench'),
    import('../services/sample'),
    import('../services/store'),
    import('../host/server'),
  ]);
  const project = stringOption(options, 'project');
  const store = project ? ProjectStore.open(project) : openSampleProject(appRoot);
  const workbench = new Workbench(store);
  const portText = stringOption(options, 'port') ?? process.env.COTEJO_PORT ?? '0';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`Invalid port "${portText}"`);
  const host = await startHost({ api: workbench, rendererDir: join(appRoot, 'dist', 'renderer'), port });
  process.stdout.write(`Cotejo is running at ${host.url}\nProject: ${store.path}\nPress Ctrl+C to stop.\n`);
  const stop = (): void => {
    void host.close().then(() => {
      workbench.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

export async function main(argv: string[]): Promise<number> {
  const out = (line: string): void => void process.stdout.write(`${line}\n`);
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === 'help') {
      out(HELP);
      return command ? 0 : 2;
    }
    const options = parseOptions(rest);
    if (options.help) {
      out(HELP);
      return 0;
    }
    if (command === 'check') {
      const from = language(options, 'from');
      const to = language(options, 'to');
      if (from === to) throw new UsageError('--from and --to must be different languages');
      const pairs = stringOption(options, 'pairs');
      if (pairs) checkPairs(pairs, from, to, out);
      else checkFiles(options, from, to, out);
      return 0;
    }
    if (command === 'serve') {
      await serve(options);
      return -1;
    }
    throw new UsageError(`Unknown command "${command}"`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`cotejo: ${message}${error instanceof UsageError ? ' (see cotejo --help)' : ''}\n`);
    return 2;
  }
}

// A negative code means a server is running and the process stays up.
const code = await main(process.argv.slice(2));
if (code >= 0) process.exitCode = code;
