import { describe, expect, it } from 'vitest';
import { joinParagraphs, normaliseText } from '../../../src/corpus/normalise-text.js';

describe('normaliseText', () => {
  it('drops a BOM and turns CRLF, CR and Unicode line separators into LF', () => {
    expect(normaliseText('\ufeffa\r\nb\rc\u2028d')).toBe('a\nb\nc\nd');
  });
  it('composes to NFC so the same name compares equal however it was typed', () => {
    const decomposed = 'Cafe\u0301';
    expect(normaliseText(decomposed)).toBe('Café');
    expect(normaliseText(decomposed).length).toBe(4);
  });
  it('keeps quotation marks and dashes exactly as written', () => {
    const s = '“Our relations” – he said "so" — and \'this\' ‘too’';
    expect(normaliseText(s)).toBe(s);
  });
  it('removes wire control characters but keeps tabs and newlines', () => {
    expect(normaliseText('a\u0002b\u0003\tc\nd\u007f')).toBe('ab\tc\nd');
  });
});

describe('joinParagraphs', () => {
  it('separates paragraphs by exactly one blank line and drops empty ones', () => {
    expect(joinParagraphs([' a ', '', 'b', '   '])).toBe('a\n\nb');
  });
});
