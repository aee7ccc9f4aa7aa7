import { briefFromYaml } from './brief-fixture.js';
import { describe, expect, it } from 'vitest';
import { selectForBrief } from '../../../src/brief/select.js';
import { indexCorpus, indexExtraction, sliceForPeriod, WeekIndex } from '../../../src/build/corpus-index.js';
import { clusterDevelopments } from '../../../src/extract/cluster.js';
import { extractArticle } from '../../../src/extract/extract-article.js';
import type { Article } from '../../../src/model/article.js';

function article(id: string, published: string | null, text: string): Article {
  return {
    id,
    title: id,
    published,
    source: 'Outlet',
    url: null,
    tags: [],
    text,
    contentHash: id,
    dateline: null,
    referenceDate: published ? published.slice(0, 10) : null,
    location: { file: 'x', line: 1 },
    metadata: {},
  };
}

describe('WeekIndex', () => {
  it('buckets by ISO week, keeps undated and partial dates for every range', () => {
    const idx = new WeekIndex(['2024-12-30', '2025-01-05', '2025-01-06', '2025-03', null, 'garbage'], (d) => d);
    expect(idx.candidates({ from: '2024-12-30', to: '2025-01-05' })).toEqual(['2024-12-30', '2025-01-05', '2025-03', null, 'garbage']);
    expect(idx.candidates({ from: '2025-01-06', to: '2025-01-12' })).toEqual(['2025-01-06', '2025-03', null, 'garbage']);
  });
});

describe('selection through the week index equals selection over the whole corpus', () => {
  const days = ['2024-12-28', '2024-12-31', '2025-01-02', '2025-01-08', '2025-01-15', '2025-01-21'];
  const articles = days.map((d, i) =>
    article(`a${i}`, d, `Kim Jong Un met Russian officials in Pyongyang. "We are allies," Kim said.\n\nOn January ${8 + i}, 2025, Russia announced talks with North Korea.`),
  );
  articles.push(article('undated', null, 'Moscow announced a treaty with North Korea.'));
  const extractions = articles.map((a) => extractArticle(a));
  const developments = clusterDevelopments(extractions);
  const corpus = indexCorpus(articles);
  const extraction = indexExtraction(extractions, developments);
  const brief = (period: { from: string; to: string }) => briefFromYaml(`period: { from: ${period.from}, to: ${period.to} }\nselect: { keywords: [Kim, Russia] }\n`);

  for (const period of [
    { from: '2024-12-30', to: '2025-01-05' },
    { from: '2025-01-06', to: '2025-01-12' },
    { from: '2025-01-13', to: '2025-01-19' },
    { from: '2024-12-23', to: '2025-01-26' },
  ]) {
    it(`${period.from} … ${period.to}`, async () => {
      const b = await brief(period);
      const full = selectForBrief({ brief: b, articles, extractions, developments, asOf: '2025-02-01T00:00:00Z' });
      const slice = sliceForPeriod(corpus, extraction, period);
      const indexed = selectForBrief({ brief: b, ...slice, asOf: '2025-02-01T00:00:00Z' });
      indexed.stats.articlesRead = full.stats.articlesRead;
      expect(indexed).toEqual(full);
      expect(slice.articles.length).toBeLessThanOrEqual(articles.length);
    });
  }
  it('the corpus span and fingerprint', () => {
    expect(corpus.span).toEqual({ from: '2024-12-28', to: '2025-01-21' });
    expect(indexCorpus([...articles].reverse()).fingerprint).toBe(corpus.fingerprint);
    expect(indexCorpus(articles.slice(1)).fingerprint).not.toBe(corpus.fingerprint);
  });
});
