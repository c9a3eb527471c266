import type { Flag } from '../model/flag';
import type { LanguageCode } from '../model/languages';
import { tokenize } from '../text/tokens';
import { gatherDocumentFacts } from './document-facts';
import { doubledWord } from './doubled-word';
import { lexiconFor } from './lexicons';
import type { IdiomEntry, PairLexicon } from './lexicons/types';
import { literalIdiom } from './literal-idiom';
import { nameAsWord } from './name-as-word';
import { numbers } from './numbers';
import { PatternIndex } from './pattern-matcher';
import { spaceBeforePunctuation } from './space-before-punctuation';
import type { Check, CheckContext, DocumentFacts, PreparedPair, SegmentPair } from './types';

export const CHECKS: readonly Check[] = [nameAsWord, literalIdiom, numbers, doubledWord, spaceBeforePunctuation];

const idiomIndexes = new WeakMap<PairLexicon, PatternIndex<IdiomEntry>>();

function idiomIndex(lexicon: PairLexicon): PatternIndex<IdiomEntry> {
  let index = idiomIndexes.get(lexicon);
  if (!index) {
    index = new PatternIndex(lexicon.idioms, (idiom) => idiom.pattern);
    idiomIndexes.set(lexicon, index);
  }
  return index;
}

export function preparePair(pair: SegmentPair): PreparedPair {
  return { ...pair, sourceTokens: tokenize(pair.source), targetTokens: tokenize(pair.target) };
}

export function byTargetPosition(a: Flag, b: Flag): number {
  return (a.target?.start ?? a.source?.start ?? 0) - (b.target?.start ?? b.source?.start ?? 0);
}

/**
 * Checks a whole document. Returns flags per segment, in input order. The returned checker re-checks one
 * edited segment against the same document facts without re-running the document.
 */
export class DocumentChecker {
  private readonly ctx: CheckContext;

  constructor(pairs: readonly SegmentPair[], sourceLang: LanguageCode, targetLang: LanguageCode) {
    const lexicon = lexiconFor(sourceLang, targetLang);
    const prepared = pairs.map(preparePair);
    this.ctx = { sourceLang, targetLang, lexicon, idioms: idiomIndex(lexicon), doc: gatherDocumentFacts(prepared) };
    this.initial = prepared;
  }

  private readonly initial: PreparedPair[];

  get facts(): DocumentFacts {
    return this.ctx.doc;
  }

  checkAll(): Flag[][] {
    return this.initial.map((pair) => this.run(pair));
  }

  checkOne(pair: SegmentPair): Flag[] {
    return this.run(preparePair(pair));
  }

  private run(pair: PreparedPair): Flag[] {
    if (pair.target.trim() === '' || pair.source.trim() === '') return [];
    return CHECKS.flatMap((check) => check.run(pair, this.ctx)).sort(byTargetPosition);
  }
}

export function checkDocument(
  pairs: readonly SegmentPair[],
  sourceLang: LanguageCode,
  targetLang: LanguageCode,
): Flag[][] {
  return new DocumentChecker(pairs, sourceLang, targetLang).checkAll();
}
