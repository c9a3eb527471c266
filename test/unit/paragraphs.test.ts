import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportTextTranslation, importTextPair } from '../../shared/formats/plain-text';
import { joinParagraphs, splitParagraphs } from '../../shared/text/paragraphs';
import { SAMPLE_SOURCE, SAMPLE_TARGET } from '../helpers/paths';

describe('paragraph layout', () => {
  it('splits paragraphs and keeps blank lines, indentation and bullets as layout', () => {
    const text = 'Title\n\nFirst paragraph.\n\n  • one\n  • two  \n\nLast.\n';
    const layout = splitParagraphs(text);
    expect(layout.paragraphs).toEqual(['Title', 'First paragraph.', 'one', 'two', 'Last.']);
    expect(layout.gaps).toEqual(['', '\n\n', '\n\n  • ', '\n  • ', '  \n\n', '\n']);
    expect(joinParagraphs(layout)).toBe(text);
  });

  it('round-trips the sample files exactly (LF) and normalises CRLF and BOM', () => {
    for (const file of [SAMPLE_SOURCE, SAMPLE_TARGET]) {
      const text = readFileSync(file, 'utf8');
      expect(joinParagraphs(splitParagraphs(text))).toBe(text);
    }
    const windows = '\uFEFFUno.\r\n\r\nDos.\r\n';
    expect(splitParagraphs(windows).paragraphs).toEqual(['Uno.', 'Dos.']);
    expect(joinParagraphs(splitParagraphs(windows))).toBe('Uno.\n\nDos.\n');
  });

  it('pairs paragraphs in order, keeps extra ones with an empty side, and records source lines', () => {
    const { pairs, gaps } = importTextPair('A.\n\nB.\n\nC.\n', 'a.\n\nb.\n');
    expect(pairs.map((p) => [p.source, p.target, p.line])).toEqual([
      ['A.', 'a.', 1],
      ['B.', 'b.', 3],
      ['C.', '', 5],
    ]);
    expect(exportTextTranslation(gaps, ['x', 'y', 'z'])).toBe('x\n\ny\n\nz\n');
  });

  it('exports a translation in the source layout', () => {
    const { pairs, gaps } = importTextPair('Título\n\n  • uno\n  • dos\n', 'Title\n\n- one\n- two\n');
    expect(pairs.map((p) => p.target)).toEqual(['Title', 'one', 'two']);
    expect(exportTextTranslation(gaps, ['Title', 'one', 'two'])).toBe('Title\n\n  • one\n  • two\n');
  });
});
