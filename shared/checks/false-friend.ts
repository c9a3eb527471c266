/**
 * A Spanish word rendered by its English look-alike with another meaning ("actualmente" → "actually"). Flags
 * only when the source has the word, the target has the look-alike, and none of the correct renderings.
 */
import type { Flag } from '../model/flag';
import { normalizeWord } from '../text/tokens';
import type { FalseFriendEntry } from './lexicons/types';
import { hasRendering } from './renderings';
import { makeFlag, tokenSpan } from './make-flag';
import { memoize } from './memo';
import type { Check } from './types';

const byForm = memoize((entries: readonly FalseFriendEntry[]) => {
  const index = new Map<string, FalseFriendEntry[]>();
  for (const entry of entries) {
    for (const form of entry.forms) {
      const key = normalizeWord(form);
      index.set(key, [...(index.get(key) ?? []), entry]);
    }
  }
  return index;
});

export const falseFriend: Check = {
  id: 'false-friend',
  run(pair, ctx) {
    const index = byForm(ctx.lexicon.falseFriends);
    if (index.size === 0) return [];
    const flags: Flag[] = [];
    const seen = new Set<FalseFriendEntry>();
    for (const token of pair.sourceTokens) {
      for (const entry of index.get(token.norm) ?? []) {
        if (seen.has(entry)) continue;
        seen.add(entry);
        const stems = entry.false.map(normalizeWord);
        const wrong = pair.targetTokens.find((t) => stems.some((stem) => t.norm.startsWith(stem)));
        if (!wrong) continue;
        if (entry.renderings.some((r) => hasRendering(pair.targetTokens, r))) continue;
        flags.push(
          makeFlag({
            check: this.id,
            category: 'accuracy/mistranslation',
            severity: entry.severity,
            source: tokenSpan(pair.source, token),
            target: tokenSpan(pair.target, wrong),
            messageKey: 'falseFriend',
            params: { source: token.text, target: wrong.text, meaning: entry.meaning },
            suggestions: entry.renderings.slice(0, 3),
          }),
        );
      }
    }
    return flags;
  },
};
