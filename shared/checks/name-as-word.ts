/**
 * A person's or place's name that the MT translated as the ordinary word it also is
 * ("un enviado de Cabello" → "a Hair envoy"). Evidence that a capitalised source word is a name: it stands
 * mid-sentence on its own (Spanish capitalises little else), or it was seen in a full name earlier in the
 * document. Multi-word proper nouns ("la Casa Blanca" → "the White House") are translated legitimately, so they
 * count only when their other words survive untranslated beside the translated one ("Diosdado Hair").
 */
import { isCapitalized, isSentenceInitial, normalizeWord, type Token } from '../text/tokens';
import type { NameWordEntry } from './lexicons/types';
import type { Flag } from '../model/flag';
import { makeFlag, tokenSpan } from './make-flag';
import { memoize } from './memo';
import type { Check, CheckContext, PreparedPair } from './types';

const DETERMINERS = new Set(['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'le', 'les', 'the', 'a', 'an', 'du', 'des', 'der', 'die', 'das', 'il', 'lo', 'gli', 'o', 'os', 'as']);

function capitalisedNeighbours(tokens: Token[], i: number, text: string): Token[] {
  const neighbours: Token[] = [];
  for (const step of [-1, 1]) {
    let j = i + step;
    // "de", "del" and "y" join parts of one name: "Claver-Carone", "Ramón y Cajal", "Carlos de la Rosa".
    while (tokens[j] && ['de', 'del', 'la', 'y'].includes(tokens[j]!.norm)) j += step;
    const t = tokens[j];
    const between = t ? text.slice(Math.min(t.end, tokens[i]!.end), Math.max(t.start, tokens[i]!.start)) : '';
    if (t && isCapitalized(t.text) && !/[.,;:!?()"«»“”]/.test(between)) neighbours.push(t);
  }
  return neighbours;
}

const nameWordIndex = memoize((entries: readonly NameWordEntry[]) => new Map(entries.map((e) => [normalizeWord(e.word), e])));

function containsWord(tokens: Token[], norm: string): boolean {
  return tokens.some((t) => t.norm === norm);
}

export const nameAsWord: Check = {
  id: 'name-as-word',
  run(pair: PreparedPair, ctx: CheckContext) {
    const flags: Flag[] = [];
    const byWord = nameWordIndex(ctx.lexicon.nameWords);
    if (byWord.size === 0) return [];
    const tokens = pair.sourceTokens;
    for (const [i, token] of tokens.entries()) {
      const entry = byWord.get(token.norm);
      if (!entry || !isCapitalized(token.text)) continue;
      const fullName = ctx.doc.nameParts.get(token.norm);
      const previous = tokens[i - 1];
      // Spanish does not put an article before a person's name: "la Paz", "el Nobel de la Paz" are not people.
      if (previous && DETERMINERS.has(previous.norm)) continue;
      // A capital right after an opening quote starts a title ("«Piedra de sol»"), which is translated.
      if (/[«"“‘]\s*$/u.test(pair.source.slice(0, token.start))) continue;
      if (!fullName && isSentenceInitial(pair.source, token.start)) continue;
      // The same word in lower case elsewhere in the source may be what the English word translates.
      if (tokens.some((t) => t.norm === token.norm && !isCapitalized(t.text))) continue;
      if (containsWord(pair.targetTokens, token.norm)) continue;
      const neighbours = capitalisedNeighbours(tokens, i, pair.source);
      if (neighbours.length > 0 && !neighbours.some((n) => containsWord(pair.targetTokens, n.norm))) continue;
      const literal = pair.targetTokens.find((t) => entry.english.includes(t.norm));
      if (!literal) continue;
      flags.push(
        makeFlag({
          check: this.id,
          category: 'accuracy/mistranslation',
          severity: fullName || neighbours.length > 0 ? 'critical' : 'major',
          source: tokenSpan(pair.source, token),
          target: tokenSpan(pair.target, literal),
          messageKey: fullName ? 'nameAsWordKnown' : 'nameAsWord',
          params: { name: token.text, word: literal.text, fullName: fullName ?? token.text },
          suggestions: [entry.name],
        }),
      );
    }
    return flags;
  },
};
