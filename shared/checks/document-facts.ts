import { isCapitalized, isSentenceInitial, type Token } from '../text/tokens';
import type { DocumentFacts, PreparedPair } from './types';

export const NAME_JOINERS: ReadonlySet<string> = new Set(['de', 'del', 'la', 'y', 'von', 'van', 'da', 'do', 'dos', 'di', 'du', 'le']);

/**
 * Full names in the source (two or more capitalised words in a row, "Diosdado Cabello", "Mauricio
 * Claver-Carone"), so that a later bare surname is known to be a person even at the start of a sentence.
 * A capitalised sentence opener is only part of a name if the document never uses it in lower case
 * ("Según Diosdado Cabello" names Diosdado Cabello, not "Según").
 */
export function gatherDocumentFacts(pairs: readonly PreparedPair[]): DocumentFacts {
  const lowerCaseWords = new Set<string>();
  for (const pair of pairs) {
    for (const token of pair.sourceTokens) if (!isCapitalized(token.text)) lowerCaseWords.add(token.norm);
  }
  const nameParts = new Map<string, string>();
  for (const pair of pairs) {
    for (const run of capitalisedRuns(pair.source, pair.sourceTokens)) {
      while (run.length > 0 && isSentenceInitial(pair.source, run[0]!.start) && lowerCaseWords.has(run[0]!.norm)) run.shift();
      if (run.filter((t) => isCapitalized(t.text)).length < 2) continue;
      const fullName = pair.source.slice(run[0]!.start, run[run.length - 1]!.end);
      for (const token of run) {
        if (!NAME_JOINERS.has(token.norm) && !nameParts.has(token.norm)) nameParts.set(token.norm, fullName);
      }
    }
  }
  return { nameParts };
}

/** Runs of two or more capitalised words (with name joiners such as "de" inside), as in full names. */
export function capitalisedRuns(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = (): void => {
    while (run.length > 0 && NAME_JOINERS.has(run[run.length - 1]!.norm)) run.pop();
    if (run.filter((t) => isCapitalized(t.text)).length >= 2) runs.push(run);
    run = [];
  };
  for (const [i, token] of tokens.entries()) {
    const previous = tokens[i - 1];
    const between = previous ? text.slice(previous.end, token.start) : '';
    if (previous && !/^[ \t-]*$/.test(between)) close();
    // All-capital words are acronyms or headings, not names.
    if (isCapitalized(token.text) && !/^\p{Lu}+$/u.test(token.text)) run.push(token);
    else if (run.length > 0 && NAME_JOINERS.has(token.norm)) run.push(token);
    else close();
  }
  close();
  return runs;
}
