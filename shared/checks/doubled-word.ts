/** "the the": the same word twice in a row in the target. */
import type { Flag } from '../model/flag';
import { makeFlag, spanOf } from './make-flag';
import type { Check } from './types';

// Doubles that grammar allows ("had had", "that that") are left alone.
const LEGITIMATE = new Set(['had', 'that', 'is', 'do', 'very', 'bye', 'no', 'ha', 'so', 'really', 'far', 'more', 'again', 'many', 'knock', 'nous', 'vous', 'sie', 'die', 'das']);

export const doubledWord: Check = {
  id: 'doubled-word',
  run(pair) {
    const flags: Flag[] = [];
    const tokens = pair.targetTokens;
    for (let i = 1; i < tokens.length; i++) {
      const previous = tokens[i - 1]!;
      const token = tokens[i]!;
      if (token.norm !== previous.norm || LEGITIMATE.has(token.norm) || /^\d+$/.test(token.norm)) continue;
      if (!/^\s+$/.test(pair.target.slice(previous.end, token.start))) continue;
      flags.push(
        makeFlag({
          check: this.id,
          category: 'fluency/grammar',
          severity: 'minor',
          source: null,
          target: spanOf(pair.target, previous.start, token.end),
          messageKey: 'doubledWord',
          params: { word: token.text },
          suggestions: [previous.text],
        }),
      );
    }
    return flags;
  },
};
