import type { Flag } from '../../shared/model/flag';
import { SEVERITY_RANK } from '../../shared/model/flag';
import type { DetectionRow, ExpectedError } from './detection-set';

/** An expected error is found by a flag of its check that covers (overlaps) the expected words, if it has any. */
export function finds(flag: Flag, expected: ExpectedError, row: DetectionRow): boolean {
  if (flag.check !== expected.check) return false;
  if (expected.target === null || !flag.target) return true;
  const start = row.target.indexOf(expected.target);
  const end = start + expected.target.length;
  return start >= 0 && flag.target.start < end && flag.target.end > start;
}

export interface CheckScore {
  expected: number;
  found: number;
}

export interface PairScore {
  errorRows: number;
  errorRowsFlagged: number;
  errors: number;
  errorsFound: number;
  cleanRows: number;
  cleanFlaggedAny: number;
  cleanFlaggedMajor: number;
  byCheck: Map<string, CheckScore>;
  /** flags raised on clean rows, by check: where the false alarms come from */
  falseAlarms: Map<string, number>;
  missed: { id: string; check: string; target: string | null }[];
}

export function scoreRows(rows: readonly DetectionRow[], flagsOf: (row: DetectionRow) => Flag[]): PairScore {
  const score: PairScore = {
    errorRows: 0,
    errorRowsFlagged: 0,
    errors: 0,
    errorsFound: 0,
    cleanRows: 0,
    cleanFlaggedAny: 0,
    cleanFlaggedMajor: 0,
    byCheck: new Map(),
    falseAlarms: new Map(),
    missed: [],
  };
  for (const row of rows) {
    const flags = flagsOf(row);
    if (row.expected === 'clean') {
      score.cleanRows++;
      if (flags.length > 0) score.cleanFlaggedAny++;
      if (flags.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.major)) score.cleanFlaggedMajor++;
      for (const flag of flags) score.falseAlarms.set(flag.check, (score.falseAlarms.get(flag.check) ?? 0) + 1);
      continue;
    }
    score.errorRows++;
    if (flags.length > 0) score.errorRowsFlagged++;
    for (const expected of row.expected) {
      const check = score.byCheck.get(expected.check) ?? { expected: 0, found: 0 };
      check.expected++;
      score.errors++;
      if (flags.some((f) => finds(f, expected, row))) {
        check.found++;
        score.errorsFound++;
      } else {
        score.missed.push({ id: row.id, check: expected.check, target: expected.target });
      }
      score.byCheck.set(expected.check, check);
    }
  }
  return score;
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`;
}
