/**
 * Inflection-aware phrase patterns (grammar in lexicons/README.md): "~levantar ampollas", "~ponerse las pilas",
 * "~echar (una) mano", "a|al pie de la letra". Compiled once per lexicon, indexed by an anchor word so a
 * document is scanned in one pass over its tokens, not once per pattern.
 */
import { isReflexivePronoun, peelClitics, spanishVerbForms } from '../text/lang/es-verbs';
import { normalizeWord, type Token } from '../text/tokens';

type Part =
  | { kind: 'verb'; forms: ReadonlySet<string>; reflexive: boolean }
  | { kind: 'word'; options: string[]; optional: boolean };

export interface CompiledPattern<T> {
  entry: T;
  parts: Part[];
}

export interface PatternMatch<T> {
  entry: T;
  /** index of the first and last matched token */
  first: number;
  last: number;
}

const MAX_GAP = 3;
const REFLEXIVE_LOOKBEHIND = 4;

function compilePart(raw: string): Part {
  if (raw.startsWith('~')) {
    const verb = normalizeWord(raw.slice(1));
    const reflexive = /(ar|er|ir)se$/.test(verb);
    return { kind: 'verb', forms: spanishVerbForms(reflexive ? verb.slice(0, -2) : verb), reflexive };
  }
  const optional = raw.startsWith('(') && raw.endsWith(')');
  const body = optional ? raw.slice(1, -1) : raw;
  return { kind: 'word', options: body.split('|').map(normalizeWord), optional };
}

function matchesVerb(part: Extract<Part, { kind: 'verb' }>, tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (!token) return false;
  for (const reading of peelClitics(token.norm)) {
    if (!part.forms.has(reading.base)) continue;
    if (!part.reflexive || reading.clitics.some(isReflexivePronoun)) return true;
    for (let j = Math.max(0, i - REFLEXIVE_LOOKBEHIND); j < i; j++) {
      if (isReflexivePronoun(tokens[j]?.norm ?? '')) return true;
    }
  }
  return false;
}

function matchesPart(part: Part, tokens: Token[], i: number): boolean {
  if (part.kind === 'verb') return matchesVerb(part, tokens, i);
  const norm = tokens[i]?.norm;
  return norm !== undefined && part.options.includes(norm);
}

/** Finds the parts from `p` on, starting at token `from`; returns the last token index or -1. */
function matchFrom(parts: Part[], p: number, tokens: Token[], from: number, limit: number): number {
  const part = parts[p];
  if (!part) return from - 1;
  const end = Math.min(tokens.length, from + limit + 1);
  for (let i = from; i < end; i++) {
    if (matchesPart(part, tokens, i)) {
      const last = matchFrom(parts, p + 1, tokens, i + 1, MAX_GAP);
      if (last >= 0) return last;
    }
  }
  if (part.kind === 'word' && part.optional) return matchFrom(parts, p + 1, tokens, from, limit);
  return -1;
}

export class PatternIndex<T> {
  private readonly byAnchor = new Map<string, CompiledPattern<T>[]>();

  constructor(entries: readonly T[], patternOf: (entry: T) => string) {
    for (const entry of entries) {
      const parts = patternOf(entry).trim().split(/\s+/).map(compilePart);
      const compiled: CompiledPattern<T> = { entry, parts };
      for (const anchor of anchorsOf(parts)) {
        const list = this.byAnchor.get(anchor) ?? [];
        list.push(compiled);
        this.byAnchor.set(anchor, list);
      }
    }
  }

  find(tokens: Token[]): PatternMatch<T>[] {
    const candidates = new Set<CompiledPattern<T>>();
    for (const token of tokens) {
      for (const compiled of this.byAnchor.get(token.norm) ?? []) candidates.add(compiled);
    }
    const matches: PatternMatch<T>[] = [];
    for (const compiled of candidates) {
      for (let start = 0; start < tokens.length; start++) {
        const last = matchFrom(compiled.parts, 0, tokens, start, 0);
        if (last >= start) {
          matches.push({ entry: compiled.entry, first: start, last });
          break;
        }
      }
    }
    return matches.sort((a, b) => a.first - b.first);
  }
}

/** The required plain word with the longest option is the rarest cue; verb-only patterns anchor on verb forms. */
function anchorsOf(parts: Part[]): string[] {
  let best: string[] | null = null;
  let bestLength = 0;
  for (const part of parts) {
    if (part.kind !== 'word' || part.optional) continue;
    const length = Math.min(...part.options.map((o) => o.length));
    if (length > bestLength) {
      best = part.options;
      bestLength = length;
    }
  }
  if (best) return best;
  const verb = parts.find((p) => p.kind === 'verb');
  return verb?.kind === 'verb' ? [...verb.forms] : [];
}
