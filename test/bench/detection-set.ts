import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLanguageCode, type LanguageCode } from '../../shared/model/languages';

export interface ExpectedError {
  check: string;
  target: string | null;
  source?: string;
}

export interface DetectionRow {
  id: string;
  source: string;
  target: string;
  context?: string[];
  expected: 'clean' | ExpectedError[];
}

export interface DetectionSet {
  from: LanguageCode;
  to: LanguageCode;
  rows: DetectionRow[];
}

/** Every `<from>-<to>.jsonl` development set in the folder. */
export function loadDetectionSets(folder: string): DetectionSet[] {
  return readdirSync(folder)
    .filter((name) => /^[a-z]{2}-[a-z]{2}\.jsonl$/.test(name))
    .sort()
    .map((name) => {
      const [from, to] = name.slice(0, 5).split('-');
      if (!isLanguageCode(from) || !isLanguageCode(to)) throw new Error(`${name}: unknown language pair`);
      const rows = readFileSync(join(folder, name), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line, i) => {
          try {
            return JSON.parse(line) as DetectionRow;
          } catch (error) {
            throw new Error(`${name}, line ${i + 1}: ${(error as Error).message}`);
          }
        });
      return { from, to, rows };
    });
}
