/**
 * `npm run bench:detect`: detection quality per language pair and per check on the development sets in
 * test/fixtures/detection, pofilter side by side where installed, and the speed of the full check set.
 * Targets (issue: detection engine): recall ≥ 90 %, clean rows flagged major+ ≤ 5 %, 1 M words < 2 s,
 * re-checking one segment < 1 ms.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildContext, CHECKS, DocumentChecker, preparePair } from '../../shared/checks/engine';
import { ConsistencyIndex } from '../../shared/checks/consistency';
import { importTextPair } from '../../shared/formats/plain-text';
import { loadDetectionSets, type DetectionRow, type DetectionSet } from './detection-set';
import { hasPofilter, pofilterFlagged } from './pofilter';
import { percent, scoreRows, type PairScore } from './score';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const verbose = process.argv.includes('--verbose');

function flagsOf(set: DetectionSet, row: DetectionRow) {
  const context = (row.context ?? []).map((source, index) => ({ index, source, target: '' }));
  const pairs = [...context, { index: context.length, source: row.source, target: row.target }];
  return new DocumentChecker(pairs, set.from, set.to).flagsAt(context.length);
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

function quality(): void {
  const sets = loadDetectionSets(join(ROOT, 'test', 'fixtures', 'detection'));
  const pofilter = hasPofilter();
  console.log('## Detection quality\n');
  const summary: string[][] = [];
  const scores: [DetectionSet, PairScore][] = [];
  for (const set of sets) {
    const score = scoreRows(set.rows, (row) => flagsOf(set, row));
    scores.push([set, score]);
    const cleanIds = set.rows.filter((r) => r.expected === 'clean');
    const errorIds = set.rows.filter((r) => r.expected !== 'clean');
    let pofilterCells = ['not installed', 'not installed'];
    if (pofilter) {
      const flagged = pofilterFlagged(set.rows, set.to);
      pofilterCells = [
        percent(errorIds.filter((r) => flagged.has(r.id)).length, errorIds.length),
        percent(cleanIds.filter((r) => flagged.has(r.id)).length, cleanIds.length),
      ];
    }
    summary.push([
      `${set.from}→${set.to}`,
      String(set.rows.length),
      percent(score.errorsFound, score.errors),
      percent(score.errorRowsFlagged, score.errorRows),
      percent(score.cleanFlaggedAny, score.cleanRows),
      percent(score.cleanFlaggedMajor, score.cleanRows),
      ...pofilterCells,
    ]);
  }
  console.log(
    table(
      ['pair', 'rows', 'recall (errors, right check)', 'error rows flagged', 'clean rows flagged', 'clean flagged major+', 'pofilter: error rows flagged', 'pofilter: clean rows flagged'],
      summary,
    ),
  );
  for (const [set, score] of scores) {
    console.log(`\n### ${set.from}→${set.to} by check\n`);
    const checks = new Set([...score.byCheck.keys(), ...score.falseAlarms.keys()]);
    console.log(
      table(
        ['check', 'errors', 'found', 'recall', 'flags on clean rows'],
        [...checks].sort().map((check) => {
          const s = score.byCheck.get(check) ?? { expected: 0, found: 0 };
          return [check, String(s.expected), String(s.found), percent(s.found, s.expected), String(score.falseAlarms.get(check) ?? 0)];
        }),
      ),
    );
    if (verbose) for (const m of score.missed) console.log(`missed ${m.id} ${m.check} ${JSON.stringify(m.target)}`);
  }
}

function speed(): void {
  console.log('\n## Speed (one core)\n');
  const sample = importTextPair(
    readFileSync(join(ROOT, 'examples', 'venezuela-cabello', 'es.txt'), 'utf8'),
    readFileSync(join(ROOT, 'examples', 'venezuela-cabello', 'en.machine.txt'), 'utf8'),
  ).pairs.filter((p) => p.source && p.target);
  const rows = loadDetectionSets(join(ROOT, 'test', 'fixtures', 'detection')).find((s) => s.from === 'es' && s.to === 'en')?.rows ?? [];
  const material = [...sample, ...rows.map((r) => ({ source: r.source, target: r.target }))];
  const pairs: { index: number; source: string; target: string }[] = [];
  let words = 0;
  for (let i = 0; words < 1_000_000; i++) {
    const pair = material[i % material.length]!;
    pairs.push({ index: i, source: pair.source, target: pair.target });
    words += pair.source.split(/\s+/).length;
  }
  const started = process.hrtime.bigint();
  const checker = new DocumentChecker(pairs, 'es', 'en');
  const flags = checker.checkAll();
  const fullMs = Number(process.hrtime.bigint() - started) / 1e6;
  const runs = 200;
  const timings: number[] = [];
  for (let i = 0; i < runs; i++) {
    const position = (i * 7919) % pairs.length;
    const t0 = process.hrtime.bigint();
    checker.update(position, `${pairs[position]!.target} `);
    timings.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  timings.sort((a, b) => a - b);
  const ms = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e6;
  let t = process.hrtime.bigint();
  const prepared = pairs.map(preparePair);
  const stages: [string, number][] = [['tokenise and fold', ms(t)]];
  t = process.hrtime.bigint();
  const ctx = buildContext(prepared, 'es', 'en');
  stages.push(['document facts', ms(t)]);
  for (const check of CHECKS) {
    t = process.hrtime.bigint();
    for (const pair of prepared) check.run(pair, ctx);
    stages.push([check.id, ms(t)]);
  }
  t = process.hrtime.bigint();
  new ConsistencyIndex(prepared);
  stages.push(['inconsistency (index)', ms(t)]);
  console.log(
    table(
      ['measure', 'value', 'target'],
      [
        ['document', `${pairs.length.toLocaleString('en')} segments, ${words.toLocaleString('en')} source words`, ''],
        ['full check set, whole document', `${(fullMs / 1000).toFixed(2)} s (${flags.flat().length.toLocaleString('en')} flags)`, '< 2 s'],
        ['re-check one edited segment, median', `${timings[runs / 2]!.toFixed(3)} ms`, '< 1 ms'],
        ['re-check one edited segment, p99', `${timings[Math.floor(runs * 0.99)]!.toFixed(3)} ms`, ''],
        ['peak memory (RSS)', `${Math.round(process.memoryUsage().rss / 1024 / 1024)} MB`, ''],
      ],
    ),
  );
  console.log('\nTime per stage over the same document:\n');
  console.log(table(['stage', 'ms'], stages.map(([name, time]) => [name, time.toFixed(0)])));
}

if (!process.argv.includes('--speed-only')) quality();
if (!process.argv.includes('--quality-only')) speed();
