/** A question on one side only: the question mark lost or added (Spanish opens with ¿, which English drops). */
import type { Flag } from '../model/flag';
import { makeFlag, spanOf } from './make-flag';
import type { Check } from './types';

const QUESTION = /[?？]/gu;

export const question: Check = {
  id: 'question',
  run(pair) {
    const sourceMarks = [...pair.source.matchAll(QUESTION)];
    const targetMarks = [...pair.target.matchAll(QUESTION)];
    const flags: Flag[] = [];
    if (sourceMarks.length > 0 && targetMarks.length === 0) {
      const mark = sourceMarks[0]!;
      const end = pair.target.trimEnd().length;
      const last = pair.target.slice(0, end).match(/[.!]$/u) ? end - 1 : end;
      flags.push(
        makeFlag({
          check: this.id,
          category: 'accuracy/mistranslation',
          severity: 'major',
          source: spanOf(pair.source, mark.index, mark.index + 1),
          target: last < end ? spanOf(pair.target, last, end) : null,
          messageKey: 'questionLost',
          params: {},
          suggestions: last < end ? ['?'] : [],
        }),
      );
    } else if (targetMarks.length > 0 && sourceMarks.length === 0) {
      const mark = targetMarks[0]!;
      flags.push(
        makeFlag({
          check: this.id,
          category: 'accuracy/mistranslation',
          severity: 'major',
          source: null,
          target: spanOf(pair.target, mark.index, mark.index + 1),
          messageKey: 'questionAdded',
          params: {},
          suggestions: ['.'],
        }),
      );
    }
    return flags;
  },
};
