/** "Caracas , but": white space before a closing punctuation mark. */
import type { Flag } from '../model/flag';
import { makeFlag, spanOf } from './make-flag';
import type { Check } from './types';

// French sets a (narrow) space before ; : ! ? and », so only , . ) ] count there.
const MARKS_BY_LANG: Partial<Record<string, string>> = { fr: ',.)\\]' };
const DEFAULT_MARKS = ',.;:!?)\\]';

export const spaceBeforePunctuation: Check = {
  id: 'space-before-punctuation',
  run(pair, ctx) {
    const marks = MARKS_BY_LANG[ctx.targetLang] ?? DEFAULT_MARKS;
    // An ellipsis or a decimal (" .5") is not a displaced mark.
    const pattern = new RegExp(`(?<=\\S)[ \\t\\u00a0]+([${marks}])(?![.\\d])`, 'gu');
    const flags: Flag[] = [];
    for (const match of pair.target.matchAll(pattern)) {
      const mark = match[1] ?? '';
      flags.push(
        makeFlag({
          check: this.id,
          category: 'fluency/punctuation',
          severity: 'minor',
          source: null,
          target: spanOf(pair.target, match.index, match.index + match[0].length),
          messageKey: 'spaceBeforePunctuation',
          params: { mark },
          suggestions: [mark],
        }),
      );
    }
    return flags;
  },
};
