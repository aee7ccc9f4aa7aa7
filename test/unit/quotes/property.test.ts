import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/extract/quotes/index.js';

/** Text built from the pieces that stress pairing and attribution: marks, breaks, cues, names. */
const newsy = fc
  .array(
    fc.oneof(
      fc.constantFrom('"', '“', '”', '„', '«', '»', "'", '‘', '’', '\n', '\n\n', ' ', ', ', '. ', ': ', ' — ', '―'),
      fc.constantFrom('said', 'he said', 'told Reuters', 'according to', 'Shoigu', 'Kim Jong Un', 'the minister', 'so-called', 'titled', 'in a post on VK'),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

function checkInvariants(id: string, text: string): void {
  const quotes = extractQuotes({ id, text });
  for (const q of quotes) {
    expect(q.start).toBeGreaterThanOrEqual(0);
    expect(q.end).toBeLessThanOrEqual(text.length);
    expect(q.start).toBeLessThan(q.end);
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(q.confidence).toBeGreaterThanOrEqual(0);
    expect(q.confidence).toBeLessThanOrEqual(1);
    expect(q.id).toMatch(/^[0-9a-f]{16}$/);
  }
}

describe('extractQuotes properties', () => {
  it('never throws on arbitrary strings and offsets always point at the text', () => {
    fc.assert(fc.property(fc.string(), fc.string({ maxLength: 400 }), (id, text) => checkInvariants(id, text)), { numRuns: 500 });
  });

  it('holds on quote-heavy, news-like text', () => {
    fc.assert(fc.property(newsy, (text) => checkInvariants('a', text)), { numRuns: 1000 });
  });

  it('holds on full Unicode input', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => checkInvariants('u', text)), { numRuns: 300 });
  });

  it('survives input that breaks the type contract at run time', () => {
    const bad = [null, undefined, 42, {}] as unknown as string[];
    for (const text of bad) expect(() => extractQuotes({ id: 'x', text })).not.toThrow();
  });
});
