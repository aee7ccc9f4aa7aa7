import { describe, expect, it } from 'vitest';
import { clusterDevelopments, interval } from '../../../src/extract/cluster.js';
import type { ArticleExtraction, ExtractedEvent } from '../../../src/model/extraction.js';

let n = 0;
function ev(over: Partial<ExtractedEvent>): ExtractedEvent {
  n++;
  return {
    id: `e${n}`,
    date: '2025-03-21',
    precision: 'day',
    dateSource: 'explicit',
    type: 'meeting',
    actors: ['Sergei Shoigu', 'Kim Jong Un'],
    location: 'Pyongyang',
    summary: 'Shoigu met Kim Jong Un in Pyongyang.',
    start: 0,
    end: 10,
    confidence: 0.8,
    ...over,
  };
}
function art(id: string, source: string | null, published: string, events: ExtractedEvent[]): ArticleExtraction {
  return { id, title: id, published, source, url: null, quotes: [], dates: [], events, entities: [] };
}

describe('clusterDevelopments', () => {
  const reports = [
    art('tass-1', 'TASS', '2025-03-21T10:00:00Z', [ev({ summary: 'Security Council Secretary Sergei Shoigu met Kim Jong Un in Pyongyang on Friday.' })]),
    art('yonhap-1', 'Yonhap', '2025-03-21T12:00:00Z', [ev({ date: '2025-03', precision: 'month', summary: 'Russia’s Shoigu held talks with Kim Jong Un in Pyongyang this month.' })]),
    art('tass-2', 'TASS', '2025-03-22T08:00:00Z', [ev({ dateSource: 'inherited', summary: 'Shoigu met Kim and thanked Pyongyang for its support.' })]),
    art('kcna-1', 'KCNA', '2025-03-20T08:00:00Z', [
      ev({ type: 'weapons-test', date: '2025-03-20', actors: ['North Korea'], location: null, summary: 'North Korea test-launched new anti-aircraft missiles.' }),
    ]),
    art('yonhap-2', 'Yonhap', '2025-06-02T08:00:00Z', [ev({ date: '2025-06-01', summary: 'Shoigu met Kim Jong Un in Pyongyang again on Sunday.' })]),
  ];

  it('reports of one happening become one development with every source', () => {
    const devs = clusterDevelopments(reports);
    const march = devs.find((d) => d.type === 'meeting' && d.date?.startsWith('2025-03'))!;
    expect(march.sources).toEqual(['tass-1', 'yonhap-1', 'tass-2']);
    expect(march.corroboration).toBe(2); // TASS twice counts once
    expect(march).toMatchObject({ date: '2025-03-21', precision: 'day', dateConflict: null, location: 'Pyongyang' });
    expect(march.actors.slice(0, 2)).toEqual(['Sergei Shoigu', 'Kim Jong Un']);
  });

  it('different types and a later meeting of the same people stay apart', () => {
    const devs = clusterDevelopments(reports);
    expect(devs).toHaveLength(3);
    expect(devs.map((d) => d.date)).toEqual(['2025-03-20', '2025-03-21', '2025-06-01']);
  });

  it('ids are deterministic and independent of corpus order', () => {
    const a = clusterDevelopments(reports).map((d) => d.id);
    const b = clusterDevelopments([...reports].reverse()).map((d) => d.id);
    expect(b).toEqual(a);
    expect(clusterDevelopments(reports).map((d) => d.id)).toEqual(a);
  });

  it('outlet falls back to the article id when the source is unknown', () => {
    const devs = clusterDevelopments([
      art('x1', null, '2025-03-21', [ev({})]),
      art('x2', null, '2025-03-21', [ev({ summary: 'Shoigu and Kim Jong Un met in Pyongyang.' })]),
    ]);
    expect(devs).toHaveLength(1);
    expect(devs[0]!.corroboration).toBe(2);
  });

  it('irreconcilable dates are listed with their articles', () => {
    const devs = clusterDevelopments([
      art('a', 'A', '2025-03-21', [ev({ type: 'agreement', date: '2024', precision: 'year', actors: ['Vladimir Putin', 'Kim Jong Un'], summary: 'Putin visited Pyongyang and signed a mutual defense pact with Kim.' })]),
      art('b', 'B', '2025-10-11', [ev({ type: 'agreement', date: '2025-06', precision: 'month', actors: ['Vladimir Putin'], summary: 'The partnership agreement, signed during Putin’s visit to Pyongyang in June 2025.' })]),
      art('c', 'C', '2025-10-12', [ev({ type: 'agreement', date: '2025', precision: 'year', actors: ['Vladimir Putin'], summary: 'The treaty Putin signed in Pyongyang this year.' })]),
    ]);
    expect(devs).toHaveLength(1);
    expect(devs[0]!.dateConflict).toEqual([
      { value: '2024', precision: 'year', articleIds: ['a'] },
      { value: '2025', precision: 'year', articleIds: ['c'] },
      { value: '2025-06', precision: 'month', articleIds: ['b'] },
    ]);
    expect(devs[0]!.date).toBe('2025-06');
  });

  it('interval covers TIMEX values of every precision', () => {
    const day = (s: string) => Math.floor(Date.parse(`${s}T00:00:00Z`) / 86_400_000);
    expect(interval('2025-03-21', 'day')).toEqual([day('2025-03-21'), day('2025-03-21')]);
    expect(interval('2025-02', 'month')).toEqual([day('2025-02-01'), day('2025-02-28')]);
    expect(interval('2025-W12', 'week')).toEqual([day('2025-03-17'), day('2025-03-23')]);
    expect(interval('2025-Q1', 'quarter')).toEqual([day('2025-01-01'), day('2025-03-31')]);
    expect(interval('2024', 'year')).toEqual([day('2024-01-01'), day('2024-12-31')]);
    expect(interval('202', 'decade')).toEqual([day('2020-01-01'), day('2029-12-31')]);
    expect(interval(null, null)).toEqual([null, null]);
  });
});
