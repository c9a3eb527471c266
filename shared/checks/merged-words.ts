/** Two words run together in the target ("VenezuelaDonald Trump") where the source keeps them apart. */
import type { Flag } from '../model/flag';
import { normalizeWord } from '../text/tokens';
import { makeFlag, spanOf } from './make-flag';
import type { Check } from './types';

// A lower-case or capital letter followed by a capital that starts a word of two letters or more.
const JOIN = /(?<=[\p{Ll}])(?=\p{Lu}\p{Ll})/u;

export const mergedWords: Check = {
  id: 'merged-words',
  run(pair) {
    const sourceWords = new Set(pair.sourceTokens.map((t) => t.norm));
    const flags: Flag[] = [];
    for (const token of pair.targetTokens) {
      if (sourceWords.has(token.norm)) continue;
      const parts = token.text.split(JOIN);
      if (parts.length < 2) continue;
      // Brand and Mc/Mac names (iPhone, YouTube, McDonald) are written that way in the source too, or are not
      // two source words: both halves must be words of the source.
      if (!parts.every((part) => part.length >= 2 && sourceWords.has(normalizeWord(part)))) continue;
      flags.push(
        makeFlag({
          check: this.id,
          category: 'fluency/spelling',
          severity: 'minor',
          source: null,
          target: spanOf(pair.target, token.start, token.end),
          messageKey: 'mergedWords',
          params: { text: token.text },
          suggestions: [parts.join(' ')],
        }),
      );
    }
    return flags;
  },
};
