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
import { abbreviation } from './abbreviation';
import { capitalisation } from './capitalisation';
import { checkConsistency } from './consistency';
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
  private documentFlags: Map<number, Flag[]>;

  constructor(pairs: readonly SegmentPair[], sourceLang: LanguageCode, targetLang: LanguageCode) {
    const lexicon = lexiconFor(sourceLang, targetLang);
    this.pairs = pairs.map(preparePair);
    this.ctx = { sourceLang, targetLang, lexicon, idioms: idiomIndex(lexicon), doc: gatherDocumentFacts(this.pairs) };
    this.segmentFlags = this.pairs.map((pair) => this.run(pair));
    this.documentFlags = checkConsistency(this.pairs);
  }

  get facts(): DocumentFacts {
    return this.ctx.doc;
  }

  /** Flags of the segment at this position in the document. */
  flagsAt(position: number): Flag[] {
    const own = this.segmentFlags[position] ?? [];
    const document = this.documentFlags.get(position);
    return document ? dedupe([...own, ...document]).sort(byTargetPosition) : own;
  }

  checkAll(): Flag[][] {
    return this.pairs.map((_, position) => this.flagsAt(position));
  }

  /**
   * Replaces the target of the segment at `position` and re-checks it. Returns the positions whose flags
   * changed (the edited one, and any whose document-level flags moved).
   */
  update(position: number, target: string): number[] {
    const old = this.pairs[position];
    if (!old) throw new RangeError(`No segment at position ${position}`);
    const pair = preparePair({ index: old.index, source: old.source, target });
    this.pairs[position] = pair;
    this.segmentFlags[position] = this.run(pair);
    const before = this.documentFlags;
    this.documentFlags = checkConsistency(this.pairs);
    const changed = new Set([position]);
    for (const key of new Set([...before.keys(), ...this.documentFlags.keys()])) {
      if (JSON.stringify(before.get(key)) !== JSON.stringify(this.documentFlags.get(key))) changed.add(key);
    }
    return [...changed];
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
