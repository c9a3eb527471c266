/**
 * A negation on one side only: "No está claro" → "It is clear". Compares presence, not counts (Spanish doubles
 * its negations, English does not), and ignores phrases whose negation word negates nothing ("sin embargo").
 */
import type { Flag, Span } from '../model/flag';
import type { LanguageCode } from '../model/languages';
import { normalizeWord, type Token } from '../text/tokens';
import { languageFacts } from './lexicons/languages';
import { makeFlag, tokenSpan } from './make-flag';
import type { Check } from './types';

/** The first negation in the text, as a span, or null. */
export function findNegation(text: string, tokens: readonly Token[], lang: LanguageCode): Span | null {
  const facts = languageFacts(lang);
  const folded = normalizeWord(text);
  const excluded: [number, number][] = [];
  for (const phrase of facts.negationExceptions) {
    const words = phrase.split(' ').filter((w) => w !== '...');
    const pattern = new RegExp(`(?<![\\p{L}])${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\p{P}]+')}(?![\\p{L}])`, 'gu');
    for (const m of folded.matchAll(pattern)) excluded.push([m.index, m.index + m[0].length]);
  }
  const isExcluded = (t: Token): boolean => excluded.some(([s, e]) => t.start >= s && t.end <= e);
  for (const [i, token] of tokens.entries()) {
    if (isExcluded(token)) continue;
    if (facts.negation.has(token.norm) || (lang === 'en' && token.norm.endsWith("n't")) || (lang === 'en' && token.norm.endsWith('n’t'))) {
      return tokenSpan(text, token);
    }
    for (const phrase of facts.negationPhrases) {
      const words = phrase.split(' ');
      if (words.every((w, k) => tokens[i + k]?.norm === w)) return tokenSpan(text, token, tokens[i + words.length - 1]!);
    }
  }
  return null;
}

export const negation: Check = {
  id: 'negation',
  run(pair, ctx) {
    const source = findNegation(pair.source, pair.sourceTokens, ctx.sourceLang);
    const target = findNegation(pair.target, pair.targetTokens, ctx.targetLang);
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
