/**
 * Two words run together in the target ("VenezuelaDonald Trump", "theeurozone", "MADRIDThe") where the source
 * keeps them apart. A split counts only when its halves are words we can vouch for: words of the source (or
 * their cognates) or function words of the target, so brand names (iPhone, YouTube) are left alone.
 */
import type { Flag } from '../model/flag';
import type { Token } from '../text/tokens';
import { normalizeWord } from '../text/tokens';
import { languageFacts } from './lexicons/languages';
import { makeFlag, spanOf } from './make-flag';
import { memoize } from './memo';
import type { Check } from './types';

// lower→Upper ("VenezuelaDonald") or UPPER→Upper-lower ("MADRIDThe").
const CASE_JOIN = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u;
const COGNATE_PREFIX = 5;

/** A function word of three letters or more at the start of a longer lower-case word ("theeurozone"). */
const gluedFunctionWord = memoize((functionWords: ReadonlySet<string>) => {
  const words = [...functionWords].filter((w) => w.length >= 3).sort((a, b) => b.length - a.length);
  return new RegExp(`^(${words.join('|')})(?=\\p{Ll}{4,}$)`, 'u');
});

export const mergedWords: Check = {
  id: 'merged-words',
  run(pair, ctx) {
    const functionWords = languageFacts(ctx.targetLang).functionWords;
    const glued = gluedFunctionWord(functionWords);
    if (!/\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll}/u.test(pair.target) && !pair.targetTokens.some((t) => glued.test(t.text))) return [];
    const sourceWords = new Set(pair.sourceTokens.map((t) => t.norm));
    const sourcePrefixes = new Set(pair.sourceTokens.filter((t) => t.norm.length >= COGNATE_PREFIX).map((t) => t.norm.slice(0, COGNATE_PREFIX)));
    const known = (part: string): boolean => {
      const norm = normalizeWord(part);
      return sourceWords.has(norm) || (norm.length >= COGNATE_PREFIX && sourcePrefixes.has(norm.slice(0, COGNATE_PREFIX)));
    };
    const split = (token: Token): string[] | null => {
      const parts = token.text.split(CASE_JOIN);
      if (parts.length === 2 && parts.every((p) => p.length >= 2)) {
        const [a, b] = parts as [string, string];
        if ((known(a) && known(b)) || ((known(a) || known(b)) && (functionWords.has(normalizeWord(a)) || functionWords.has(normalizeWord(b))))) return parts;
        return null;
      }
      // All lower case: a function word glued to a source word's cognate ("theeurozone").
      const glued = gluedFunctionWord(functionWords).exec(token.text);
      if (!glued || !known(token.text.slice(glued[1]!.length))) return null;
      return [glued[1]!, token.text.slice(glued[1]!.length)];
    };
    const flags: Flag[] = [];
    for (const token of pair.targetTokens) {
      if (token.text.length < 5 || sourceWords.has(token.norm)) continue;
      const parts = split(token);
      if (!parts) continue;
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
