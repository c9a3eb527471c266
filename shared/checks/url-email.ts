/** URLs and e-mail addresses must come through unchanged: a translated or altered one no longer works. */
import type { Flag } from '../model/flag';
import { makeFlag, spanOf } from './make-flag';
import type { Check } from './types';

const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"«»“”]+[^\s<>"«»“”.,;:!?)]|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;

function addresses(text: string): { text: string; start: number }[] {
  return [...text.matchAll(ADDRESS)].map((m) => ({ text: m[0], start: m.index }));
}

export const urlEmail: Check = {
  id: 'url-email',
  run(pair) {
    if (!/[@.]/.test(pair.source) || !/@|www\.|https?:/i.test(pair.source)) return [];
    const source = addresses(pair.source);
    if (source.length === 0) return [];
    const target = addresses(pair.target);
    const unmatched = target.filter((t) => !source.some((s) => s.text === t.text));
    const flags: Flag[] = [];
    for (const address of source) {
      if (target.some((t) => t.text === address.text)) continue;
      const changed = unmatched.shift();
      flags.push(
        makeFlag({
          check: this.id,
          category: 'accuracy/mistranslation',
          severity: 'major',
          source: spanOf(pair.source, address.start, address.start + address.text.length),
          target: changed ? spanOf(pair.target, changed.start, changed.start + changed.text.length) : null,
          messageKey: changed ? 'addressChanged' : 'addressMissing',
          params: { address: address.text },
          suggestions: changed ? [address.text] : [],
        }),
      );
    }
    return flags;
  },
};
