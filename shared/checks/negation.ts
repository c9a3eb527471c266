/**
 * A negation on one side only: "No está claro" → "It is clear". Compares presence, not counts (Spanish doubles
 * its negations, English does not), and ignores phrases whose negation word negates nothing ("sin embargo").
 */
import type { Flag, Span } from '../model/flag';
import type { LanguageCode } from '../model/languages';
import type { Token } from '../text/tokens';
import { languageFacts } from './lexicons/languages';
import { makeFlag, tokenSpan } from './make-flag';
import type { Check } from './types';

/** The first negation in the text, as a span, or null. */
export function findNegation(text: string, folded: string, tokens: readonly Token[], lang: LanguageCode): Span | null {
  const facts = languageFacts(lang);
  const candidates: Span[] = [];
  for (const [i, token] of tokens.entries()) {
    if (facts.negation.has(token.norm) || (lang === 'en' && /n['’]t$/.test(token.norm))) candidates.push(tokenSpan(text, token));
    for (const words of facts.negationPhrases) {
      if (words[0] === token.norm && words.every((w, k) => tokens[i + k]?.norm === w)) candidates.push(tokenSpan(text, token, tokens[i + words.length - 1]!));
    }
  }
  // The exceptions ("sin embargo") are looked for only in the rare text that has a negation word at all.
  if (candidates.length === 0) return null;
  const excluded: [number, number][] = [];
  for (const pattern of facts.negationExceptionPatterns) {
    for (const m of folded.matchAll(pattern)) excluded.push([m.index, m.index + m[0].length]);
  }
  return candidates.find((c) => !excluded.some(([s, e]) => c.start >= s && c.end <= e)) ?? null;
}

export const negation: Check = {
  id: 'negation',
  run(pair, ctx) {
    const source = findNegation(pair.source, pair.sourceFolded, pair.sourceTokens, ctx.sourceLang);
    const target = findNegation(pair.target, pair.targetFolded, pair.targetTokens, ctx.targetLang);
    const flags: Flag[] = [];
    if (source && !target) {
      flags.push(
        makeFlag({
          check: this.id,
          category: 'accuracy/mistranslation',
          severity: 'critical',
          source,
          target: null,
          messageKey: 'negationLost',
          params: { word: source.text },
          suggestions: [],
        }),
      );
    } else if (target && !source) {
      flags.push(
        makeFlag({
          check: this.id,
          category: 'accuracy/mistranslation',
          severity: 'major',
          source: null,
          target,
          messageKey: 'negationAdded',
          params: { word: target.text },
          suggestions: [],
        }),
      );
    }
    return flags;
  },
};
