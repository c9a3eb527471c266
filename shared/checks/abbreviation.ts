/** A dotted abbreviation cut short in the target ("U.S" for "U.S.", "p.m" for "p.m."). */
import type { Flag } from '../model/flag';
import { makeFlag, spanOf } from './make-flag';
import type { Check } from './types';

// Letter-dot-letter with the final dot missing: the next character is not a dot or another letter.
const CUT_SHORT = /(?<![\p{L}.])((?:\p{L}\.){1,3}\p{L})(?![.\p{L}])/gu;

export const abbreviation: Check = {
  id: 'abbreviation',
  run(pair) {
    const flags: Flag[] = [];
    for (const match of pair.target.matchAll(CUT_SHORT)) {
      const text = match[1]!;
      // Written the same way in the source (a code, a domain fragment) it is deliberate.
      if (pair.source.includes(text)) continue;
      flags.push(
        makeFlag({
          check: this.id,
          category: 'fluency/punctuation',
          severity: 'minor',
          source: null,
          target: spanOf(pair.target, match.index, match.index + text.length),
          messageKey: 'abbreviation',
          params: { text },
          suggestions: [`${text}.`],
        }),
      );
    }
    return flags;
  },
};
