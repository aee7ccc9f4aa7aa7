import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION, ExtractionCache, isExtraction } from '../../../src/extract/cache.js';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { extractCorpus } from '../../../src/extract/extract-corpus.js';
import { article } from './helpers.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'briefsmith-cache-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const packsOf = (cache: ExtractionCache) => readdirSync(cache.dir).filter((n) => n.endsWith('.pack'));
const a1 = article('Shoigu met Kim Jong Un in Pyongyang on Friday. North Korea test-launched missiles a day earlier.', { id: 'a1' });
const a2 = article('The European Union imposed new sanctions on North Korean officials on Monday.', { id: 'a2' });

describe('ExtractionCache', () => {
  it('hit: an unchanged article is read back, not extracted again', () => {
    const writer = new ExtractionCache(dir, 'cfg');
    writer.set(a1, extractArticle(a1));
    writer.flush();
    const reader = new ExtractionCache(dir, 'cfg');
    expect(reader.get(a1)).toEqual(extractArticle(a1));
    expect(reader.stats).toMatchObject({ hits: 1, misses: 0, rejected: 0 });
  });

  it('miss when the article changes (text, id or publication date)', () => {
    const writer = new ExtractionCache(dir, 'cfg');
    writer.set(a1, extractArticle(a1));
    writer.flush();
    const reader = new ExtractionCache(dir, 'cfg');
    expect(reader.get(article(`${a1.text} More.`, { id: 'a1' }))).toBeNull();
    expect(reader.get({ ...a1, id: 'other' })).toBeNull();
    expect(reader.get(article(a1.text, { id: 'a1', published: '2025-03-22' }))).toBeNull();
    expect(reader.stats.misses).toBe(3);
  });

  it('a corrupt entry is rejected and rebuilt, and the rebuilt entry wins', async () => {
    await extractCorpus([a1, a2], { cacheDir: dir, workers: 0 });
    const [config] = readdirSync(path.join(dir, `extract-v${EXTRACTOR_VERSION}`));
    const folder = path.join(dir, `extract-v${EXTRACTOR_VERSION}`, config!);
    const [pack] = readdirSync(folder).filter((n) => n.endsWith('.pack'));
    const file = path.join(folder, pack!);
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[0] = lines[0]!.slice(0, 200); // truncated: does not parse
    lines[1] = lines[1]!.replace('"events":[', '"events":"oops","x":['); // parses, wrong shape
    writeFileSync(file, lines.join('\n'));

    const rebuilt = await extractCorpus([a1, a2], { cacheDir: dir, workers: 0 });
    expect(rebuilt.stats).toMatchObject({ cacheHits: 0, cacheRejected: 2, extracted: 2 });
    expect(rebuilt.extractions).toEqual([extractArticle(a1), extractArticle(a2)]);
    const again = await extractCorpus([a1, a2], { cacheDir: dir, workers: 0 });
    expect(again.stats).toMatchObject({ cacheHits: 2, cacheRejected: 0, extracted: 0 });
  });

  it('an entry from another version or configuration is never trusted', () => {
    const writer = new ExtractionCache(dir, 'cfg');
    const key = writer.keyFor(a1);
    writer.set(a1, extractArticle(a1), key);
    writer.flush();
    expect(new ExtractionCache(dir, 'other-taxonomy').get(a1)).toBeNull();

    const [pack] = packsOf(writer);
    const file = path.join(writer.dir, pack!);
    writeFileSync(file, readFileSync(file, 'utf8').replace(`"v":${EXTRACTOR_VERSION}`, `"v":${EXTRACTOR_VERSION + 1}`));
    const reader = new ExtractionCache(dir, 'cfg');
    expect(reader.get(a1, key)).toBeNull();
    expect(reader.stats.rejected).toBe(1);
  });

  it('writes whole packs by rename; no temporary files remain', () => {
    const cache = new ExtractionCache(dir, 'cfg');
    cache.set(a1, extractArticle(a1));
    cache.flush();
    expect(readdirSync(cache.dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(packsOf(cache)).toHaveLength(1);
  });

  it('compacts many small packs into one, keeping every entry', () => {
    const cache = new ExtractionCache(dir, 'cfg');
    for (let i = 0; i < 5; i++) {
      const a = article(`Seoul condemned the launch number ${i}.`, { id: `c${i}` });
      cache.set(a, extractArticle(a));
      cache.flush();
    }
    expect(packsOf(cache)).toHaveLength(5);
    expect(cache.compact(2)).toBe(true);
    expect(packsOf(cache)).toHaveLength(1);
    const reader = new ExtractionCache(dir, 'cfg');
    for (let i = 0; i < 5; i++) expect(reader.get(article(`Seoul condemned the launch number ${i}.`, { id: `c${i}` }))).not.toBeNull();
  });

  it('shape validation rejects what is not an extraction', () => {
    expect(isExtraction(extractArticle(a1))).toBe(true);
    expect(isExtraction({ id: 'x' })).toBe(false);
    expect(isExtraction(null)).toBe(false);
  });
});

describe('extractCorpus', () => {
  it('second run comes entirely from the cache; a changed article alone is extracted again', async () => {
    const first = await extractCorpus([a1, a2], { cacheDir: dir, workers: 0 });
    expect(first.stats).toMatchObject({ cacheHits: 0, extracted: 2 });
    const second = await extractCorpus([a1, a2], { cacheDir: dir, workers: 0 });
    expect(second.stats).toMatchObject({ cacheHits: 2, extracted: 0 });
    expect(second.extractions).toEqual(first.extractions);
    const changed = article(`${a2.text} It was the third round.`, { id: 'a2' });
    const third = await extractCorpus([a1, changed], { cacheDir: dir, workers: 0 });
    expect(third.stats).toMatchObject({ cacheHits: 1, extracted: 1 });
  });

  it('a different taxonomy or alias table is a different cache', async () => {
    await extractCorpus([a1], { cacheDir: dir, workers: 0 });
    const withAliases = await extractCorpus([a1], { cacheDir: dir, workers: 0, entities: [{ name: 'Kim Jong Un', kind: 'person', aliases: ['Kim'] }] });
    expect(withAliases.stats.cacheHits).toBe(0);
  });

  it('worker threads give the same results, in input order', async () => {
    const articles = Array.from({ length: 12 }, (_, i) => article(`Seoul condemned launch ${i}. Shoigu met Kim Jong Un in Pyongyang on Friday.`, { id: `w${i}` }));
    const serial = await extractCorpus(articles, { cacheDir: false, workers: 0 });
    const parallel = await extractCorpus(articles, { cacheDir: path.join(dir, 'p'), workers: 2, parallelThreshold: 0 });
    expect(parallel.stats.workers).toBeGreaterThan(0);
    expect(parallel.extractions).toEqual(serial.extractions);
    const again = await extractCorpus(articles, { cacheDir: path.join(dir, 'p'), workers: 2, parallelThreshold: 0 });
    expect(again.stats).toMatchObject({ cacheHits: 12, extracted: 0 });
  });
});
