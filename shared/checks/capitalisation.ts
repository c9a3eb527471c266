/** The target opens in lower case where the source opens with a capital (or the reverse at a sentence start). */
import type { Flag } from '../model/flag';
import { makeFlag, spanOf } from './make-flag';
import { languageFacts } from './lexicons/languages';
import type { Check, PreparedPair } from './types';

const FIRST_LETTER = /\p{L}/u;

function flag(pair: PreparedPair, start: number, word: string): Flag {
  return makeFlag({
    check: 'capitalisation',
    category: 'fluency/spelling',
    severity: 'minor',
    source: null,
    target: spanOf(pair.target, start, start + word.length),
    messageKey: 'capitalisation',
    params: { word },
    suggestions: [word.charAt(0).toUpperCase() + word.slice(1)],
  });
}

export const capitalisation: Check = {
  id: 'capitalisation',
  run(pair, ctx) {
    const always = languageFacts(ctx.targetLang).capitalised;
    const flags = pair.targetTokens
      .filter((t) => always.has(t.norm) && /^\p{Ll}/u.test(t.text))
      .map((t) => flag(pair, t.start, t.text));
    const source = FIRST_LETTER.exec(pair.source);
    const target = FIRST_LETTER.exec(pair.target);
    if (!source || !target) return flags;
    const sourceUpper = /\p{Lu}/u.test(source[0]);
    const targetLower = /\p{Ll}/u.test(target[0]);
    // Only a word at the very start counts; brand names (iPhone, eBay) keep their lower-case first letter.
    const word = /^[\p{L}]+/u.exec(pair.target.slice(target.index))?.[0] ?? '';
    if (!sourceUpper || !targetLower || /\p{Lu}/u.test(word.slice(1))) return flags;
    if (/[\p{L}\p{N}]/u.test(pair.target.slice(0, target.index))) return flags;
    if (flags.some((f) => f.target?.start === target.index)) return flags;
    return [flag(pair, target.index, word), ...flags];
  },
};
