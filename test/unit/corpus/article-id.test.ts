import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash, givenId, idForBundleRecord, idFromPath } from '../../../src/corpus/article-id.js';

describe('article ids', () => {
  it('derives an id from the path relative to the corpus root, without extension', () => {
    const root = path.resolve('corpus');
    expect(idFromPath(path.join(root, 'seed', '000-shoigu-meets-kim.md'), root)).toBe('seed/000-shoigu-meets-kim');
    expect(idFromPath(path.join(root, 'a.b.txt'), root)).toBe('a.b');
  });
  it('falls back to the file name for a file outside the root', () => {
    expect(idFromPath(path.resolve('elsewhere/x.md'), path.resolve('corpus'))).toBe('x');
  });
  it('takes a given id as written, numbers included, and refuses unusable ones', () => {
    expect(givenId(' kcna-1 ')).toEqual({ ok: true, id: 'kcna-1' });
    expect(givenId(42)).toEqual({ ok: true, id: '42' });
    expect(givenId(undefined)).toBeNull();
    expect(givenId('has space')).toMatchObject({ ok: false });
    expect(givenId({ a: 1 })).toMatchObject({ ok: false });
  });
  it('gives bundle lines without an id one that does not depend on their position', () => {
    const rec = { url: 'http://x/1', title: 'T', published: null, text: 'body' };
    expect(idForBundleRecord('news', rec)).toBe(idForBundleRecord('news', { ...rec, text: 'edited body' }));
    expect(idForBundleRecord('news', rec)).toMatch(/^news\/[0-9a-f]{12}$/);
    expect(idForBundleRecord('news', rec)).not.toBe(idForBundleRecord('news', { ...rec, url: 'http://x/2' }));
  });
  it('hashes text and publication date', () => {
    expect(contentHash('a', '2025-01-01')).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash('a', '2025-01-01')).not.toBe(contentHash('a', '2025-01-02'));
    expect(contentHash('a', null)).toBe(contentHash('a', null));
  });
});
