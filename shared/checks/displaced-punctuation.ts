/**
 * A sentence end moved into the middle: `…their exit." power.` — the sentence closes, then a lower-case scrap
 * of it trails after the full stop. Abbreviations ("U.S. officials", "e.g. the") are not sentence ends.
 */
import type { Flag } from '../model/flag';
import { normalizeWord } from '../text/tokens';
import { languageFacts } from './lexicons/languages';
import { makeFlag, spanOf } from './make-flag';
import type { Check } from './types';

const TRAILING_SCRAP = /([.!?])(["”’»)]*)\s+(\p{Ll}[^.!?"”»]{0,40}?)([.!?])(["”’»)]*)\s*$/u;

export const displacedPunctuation: Check = {
  id: 'displaced-punctuation',
  run(pair, ctx) {
    const match = TRAILING_SCRAP.exec(pair.target);
    if (!match) return [];
    const before = pair.target.slice(0, match.index);
    const lastWord = normalizeWord(/[\p{L}.]+$/u.exec(before)?.[0] ?? '');
    const abbreviations = languageFacts(ctx.targetLang).abbreviations;
    if (lastWord.length <= 1 || abbreviations.has(lastWord) || /\.\p{L}$/u.test(lastWord) || abbreviations.has(lastWord.replace(/\.$/, ''))) return [];
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
