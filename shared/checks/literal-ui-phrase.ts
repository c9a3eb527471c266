/** Interface and web phrases rendered word for word ("Saber más" → "Know more"). */
import type { Flag } from '../model/flag';
import { normalizeWord } from '../text/tokens';
import { makeFlag, spanOf } from './make-flag';
import type { Check } from './types';

function findPhrase(text: string, phrase: string): number {
  const haystack = normalizeWord(text);
  const needle = normalizeWord(phrase);
  let at = haystack.indexOf(needle);
  while (at >= 0) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    if ((before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after))) return at;
    at = haystack.indexOf(needle, at + 1);
  }
  return -1;
}

export const literalUiPhrase: Check = {
  id: 'literal-ui-phrase',
  run(pair, ctx) {
    const flags: Flag[] = [];
    for (const entry of ctx.lexicon.uiPhrases) {
      const sourceAt = findPhrase(pair.source, entry.source);
      if (sourceAt < 0) continue;
      for (const literal of entry.literal) {
        const targetAt = findPhrase(pair.target, literal);
        if (targetAt < 0) continue;
        const original = pair.target.slice(targetAt, targetAt + literal.length);
        const capitalise = (s: string): string => (/^\p{Lu}/u.test(original) ? s.charAt(0).toUpperCase() + s.slice(1) : s);
        flags.push(
          makeFlag({
            check: this.id,
            category: 'style/unidiomatic',
            severity: 'minor',
            source: spanOf(pair.source, sourceAt, sourceAt + entry.source.length),
            target: spanOf(pair.target, targetAt, targetAt + literal.length),
            messageKey: 'literalUiPhrase',
            params: { source: pair.source.slice(sourceAt, sourceAt + entry.source.length), literal: original },
            suggestions: entry.renderings.slice(0, 3).map(capitalise),
          }),
        );
        break;
      }
    }
    return flags;
  },
};
