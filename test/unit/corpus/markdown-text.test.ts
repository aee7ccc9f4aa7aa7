import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../../src/corpus/markdown-text.js';

describe('markdownToText', () => {
  it('turns Markdown structure into plain paragraphs and drops the markup', () => {
    const md = '# Title\n\nHe said **"hi"** to [the press](https://x.org) with `code`.\nSame paragraph.\n\n- first item\n- second item\n\n> quoted paragraph\n\n---\n\n## Sub heading\n\nLast.';
    const { text, leadingHeading } = markdownToText(md);
    expect(leadingHeading).toBe('Title');
    expect(text).toBe(
      'He said "hi" to the press with code. Same paragraph.\n\nfirst item\n\nsecond item\n\nquoted paragraph\n\nSub heading\n\nLast.',
    );
  });

  it('decodes character references once and keeps typographic quotes as written', () => {
    expect(markdownToText('AT&amp;T said &#8220;yes&#8221; and “no” &amp;amp;').text).toBe('AT&T said “yes” and “no” &amp;');
  });

  it('keeps a leading heading in the text when told it is not the title', () => {
    expect(markdownToText('# Heading\n\nBody.', { dropLeadingHeading: () => false }).text).toBe('Heading\n\nBody.');
  });

  it('strips inline and block HTML but keeps its text', () => {
    expect(markdownToText('A <b>bold</b> claim.\n\n<div>\n<p>Block</p>\n</div>').text).toBe('A bold claim.\n\nBlock');
  });

  it('treats a one-paragraph-per-line article saved as Markdown as separate paragraphs', () => {
    const line = (w: string): string => `${w} `.repeat(30).trim() + '.';
    const { text } = markdownToText(`${line('alpha')}\nA Heading Line\n${line('beta')}`);
    expect(text.split('\n\n')).toEqual([line('alpha'), 'A Heading Line', line('beta')]);
  });
});
