/**
 * A source term carried into the translation in one form in some segments and adapted in others ("chavismo" →
 * "Chavismo" here, "Chavism" there). Document-level: it needs every segment, so the engine runs it over the
 * whole document and again after an edit.
 */
import type { Flag } from '../model/flag';
import type { Token } from '../text/tokens';
import { makeFlag, tokenSpan } from './make-flag';
import type { PreparedPair } from './types';

const PREFIX = 5;

function bare(norm: string): string {
  return norm.replace(/['’]s$/, '');
}

interface Occurrence {
  pairIndex: number;
  token: Token;
  form: string;
}

export function checkConsistency(pairs: readonly PreparedPair[]): Map<number, Flag[]> {
  const byTerm = new Map<string, Occurrence[]>();
  for (const [pairIndex, pair] of pairs.entries()) {
    const terms = new Set(pair.sourceTokens.filter((t) => t.norm.length > PREFIX && !/\d/.test(t.norm)).map((t) => t.norm));
    for (const term of terms) {
      const prefix = term.slice(0, PREFIX);
      // Two source words of one stem in the segment ("Venezuela", "venezolana"): whose rendering is whose is unknown.
      if ([...terms].some((other) => other !== term && other.startsWith(prefix))) continue;
      for (const token of pair.targetTokens) {
        const form = bare(token.norm);
        if (!form.startsWith(prefix) || Math.abs(form.length - term.length) > 3) continue;
        const list = byTerm.get(term) ?? [];
        list.push({ pairIndex, token, form });
        byTerm.set(term, list);
      }
    }
  }
  const flags = new Map<number, Flag[]>();
  for (const [term, occurrences] of byTerm) {
    const counts = new Map<string, number>();
    for (const o of occurrences) counts.set(o.form, (counts.get(o.form) ?? 0) + 1);
    // Inconsistent only if the term was also kept as is somewhere: a cognate that is always adapted is fine.
    if (counts.size < 2 || !counts.has(term)) continue;
    const [majority] = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] === term ? -1 : 1));
    if (!majority) continue;
    const majorityText = occurrences.find((o) => o.form === majority[0])!.token.text.replace(/['’]s$/, '');
    for (const o of occurrences) {
      if (o.form === majority[0]) continue;
      const pair = pairs[o.pairIndex]!;
      const keep = o.token.text.match(/['’]s$/)?.[0] ?? '';
      const list = flags.get(o.pairIndex) ?? [];
      list.push(
        makeFlag({
          check: 'inconsistency',
          category: 'fluency/inconsistency',
          severity: 'minor',
          source: null,
          target: tokenSpan(pair.target, o.token),
          messageKey: 'inconsistency',
          params: { found: o.token.text, usual: majorityText, count: majority[1] },
          suggestions: [majorityText + keep],
        }),
      );
      flags.set(o.pairIndex, list);
    }
  }
  return flags;
}
