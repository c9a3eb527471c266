import { gatherDocumentFacts } from '../../shared/checks/document-facts';
import { preparePair } from '../../shared/checks/engine';
import { EMPTY_LEXICON, type IdiomEntry, type PairLexicon } from '../../shared/checks/lexicons/types';
import { PatternIndex } from '../../shared/checks/pattern-matcher';
import type { Check, CheckContext } from '../../shared/checks/types';
import type { Flag } from '../../shared/model/flag';
import type { LanguageCode } from '../../shared/model/languages';

export interface RunOptions {
  lexicon?: Partial<PairLexicon>;
  /** earlier source paragraphs of the same document */
  context?: string[];
  sourceLang?: LanguageCode;
  targetLang?: LanguageCode;
}

/** Runs one check on one pair, with a lexicon the test writes itself. */
export function runCheck(check: Check, source: string, target: string, options: RunOptions = {}): Flag[] {
  const lexicon: PairLexicon = { ...EMPTY_LEXICON, ...options.lexicon };
  const documentPairs = [...(options.context ?? []), source].map((s, index) => preparePair({ index, source: s, target: '' }));
  const ctx: CheckContext = {
    sourceLang: options.sourceLang ?? 'es',
    targetLang: options.targetLang ?? 'en',
    lexicon,
    idioms: new PatternIndex<IdiomEntry>(lexicon.idioms, (i) => i.pattern),
    doc: gatherDocumentFacts(documentPairs),
  };
  return check.run(preparePair({ index: 0, source, target }), ctx);
}

export function idiom(pattern: string, literal: string[], renderings: string[], literalContext: string[] = []): IdiomEntry {
  return { id: pattern.replace(/\W+/g, '-'), pattern, meaning: 'a test meaning', literal, literalContext, renderings };
}
