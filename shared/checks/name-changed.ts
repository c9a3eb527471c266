/**
 * A person's given name swapped for its English equivalent ("Juan Guaidó" → "John Guaidó"). People keep their
 * own names; the exceptions are popes, monarchs and saints, whose English names are the norm ("Pope Francis").
 */
import type { Flag } from '../model/flag';
import { isCapitalized, normalizeWord } from '../text/tokens';
import { makeFlag, tokenSpan } from './make-flag';
import type { Check } from './types';

const CUSTOMARY_TITLES = new Set(['papa', 'rey', 'reina', 'principe', 'princesa', 'san', 'santo', 'santa', 'infanta', 'infante', 'emperador', 'emperatriz', 'pope', 'king', 'queen', 'saint', 'st', 'prince', 'princess']);

export const nameChanged: Check = {
  id: 'name-changed',
  run(pair, ctx) {
    if (ctx.lexicon.givenNames.length === 0) return [];
    const flags: Flag[] = [];
    const targetWords = new Set(pair.targetTokens.map((t) => t.norm));
    const byName = new Map(ctx.lexicon.givenNames.filter((e) => !e.name.includes(' ')).map((e) => [normalizeWord(e.name), e]));
    for (const [i, token] of pair.sourceTokens.entries()) {
      const entry = byName.get(token.norm);
      if (!entry || !isCapitalized(token.text) || targetWords.has(token.norm)) continue;
      const previous = pair.sourceTokens[i - 1];
      if (previous && CUSTOMARY_TITLES.has(previous.norm)) continue;
      // A regnal number ("Felipe VI", "Juan Pablo II") marks a monarch or a pope too.
      const next = pair.sourceTokens[i + 1];
      if (next && /^[IVX]+$/.test(next.text)) continue;
      const english = new Set(entry.english.map(normalizeWord));
      const swapped = pair.targetTokens.find((t) => english.has(t.norm) && isCapitalized(t.text));
      if (!swapped) continue;
      const before = pair.targetTokens[pair.targetTokens.indexOf(swapped) - 1];
      if (before && CUSTOMARY_TITLES.has(before.norm)) continue;
      flags.push(
        makeFlag({
          check: this.id,
          category: 'accuracy/mistranslation',
          severity: 'major',
          source: tokenSpan(pair.source, token),
          target: tokenSpan(pair.target, swapped),
          messageKey: 'nameChanged',
          params: { name: token.text, found: swapped.text },
          suggestions: [token.text],
        }),
      );
    }
    return flags;
  },
};
