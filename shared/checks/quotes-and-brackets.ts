/**
 * Quotes and brackets that do not pair in the target while they pair in the source. Languages place quotes
 * differently («» vs “” vs "", inside or outside the comma); only pairing is checked, never the style.
 */
import type { Flag } from '../model/flag';
import { makeFlag, spanOf } from './make-flag';
import type { Check } from './types';

interface Unpaired {
  index: number;
  mark: string;
}

const PAIRS: [open: string, close: string][] = [
  ['(', ')'],
  ['[', ']'],
  ['“', '”'],
  ['«', '»'],
];

/** The first mark that has no partner, or null when everything pairs. */
const MARKS = /[()[\]“”«»"]/u;

export function unpairedMark(text: string): Unpaired | null {
  if (!MARKS.test(text)) return null;
  for (const [open, close] of PAIRS) {
    const stack: number[] = [];
    for (let i = 0; i < text.length; i++) {
      if (text[i] === open) stack.push(i);
      else if (text[i] === close) {
        if (stack.length === 0) return { index: i, mark: close };
        stack.pop();
      }
    }
    if (stack.length > 0) return { index: stack[0]!, mark: open };
  }
  const straight = [...text.matchAll(/"/g)];
  if (straight.length % 2 === 1) return { index: straight[straight.length - 1]!.index, mark: '"' };
  return null;
}

export const unpairedQuotes: Check = {
  id: 'unpaired-quotes',
  run(pair) {
    const problem = unpairedMark(pair.target);
    if (!problem || unpairedMark(pair.source)) return [];
    const flags: Flag[] = [
      makeFlag({
        check: this.id,
        category: 'fluency/punctuation',
        severity: 'minor',
        source: null,
        target: spanOf(pair.target, problem.index, problem.index + 1),
        messageKey: 'unpairedQuotes',
        params: { mark: problem.mark },
        suggestions: [],
      }),
    ];
    return flags;
  },
};
