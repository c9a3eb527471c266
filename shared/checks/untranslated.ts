/**
 * Source-language words left in the translation: a run of target words that stand verbatim in the source and
 * are function words of the source language, or carry its accents ("the reunión"). Capitalised words are left
 * alone (names keep their spelling), and so is a quotation kept in the original on purpose (quoted in both).
 */
import type { Flag } from '../model/flag';
import type { Token } from '../text/tokens';
import { isCapitalized } from '../text/tokens';
import { languageFacts } from './lexicons/languages';
import { makeFlag, tokenSpan } from './make-flag';
import type { Check } from './types';

const FOREIGN_LETTERS = /[áéíóúñüàèìòùâêîôûçãõäöß]/u;

export const untranslated: Check = {
  id: 'untranslated',
  run(pair, ctx) {
    const sourceFacts = languageFacts(ctx.sourceLang);
    const targetFacts = languageFacts(ctx.targetLang);
    const sourceWords = new Set(pair.sourceTokens.filter((t) => !isCapitalized(t.text)).map((t) => t.norm));
    // Accented letters are foreign only in an English target; other targets use them themselves.
    const foreignLetters = ctx.targetLang === 'en' ? FOREIGN_LETTERS : null;
    const suspicious = (t: Token): boolean => {
      if (!sourceWords.has(t.norm) || isCapitalized(t.text)) return false;
      const lower = t.text.toLowerCase();
      if (targetFacts.functionWords.has(t.norm) || targetFacts.negation.has(t.norm)) return false;
      return sourceFacts.functionWords.has(t.norm) || (foreignLetters?.test(lower) ?? false);
    };
    const flags: Flag[] = [];
    const tokens = pair.targetTokens;
    for (let i = 0; i < tokens.length; i++) {
      if (!suspicious(tokens[i]!)) continue;
      let j = i;
      while (j + 1 < tokens.length && (suspicious(tokens[j + 1]!) || sourceWords.has(tokens[j + 1]!.norm))) j++;
      // One short function word alone ("con", "sin") is more likely an English word or a name part than a slip.
      const run = tokens.slice(i, j + 1);
      const strong = run.some((t) => foreignLetters?.test(t.text)) || run.length >= 2;
      if (strong) {
        const span = tokenSpan(pair.target, tokens[i]!, tokens[j]!);
        flags.push(
          makeFlag({
            check: this.id,
            category: 'accuracy/untranslated',
            severity: 'major',
            source: null,
            target: span,
            messageKey: 'untranslated',
            params: { text: span.text },
            suggestions: [],
          }),
        );
      }
      i = j;
    }
    return flags;
  },
};
