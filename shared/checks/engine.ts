import type { Flag } from '../model/flag';
import type { LanguageCode } from '../model/languages';
import { foldText, tokenize } from '../text/tokens';
import { gatherDocumentFacts } from './document-facts';
import { doubledWord } from './doubled-word';
import { lexiconFor } from './lexicons';
import type { IdiomEntry, PairLexicon } from './lexicons/types';
import { literalIdiom } from './literal-idiom';
import { nameAsWord } from './name-as-word';
import { numbers } from './numbers';
import { memoize } from './memo';
import { PatternIndex } from './pattern-matcher';
import { spaceBeforePunctuation } from './space-before-punctuation';
import { abbreviation } from './abbreviation';
import { capitalisation } from './capitalisation';
import { ConsistencyIndex } from './consistency';
import { displacedPunctuation } from './displaced-punctuation';
import { falseFriend } from './false-friend';
import { lengthRatio } from './length-ratio';
import { literalUiPhrase } from './literal-ui-phrase';
import { mergedWords } from './merged-words';
import { nameChanged } from './name-changed';
import { negation } from './negation';
import { question } from './question';
import { unpairedQuotes } from './quotes-and-brackets';
import { untranslated } from './untranslated';
import { urlEmail } from './url-email';
import type { Check, CheckContext, DocumentFacts, PreparedPair, SegmentPair } from './types';

export const CHECKS: readonly Check[] = [
  nameAsWord,
  nameChanged,
  literalIdiom,
  falseFriend,
  literalUiPhrase,
  negation,
  question,
  numbers,
  urlEmail,
  untranslated,
  lengthRatio,
  mergedWords,
  doubledWord,
  capitalisation,
  spaceBeforePunctuation,
  unpairedQuotes,
  displacedPunctuation,
  abbreviation,
];

const idiomIndex = memoize((lexicon: PairLexicon) => new PatternIndex<IdiomEntry>(lexicon.idioms, (idiom) => idiom.pattern));

export function preparePair(pair: SegmentPair): PreparedPair {
  const sourceFolded = foldText(pair.source);
  const targetFolded = foldText(pair.target);
  return {
    ...pair,
    sourceTokens: tokenize(pair.source, sourceFolded),
    targetTokens: tokenize(pair.target, targetFolded),
    sourceFolded,
    targetFolded,
  };
}

export function byTargetPosition(a: Flag, b: Flag): number {
  return (a.target?.start ?? a.source?.start ?? 0) - (b.target?.start ?? b.source?.start ?? 0);
}

/** What every check is given: the languages, their lexicon, and facts from the whole document. */
export function buildContext(pairs: readonly PreparedPair[], sourceLang: LanguageCode, targetLang: LanguageCode): CheckContext {
  const lexicon = lexiconFor(sourceLang, targetLang);
  return { sourceLang, targetLang, lexicon, idioms: idiomIndex(lexicon), doc: gatherDocumentFacts(pairs) };
}

/** Two checks pointing at the same words for the same reason say it once. */
function dedupe(flags: Flag[]): Flag[] {
  const seen = new Set<string>();
  return flags.filter((f) => {
    const key = `${f.check}|${f.target?.start}|${f.target?.end}|${f.source?.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Checks a whole document: per-segment checks on each pair, then document-level ones (consistency) over all.
 * `update` re-checks one edited segment and refreshes the document-level flags, without re-running the rest.
 */
export class DocumentChecker {
  private readonly ctx: CheckContext;
  private readonly pairs: PreparedPair[];
  private readonly segmentFlags: Flag[][];
  private readonly consistency: ConsistencyIndex;

  constructor(pairs: readonly SegmentPair[], sourceLang: LanguageCode, targetLang: LanguageCode) {
    this.pairs = pairs.map(preparePair);
    this.ctx = buildContext(this.pairs, sourceLang, targetLang);
    this.segmentFlags = this.pairs.map((pair) => this.run(pair));
    this.consistency = new ConsistencyIndex([...this.pairs]);
  }

  get facts(): DocumentFacts {
    return this.ctx.doc;
  }

  /** Flags of the segment at this position in the document. */
  flagsAt(position: number): Flag[] {
    const own = this.segmentFlags[position] ?? [];
    const document = this.consistency.flagsAt(position);
    return document.length > 0 ? dedupe([...own, ...document]).sort(byTargetPosition) : own;
  }

  checkAll(): Flag[][] {
    return this.pairs.map((_, position) => this.flagsAt(position));
  }

  /**
   * Replaces the target of the segment at `position` and re-checks it. Returns the positions whose flags
   * changed: the edited one, and any whose document-level flags moved with it.
   */
  update(position: number, target: string): number[] {
    const old = this.pairs[position];
    if (!old) throw new RangeError(`No segment at position ${position}`);
    const targetFolded = foldText(target);
    const pair: PreparedPair = { ...old, target, targetTokens: tokenize(target, targetFolded), targetFolded };
    this.pairs[position] = pair;
    this.segmentFlags[position] = this.run(pair);
    return [position, ...this.consistency.update(position, pair)];
  }

  private run(pair: PreparedPair): Flag[] {
    if (pair.target.trim() === '' || pair.source.trim() === '') return [];
    return dedupe(CHECKS.flatMap((check) => check.run(pair, this.ctx))).sort(byTargetPosition);
  }
}

export function checkDocument(
  pairs: readonly SegmentPair[],
  sourceLang: LanguageCode,
  targetLang: LanguageCode,
): Flag[][] {
  return new DocumentChecker(pairs, sourceLang, targetLang).checkAll();
}
