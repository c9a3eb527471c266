/**
 * A plain-text document as paragraphs plus the layout around them, so an export can put translated paragraphs
 * back into the original shape (blank lines, indentation, bullet markers).
 */
export interface ParagraphLayout {
  paragraphs: string[];
  /** gaps[i] comes before paragraphs[i]; the last gap closes the document: gaps.length = paragraphs.length + 1. */
  gaps: string[];
}

// A list marker is layout, not text to translate: it stays in the gap so the export keeps it.
const LINE_PREFIX = /^[ \t]*(?:[•◦▪‣·●○■□–—*-][ \t]+)?/u;

export function splitParagraphs(text: string): ParagraphLayout {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const paragraphs: string[] = [];
  const gaps: string[] = [];
  let gap = '';
  for (const [i, line] of normalised.split('\n').entries()) {
    const newline = i === 0 ? '' : '\n';
    if (line.trim() === '') {
      gap += newline + line;
      continue;
    }
    const prefix = LINE_PREFIX.exec(line)?.[0] ?? '';
    const body = line.slice(prefix.length);
    const content = body.trimEnd();
    gaps.push(gap + newline + prefix);
    paragraphs.push(content);
    gap = body.slice(content.length);
  }
  gaps.push(gap);
  return { paragraphs, gaps };
}

export function joinParagraphs(layout: ParagraphLayout): string {
  let out = '';
  layout.paragraphs.forEach((paragraph, i) => {
    out += (layout.gaps[i] ?? '') + paragraph;
  });
  return out + (layout.gaps[layout.paragraphs.length] ?? '');
}
