/**
 * A sentence end moved into the middle: `…their exit." power.` (a lower-case scrap trails after the full stop)
 * or `his departure. from the Government` (a full stop before a lower-case word). Abbreviations ("U.S.
 * officials", "e.g. the") are not sentence ends.
 */
import type { Flag } from '../model/flag';
import { normalizeWord } from '../text/tokens';
import { languageFacts } from './lexicons/languages';
import { makeFlag, spanOf } from './make-flag';
import type { Check } from './types';

const TRAILING_SCRAP = /(\.)(["”’»)]*)\s+(\p{Ll}[^.!?"”»]{0,40}?)([.!?])(["”’»)]*)\s*$/u;

// A sentence end followed by a lower-case word: in the languages we check, a new sentence starts with a capital.
// Only a full stop: "What now?" the workers asked — a question or exclamation may run on in dialogue.
const MID_STOP = /(?<=[\p{L}\p{N}])(\.)(["”’»)]*)[ \t]+(?=\p{Ll})/gu;

const MID_STOP_ANYWHERE = new RegExp(MID_STOP.source, 'u');

function isAbbreviation(before: string, abbreviations: ReadonlySet<string>): boolean {
  const lastWord = normalizeWord(/[\p{L}.]+$/u.exec(before)?.[0] ?? '');
  return lastWord.length <= 1 || abbreviations.has(lastWord) || /\.\p{L}$/u.test(lastWord) || abbreviations.has(lastWord.replace(/\.$/, ''));
}

export const displacedPunctuation: Check = {
  id: 'displaced-punctuation',
  run(pair, ctx) {
    const abbreviations = languageFacts(ctx.targetLang).abbreviations;
    const match = TRAILING_SCRAP.exec(pair.target);
    if (!match) {
      // The source itself doing it (a heading run into its text) is not the translation's fault.
      if (!MID_STOP_ANYWHERE.test(pair.target) || MID_STOP_ANYWHERE.test(pair.source)) return [];
      const flags: Flag[] = [];
      for (const m of pair.target.matchAll(MID_STOP)) {
        if (isAbbreviation(pair.target.slice(0, m.index), abbreviations)) continue;
        flags.push(
          makeFlag({
            check: this.id,
            category: 'fluency/punctuation',
            severity: 'major',
            source: null,
            target: spanOf(pair.target, m.index, m.index + m[0].trimEnd().length),
            messageKey: 'displacedPunctuation',
            params: { text: pair.target.slice(m.index + m[0].length).split(/\s/)[0] ?? '' },
            suggestions: [m[2] ?? ''],
          }),
        );
      }
      return flags;
    }
    if (isAbbreviation(pair.target.slice(0, match.index), abbreviations)) return [];
    // The source itself ending in a trailing scrap is not the translation's fault.
    if (TRAILING_SCRAP.test(pair.source)) return [];
    const start = match.index;
    const scrap = match[3]!.trim();
    const flags: Flag[] = [
      makeFlag({
        check: this.id,
        category: 'fluency/punctuation',
        severity: 'major',
        source: null,
        target: spanOf(pair.target, start, pair.target.trimEnd().length),
        messageKey: 'displacedPunctuation',
        params: { text: scrap },
        suggestions: [` ${scrap}${match[4]}${match[2] ?? ''}`],
      }),
    ];
    return flags;
  },
};
