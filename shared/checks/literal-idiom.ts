/**
 * A source idiom rendered word for word ("han levantado ampollas" → "have raised blisters"). Flags when the
 * target carries the idiom's literal cues and none of its idiomatic renderings.
 */
import type { Flag } from '../model/flag';
import { inflectPhrase, verbFormOf } from '../text/lang/en-inflect';
import type { Token } from '../text/tokens';
import { makeFlag, tokenSpan } from './make-flag';
import { hasRendering } from './renderings';
import type { Check, PreparedPair } from './types';

const CONTEXT_WINDOW = 3;

function startsWithAny(token: Token, stems: readonly string[]): boolean {
  return stems.some((stem) => token.norm.startsWith(stem));
}

export const literalIdiom: Check = {
  id: 'literal-idiom',
  run(pair: PreparedPair, ctx) {
    const matches = ctx.idioms.find(pair.sourceTokens);
    const flags: Flag[] = [];
    for (const match of matches) {
      const idiom = match.entry;
      const tokens = pair.targetTokens;
      const cueIndexes = tokens.flatMap((t, i) => (startsWithAny(t, idiom.literal) ? [i] : []));
      const firstCue = cueIndexes[0];
      const lastCue = cueIndexes[cueIndexes.length - 1];
      if (firstCue === undefined || lastCue === undefined) continue;
      if (idiom.renderings.some((r) => hasRendering(tokens, r))) continue;
      let first = firstCue;
      for (let i = firstCue - 1; i >= Math.max(0, firstCue - CONTEXT_WINDOW); i--) {
        if (startsWithAny(tokens[i]!, idiom.literalContext)) first = i;
      }
      let last = lastCue;
      for (let i = lastCue + 1; i <= Math.min(tokens.length - 1, lastCue + CONTEXT_WINDOW); i++) {
        if (startsWithAny(tokens[i]!, idiom.literalContext)) last = i;
      }
      const headForm = first < firstCue ? verbFormOf(tokens[first]!.text) : 'base';
      const sourceFirst = pair.sourceTokens[match.first]!;
      const sourceLast = pair.sourceTokens[match.last]!;
      flags.push(
        makeFlag({
          check: this.id,
          category: 'accuracy/mistranslation',
          severity: 'major',
          source: tokenSpan(pair.source, sourceFirst, sourceLast),
          target: tokenSpan(pair.target, tokens[first]!, tokens[last]!),
          messageKey: 'literalIdiom',
          params: {
            idiom: pair.source.slice(sourceFirst.start, sourceLast.end),
            meaning: idiom.meaning,
            literal: pair.target.slice(tokens[first]!.start, tokens[last]!.end),
          },
          suggestions: idiom.renderings
            .slice(0, 3)
            .map((r) => (first < firstCue ? inflectPhrase(r, headForm) : r)),
        }),
      );
    }
    return flags;
  },
};
