import { describe, expect, it } from 'vitest';
import { summariseCorpus } from '../../../src/corpus/index.js';
import type { Article } from '../../../src/model/article.js';

function article(id: string, published: string | null, source: string | null, referenceDate: string | null = published?.slice(0, 10) ?? null): Article {
  return {
    id,
    title: id,
    published,
    source,
    url: null,
    tags: [],
    text: 'x',
    contentHash: 'h',
    dateline: null,
    referenceDate,
    location: { file: 'f', line: 1 },
    metadata: {},
  };
}

describe('summariseCorpus', () => {
  it('counts articles, sources, the period and months, and lists problems', () => {
    const summary = summariseCorpus(
      [
        article('a', '2024-08-02T00:00:00Z', 'KCNA'),
        article('b', '2024-07-30T10:00:00Z', 'KCNA'),
        article('c', '2025-01-01T00:00:00Z', 'Reuters'),
        article('d', null, null, '2024-08-05'),
        article('e', null, null, null),
      ],
      [{ severity: 'warning', file: 'x.md', line: 3, message: 'm', rule: 'corpus/bad-date' }, { severity: 'error', file: 'y', message: 'n' }],
    );
    expect(summary).toEqual({
      articles: 5,
      sources: [
        { name: '(unknown)', count: 2 },
        { name: 'KCNA', count: 2 },
        { name: 'Reuters', count: 1 },
      ],
      from: '2024-07-30',
      to: '2025-01-01',
      perMonth: { '2024-07': 1, '2024-08': 2, '2025-01': 1 },
      undated: 1,
      problems: [
        { file: 'x.md', line: 3, message: 'm', severity: 'warning', rule: 'corpus/bad-date' },
        { file: 'y', line: null, message: 'n', severity: 'error', rule: null },
      ],
    });
  });

  it('gives nulls for an empty corpus', () => {
    expect(summariseCorpus([], [])).toMatchObject({ articles: 0, sources: [], from: null, to: null, perMonth: {}, problems: [] });
  });
});
