/** Interface and web phrases rendered word for word ("Saber más" → "Know more"). */
import type { Flag } from '../model/flag';
import { normalizeWord, tokenize } from '../text/tokens';
import type { UiPhraseEntry } from './lexicons/types';
import { makeFlag, spanOf } from './make-flag';
import { memoize } from './memo';
import type { Check } from './types';

/** Where the phrase starts in the folded text, at word boundaries, or -1. */
function findPhrase(haystack: string, phrase: string): number {
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

const byFirstWord = memoize((entries: readonly UiPhraseEntry[]) => {
  const index = new Map<string, UiPhraseEntry[]>();
  for (const entry of entries) {
    const first = tokenize(entry.source)[0]?.norm;
    if (first) index.set(first, [...(index.get(first) ?? []), entry]);
  }
  return index;
});

export const literalUiPhrase: Check = {
  id: 'literal-ui-phrase',
  run(pair, ctx) {
    const flags: Flag[] = [];
    const index = byFirstWord(ctx.lexicon.uiPhrases);
    const candidates = new Set(pair.sourceTokens.flatMap((t) => index.get(t.norm) ?? []));
    for (const entry of candidates) {
      const sourceAt = findPhrase(pair.sourceFolded, entry.source);
      if (sourceAt < 0) continue;
      for (const literal of entry.literal) {
        const targetAt = findPhrase(pair.targetFolded, literal);
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
