/** The target opens in lower case where the source opens with a capital (or the reverse at a sentence start). */
import type { Flag } from '../model/flag';
import { makeFlag, spanOf } from './make-flag';
import type { Check } from './types';

const FIRST_LETTER = /\p{L}/u;

export const capitalisation: Check = {
  id: 'capitalisation',
  run(pair) {
    const source = FIRST_LETTER.exec(pair.source);
    const target = FIRST_LETTER.exec(pair.target);
    if (!source || !target) return [];
    const sourceUpper = /\p{Lu}/u.test(source[0]);
    const targetLower = /\p{Ll}/u.test(target[0]);
    // Only a word at the very start counts; brand names (iPhone, eBay) keep their lower-case first letter.
    const word = /^[\p{L}]+/u.exec(pair.target.slice(target.index))?.[0] ?? '';
    if (!sourceUpper || !targetLower || /\p{Lu}/u.test(word.slice(1))) return [];
    if (/[\p{L}\p{N}]/u.test(pair.target.slice(0, target.index))) return [];
    const flags: Flag[] = [
      makeFlag({
        check: this.id,
        category: 'fluency/spelling',
        severity: 'minor',
        source: null,
        target: spanOf(pair.target, target.index, target.index + word.length),
        messageKey: 'capitalisation',
        params: { word },
        suggestions: [word.charAt(0).toUpperCase() + word.slice(1)],
      }),
    ];
    return flags;
  },
};
