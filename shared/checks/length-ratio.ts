/**
 * Omission and addition from length, backed by content: a target far shorter than the source is expected to be,
 * and missing the source's numbers or names, has lost content. Length alone flags only extreme cases.
 */
import type { Flag } from '../model/flag';
import type { LanguageCode } from '../model/languages';
import { isCapitalized, isSentenceInitial } from '../text/tokens';
import { makeFlag } from './make-flag';
import type { Check, PreparedPair } from './types';

// Words in the target per source word for a faithful translation, by pair (measured on news text).
const EXPECTED_RATIO: Partial<Record<`${LanguageCode}-${LanguageCode}`, number>> = {
  'es-en': 0.92,
  'fr-en': 0.9,
  'it-en': 0.95,
  'pt-en': 0.95,
  'de-en': 1.12,
  'en-es': 1.1,
};

const MIN_WORDS = 6;

/** Numbers and mid-sentence capitalised words of the source that the target does not contain. */
function missingAnchors(pair: PreparedPair): string[] {
  const target = new Set(pair.targetTokens.map((t) => t.norm));
  const targetText = pair.targetFolded;
  return pair.sourceTokens
    .filter((t) => /^\d/.test(t.text) || (isCapitalized(t.text) && !isSentenceInitial(pair.source, t.start)))
    .filter((t) => !target.has(t.norm) && !targetText.includes(t.norm))
    .map((t) => t.text);
}

export const lengthRatio: Check = {
  id: 'length-ratio',
  run(pair, ctx) {
    const sourceWords = pair.sourceTokens.length;
    const targetWords = pair.targetTokens.length;
    if (sourceWords < MIN_WORDS && targetWords < MIN_WORDS) return [];
    const expected = EXPECTED_RATIO[`${ctx.sourceLang}-${ctx.targetLang}`] ?? 1;
    const ratio = targetWords / (sourceWords * expected);
    const flags: Flag[] = [];
    const anchors = missingAnchors(pair);
    if (sourceWords >= MIN_WORDS && (ratio < 0.55 || (ratio < 0.75 && anchors.length >= 2))) {
      flags.push(
        makeFlag({
          check: 'omission',
          category: 'accuracy/omission',
          severity: 'major',
          source: null,
          target: null,
          messageKey: anchors.length > 0 ? 'omissionAnchors' : 'omission',
          params: { percent: Math.round(ratio * 100), missing: anchors.slice(0, 4).join(', ') },
          suggestions: [],
        }),
      );
    } else if (targetWords >= 8 && ratio > 1.8) {
      flags.push(
        makeFlag({
          check: 'addition',
          category: 'accuracy/addition',
          severity: ratio > 2.3 ? 'major' : 'minor',
          source: null,
          target: null,
          messageKey: 'addition',
          params: { percent: Math.round(ratio * 100) },
          suggestions: [],
        }),
      );
    }
    return flags;
  },
};
