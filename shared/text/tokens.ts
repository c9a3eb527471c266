export interface Token {
  text: string;
  /** lower case, accents removed: the form every lexicon lookup uses */
  norm: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*/gu;

const ASCII = /^[\x00-\x7f]*$/;

export function foldAccents(text: string): string {
  // Most words of most documents are plain ASCII: nothing to fold.
  if (ASCII.test(text)) return text;
  return text.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}

const folded = new Map<string, string>();

/** Lower case without accents: the form every lexicon lookup uses. Memoised: a document reuses its words. */
export function normalizeWord(text: string): string {
  const lower = text.toLowerCase();
  if (ASCII.test(lower)) return lower;
  let result = folded.get(lower);
  if (result === undefined) {
    result = foldAccents(lower);
    if (folded.size > 200_000) folded.clear();
    folded.set(lower, result);
  }
  return result;
}

/**
 * A whole text in lower case without accents, character for character, so offsets found in it point at the
 * same characters of the original (a character that would fold to more or fewer is kept as it is).
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) {
    if (ASCII.test(lower)) return lower;
    // Precomposed accented letters decompose into one letter and marks: dropping the marks keeps the length.
    const stripped = lower.normalize('NFD').replace(/\p{M}+/gu, '');
    if (stripped.length === text.length) return stripped;
  }
  let out = '';
  for (const char of text) {
    const f = normalizeWord(char);
    out += f.length === char.length ? f : char;
  }
  return out;
}

/** The words of a text; pass its foldText() when already computed, to take each word's norm from it. */
export function tokenize(text: string, folded = foldText(text)): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    tokens.push({ text: match[0], norm: folded.slice(start, end), start, end });
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
  return trimmed === '' || /[.!?:…|•·]$/u.test(trimmed);
}
