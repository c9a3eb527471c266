/**
 * A source term carried into the translation in one form in some segments and adapted in others ("chavismo" →
 * "Chavismo" here, "Chavism" there). Document-level, so it is kept as an index: each segment contributes its
 * occurrences, and an edit only replaces that segment's contribution. Segments elsewhere are re-flagged only
 * when the edit changes a term's verdict.
 */
import type { Flag } from '../model/flag';
import type { Token } from '../text/tokens';
import { makeFlag, tokenSpan } from './make-flag';
import type { PreparedPair } from './types';

const PREFIX = 5;
const POSSESSIVE = /['’]s$/;

interface Occurrence {
  term: string;
  form: string;
  token: Token;
}

interface Verdict {
  /** the usual form, when the term is rendered inconsistently; null when it is consistent */
  majority: string | null;
  count: number;
}

function occurrencesOf(pair: PreparedPair): Occurrence[] {
  const byPrefix = new Map<string, string[]>();
  for (const token of pair.sourceTokens) {
    if (token.norm.length <= PREFIX || /\d/.test(token.norm)) continue;
    const prefix = token.norm.slice(0, PREFIX);
    const terms = byPrefix.get(prefix) ?? [];
    if (!terms.includes(token.norm)) terms.push(token.norm);
    byPrefix.set(prefix, terms);
  }
  const occurrences: Occurrence[] = [];
  for (const token of pair.targetTokens) {
    const terms = byPrefix.get(token.norm.slice(0, PREFIX));
    // Two source words of one stem in the segment ("Venezuela", "venezolana"): whose rendering is whose is unknown.
    if (!terms || terms.length !== 1) continue;
    const term = terms[0]!;
    const form = token.norm.replace(POSSESSIVE, '');
    if (Math.abs(form.length - term.length) <= 3) occurrences.push({ term, form, token });
  }
  // Two forms of one term inside a segment render two different source words ("registró … récord").
  return occurrences.filter((o) => occurrences.every((other) => other.term !== o.term || other.form === o.form));
}

export class ConsistencyIndex {
  private readonly contributions: Occurrence[][] = [];
  private readonly counts = new Map<string, Map<string, number>>();
  private readonly surface = new Map<string, string>();
  private readonly positionsByTerm = new Map<string, Set<number>>();

  constructor(private readonly pairs: PreparedPair[]) {
    pairs.forEach((pair, position) => this.add(position, pair));
  }

  private add(position: number, pair: PreparedPair): void {
    const occurrences = occurrencesOf(pair);
    this.contributions[position] = occurrences;
    for (const o of occurrences) {
      const forms = this.counts.get(o.term) ?? new Map<string, number>();
      forms.set(o.form, (forms.get(o.form) ?? 0) + 1);
      this.counts.set(o.term, forms);
      if (!this.surface.has(`${o.term}|${o.form}`)) this.surface.set(`${o.term}|${o.form}`, o.token.text.replace(POSSESSIVE, ''));
      const positions = this.positionsByTerm.get(o.term) ?? new Set<number>();
      positions.add(position);
      this.positionsByTerm.set(o.term, positions);
    }
  }

  private remove(position: number): void {
    for (const o of this.contributions[position] ?? []) {
      const forms = this.counts.get(o.term);
      const left = (forms?.get(o.form) ?? 1) - 1;
      if (left > 0) forms?.set(o.form, left);
      else forms?.delete(o.form);
      this.positionsByTerm.get(o.term)?.delete(position);
    }
    this.contributions[position] = [];
  }

  private verdict(term: string): Verdict {
    const forms = this.counts.get(term);
    // Inconsistent only if the term was also kept as is somewhere: a cognate that is always adapted is fine.
    if (!forms || forms.size < 2 || !forms.has(term)) return { majority: null, count: 0 };
    let majority = term;
    let count = forms.get(term) ?? 0;
    for (const [form, n] of forms) {
      if (n > count) {
        majority = form;
        count = n;
      }
    }
    return { majority, count };
  }

  flagsAt(position: number): Flag[] {
    const pair = this.pairs[position];
    if (!pair) return [];
    const flags: Flag[] = [];
    for (const o of this.contributions[position] ?? []) {
      const { majority, count } = this.verdict(o.term);
      if (majority === null || o.form === majority) continue;
      const usual = this.surface.get(`${o.term}|${majority}`) ?? majority;
      flags.push(
        makeFlag({
          check: 'inconsistency',
          category: 'fluency/inconsistency',
          severity: 'minor',
          source: null,
          target: tokenSpan(pair.target, o.token),
          messageKey: 'inconsistency',
          params: { found: o.token.text, usual, count },
          suggestions: [usual + (o.token.text.match(POSSESSIVE)?.[0] ?? '')],
        }),
      );
    }
    return flags;
  }

  /** Replaces one segment's pair; returns the other positions whose flags changed with it. */
  update(position: number, pair: PreparedPair): number[] {
    const terms = new Set((this.contributions[position] ?? []).map((o) => o.term));
    for (const o of occurrencesOf(pair)) terms.add(o.term);
    const before = new Map([...terms].map((t) => [t, this.verdict(t)]));
    this.remove(position);
    this.pairs[position] = pair;
    this.add(position, pair);
    const affected = new Set<number>();
    for (const term of terms) {
      const was = before.get(term)!;
      const now = this.verdict(term);
      if (was.majority === now.majority && was.count === now.count) continue;
      // A segment shows a flag for this term only where it holds a form other than the majority.
      const flaggedUnder = (v: Verdict, forms: Occurrence[]): boolean =>
        v.majority !== null && forms.some((o) => o.term === term && o.form !== v.majority);
      for (const p of this.positionsByTerm.get(term) ?? []) {
        const own = this.contributions[p] ?? [];
        if (p !== position && (flaggedUnder(was, own) || flaggedUnder(now, own))) affected.add(p);
      }
    }
    return [...affected];
  }
}
