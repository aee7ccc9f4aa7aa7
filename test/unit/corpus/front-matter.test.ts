import { describe, expect, it } from 'vitest';
import { parseFrontMatter, splitFrontMatter } from '../../../src/corpus/front-matter.js';
import { DEFAULT_LIMITS } from '../../../src/corpus/limits.js';

describe('splitFrontMatter', () => {
  it('separates the YAML from the body and says on which line the body starts', () => {
    const split = splitFrontMatter('---\ntitle: A\nid: b\n---\nBody\n', DEFAULT_LIMITS);
    expect(split).toEqual({ yaml: 'title: A\nid: b\n', body: 'Body\n', yamlLine: 2, bodyLine: 5 });
  });
  it('accepts "..." as the closing fence and an empty block', () => {
    expect(splitFrontMatter('---\na: 1\n...\nB', DEFAULT_LIMITS)).toMatchObject({ yaml: 'a: 1\n', body: 'B' });
    expect(splitFrontMatter('---\n---\nB', DEFAULT_LIMITS)).toMatchObject({ yaml: '', body: 'B' });
  });
  it('leaves a file without front matter untouched', () => {
    expect(splitFrontMatter('Just text\n---\n', DEFAULT_LIMITS)).toEqual({ yaml: null, body: 'Just text\n---\n', yamlLine: 0, bodyLine: 1 });
  });
  it('reports an unclosed block and refuses one larger than the limit', () => {
    expect(splitFrontMatter('---\ntitle: A\n\nBody', DEFAULT_LIMITS)).toMatchObject({ line: 1, message: expect.stringContaining('never closed') });
    const big = `---\nx: "${'a'.repeat(200)}"\n---\nBody`;
    expect(splitFrontMatter(big, { maxFrontMatterBytes: 100 })).toMatchObject({ message: expect.stringContaining('longer than 100 bytes') });
  });
});

describe('parseFrontMatter', () => {
  it('returns data and the file line of every key', () => {
    expect(parseFrontMatter('title: A\npublished: 2025-03-21\n', 2, DEFAULT_LIMITS)).toEqual({
      // YAML 1.2 core schema: dates stay strings, so no time zone is invented.
      data: { title: 'A', published: '2025-03-21' },
      keyLines: { title: 2, published: 3 },
    });
  });
  it('names the line inside the file of a syntax error', () => {
    const r = parseFrontMatter('title: A\ntags: [a, b\nsource: X\n', 2, DEFAULT_LIMITS);
    expect(r).toMatchObject({ line: expect.any(Number), message: expect.stringMatching(/^malformed front matter: /) });
    expect((r as { line: number }).line).toBeGreaterThanOrEqual(3);
    expect((r as { message: string }).message).not.toContain('\n');
  });
  it('rejects duplicate keys, non-mappings and alias bombs', () => {
    expect(parseFrontMatter('a: 1\na: 2\n', 2, DEFAULT_LIMITS)).toMatchObject({ message: expect.stringContaining('unique') });
    expect(parseFrontMatter('- a\n- b\n', 2, DEFAULT_LIMITS)).toMatchObject({ message: expect.stringContaining('mapping') });
    const bomb = 'a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n';
    expect(parseFrontMatter(bomb, 2, { maxAliasCount: 3 })).toMatchObject({ message: expect.stringContaining('front matter rejected') });
  });
  it('never evaluates code tags', () => {
    const r = parseFrontMatter('f: !!js/function "function () { return 1 }"\n', 2, DEFAULT_LIMITS);
    if ('data' in r) expect(typeof r.data.f).not.toBe('function');
  });
});
