import { joinParagraphs, splitParagraphs } from '../text/paragraphs';

export interface TextPair {
  source: string;
  target: string;
  /** 1-based line of the paragraph in the source file (in the target file when the source has none here) */
  line?: number;
}

export interface ImportedTextPair {
  pairs: TextPair[];
  /** The source's layout: what surrounds each paragraph, so the export keeps the original shape. */
  gaps: string[];
}

/**
 * Pairs the paragraphs of a source and its translation in order. A side with more paragraphs keeps its extra
 * ones as segments whose other side is empty, so nothing is dropped or forced into a neighbour.
 */
export function importTextPair(sourceText: string, targetText: string): ImportedTextPair {
  const source = splitParagraphs(sourceText);
  const target = splitParagraphs(targetText);
  const count = Math.max(source.paragraphs.length, target.paragraphs.length);
  const pairs: TextPair[] = [];
  const sourceLines = lineNumbers(source.gaps, source.paragraphs.length);
  const targetLines = lineNumbers(target.gaps, target.paragraphs.length);
  for (let i = 0; i < count; i++) {
    const line = sourceLines[i] ?? targetLines[i];
    pairs.push({ source: source.paragraphs[i] ?? '', target: target.paragraphs[i] ?? '', ...(line ? { line } : {}) });
  }
  const closing = source.gaps[source.paragraphs.length] ?? '';
  const gaps = source.gaps.slice(0, source.paragraphs.length);
  while (gaps.length < count) gaps.push(gaps.length === 0 ? '' : '\n\n');
  gaps.push(closing);
  return { pairs, gaps };
}

function lineNumbers(gaps: readonly string[], count: number): number[] {
  const lines: number[] = [];
  let line = 1;
  for (let i = 0; i < count; i++) {
    line += (gaps[i]?.match(/\n/g) ?? []).length;
    lines.push(line);
  }
  return lines;
}

export function exportTextTranslation(gaps: readonly string[], targets: readonly string[]): string {
  return joinParagraphs({ paragraphs: [...targets], gaps: [...gaps] });
}
