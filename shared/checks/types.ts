import type { Flag } from '../model/flag';
import type { LanguageCode } from '../model/languages';
import type { Token } from '../text/tokens';
import type { PairLexicon } from './lexicons/types';
import type { PatternIndex } from './pattern-matcher';
import type { IdiomEntry } from './lexicons/types';

export interface SegmentPair {
  index: number;
  source: string;
  target: string;
}

/** A pair with its tokens, computed once and shared by every check. */
export interface PreparedPair extends SegmentPair {
  sourceTokens: Token[];
  targetTokens: Token[];
  /** lower case, accents removed, same length as the text: for phrase search with offsets into the original */
  sourceFolded: string;
  targetFolded: string;
}

/** Facts gathered over the whole document, which single segments cannot show. */
export interface DocumentFacts {
  /** accent-folded name part → the full name it was seen in ("cabello" → "Diosdado Cabello") */
  nameParts: Map<string, string>;
}

export interface CheckContext {
  sourceLang: LanguageCode;
  targetLang: LanguageCode;
  lexicon: PairLexicon;
  idioms: PatternIndex<IdiomEntry>;
  doc: DocumentFacts;
}

export interface Check {
  id: string;
  run(pair: PreparedPair, ctx: CheckContext): Flag[];
}
