export interface Token {
  text: string;
  /** lower case, accents removed: the form every lexicon lookup uses */
  norm: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}

export function normalizeWord(text: string): string {
  return foldAccents(text.toLowerCase());
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    tokens.push({ text: match[0], norm: normalizeWord(match[0]), start, end: start + match[0].length });
  }
  return tokens;
}

export function isCapitalized(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/**
 * True when the token opens a sentence (first word of the text, or after . ! ? : or an opening quote/bullet
 * that follows one), where capitalisation says nothing about proper names.
 */
export function isSentenceInitial(text: string, tokenStart: number): boolean {
  const before = text.slice(0, tokenStart);
  const trimmed = before.replace(/[\s"'«“‘¿¡(\[—–-]+$/u, '');
  return trimmed === '' || /[.!?:…]$/u.test(trimmed);
}
