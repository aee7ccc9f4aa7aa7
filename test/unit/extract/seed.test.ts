/**
 * The two seed articles: the Shoigu–Kim meeting on Friday 21 March 2025, the missile test a day
 * before it, and the treaty both articles date differently (2024 vs June 2025).
 */
import { describe, expect, it } from 'vitest';
import { clusterDevelopments } from '../../../src/extract/cluster.js';
import { extractArticle } from '../../../src/extract/extract-article.js';
import type { AnchoredDateRef } from '../../../src/extract/events/index.js';
import type { Article } from '../../../src/model/article.js';
import type { ArticleExtraction, Precision } from '../../../src/model/extraction.js';
import { seed } from './helpers.js';

type Spec = [span: string, value: string, precision: Precision, anchor?: { phrase: string; offsetDays: number }];

/** DateRefs as the real normaliser will give them, placed at each span's next occurrence. */
function normaliser(specs: Spec[]) {
  return (text: string): AnchoredDateRef[] => {
    const out: AnchoredDateRef[] = [];
    const from = new Map<string, number>();
    for (const [span, value, precision, anchor] of specs) {
      const start = text.indexOf(span, from.get(span) ?? 0);
      if (start < 0) throw new Error(`span not in text: ${span}`);
      from.set(span, start + span.length);
      out.push({ span, value, precision, start, end: start + span.length, resolution: anchor ? 'unresolved' : 'relative-to-publication', ...(anchor ? { anchor } : {}) });
    }
    return out.sort((a, b) => a.start - b.start);
  };
}

const SHOIGU: Spec[] = [
  ['on Friday', '2025-03-21', 'day'],
  ['earlier this year', '2025', 'year'],
  ["A day before Shoigu's arrival", '', 'day', { phrase: "Shoigu's arrival", offsetDays: -1 }],
  ['Last year', '2024', 'year'],
  ['October 2024', '2024-10', 'month'],
];
const MEDVEDEV: Spec[] = [
  ['October 11, 2025', '2025-10-11', 'day'],
  ['on Saturday', '2025-10-11', 'day'],
  ['earlier this year', '2025', 'year'],
  ['June 2025', '2025-06', 'month'],
  ['February 2022', '2022-02', 'month'],
  ['June 2025', '2025-06', 'month'],
  ['June 2025', '2025-06', 'month'],
];

const extract = (a: Article, specs?: Spec[]): ArticleExtraction => extractArticle(a, specs ? { extractDates: normaliser(specs) } : {});
const find = (x: ArticleExtraction, type: string, words: RegExp) => x.events.find((e) => e.type === type && words.test(x.events.length ? e.summary : ''));

describe('seed articles with the date normaliser’s DateRefs', () => {
  const shoigu = extract(seed('shoigu'), SHOIGU);
  const medvedev = extract(seed('medvedev'), MEDVEDEV);

  it('the Shoigu–Kim meeting is on 2025-03-21, with both as actors, in Pyongyang’s story', () => {
    const meeting = find(shoigu, 'meeting', /Shoigu met with North Korean leader Kim Jong Un/)!;
    expect(meeting).toMatchObject({ date: '2025-03-21', precision: 'day' });
    expect(meeting.actors).toEqual(expect.arrayContaining(['Sergei Shoigu', 'Kim Jong Un']));
  });

  it('the missile test, "a day before Shoigu’s arrival", resolves against the meeting: 2025-03-20', () => {
    const test = find(shoigu, 'weapons-test', /test-launched/)!;
    expect(test).toMatchObject({ date: '2025-03-20', precision: 'day', dateSource: 'relative' });
    expect(test.actors).toContain('North Korea');
    expect(test.actors).not.toContain('Sergei Shoigu'); // he only dates it
    // "Kim oversaw the launches" right after: the same test, the same day.
    expect(find(shoigu, 'weapons-test', /oversaw the launches/)).toMatchObject({ date: '2025-03-20', dateSource: 'inherited' });
  });

  it('"Last year, Putin visited Pyongyang and signed…" is a 2024 agreement, precision year', () => {
    const treaty = find(shoigu, 'agreement', /signed a major mutual defense pact/)!;
    expect(treaty).toMatchObject({ date: '2024', precision: 'year', dateSource: 'relative', location: 'Pyongyang' });
    expect(treaty.actors).toEqual(['Vladimir Putin', 'Kim Jong Un']);
  });

  it('"signed in June 2025" in the Medvedev article is 2025-06', () => {
    expect(find(medvedev, 'agreement', /signed in June 2025/)).toMatchObject({ date: '2025-06', precision: 'month' });
  });

  it('the Medvedev–Kim meeting takes the dateline’s Saturday', () => {
    const meeting = medvedev.events.find((e) => e.type === 'meeting' && e.actors.includes('Dmitry Medvedev'))!;
    expect(meeting).toMatchObject({ date: '2025-10-11', precision: 'day' });
    expect(meeting.actors).toEqual(expect.arrayContaining(['Dmitry Medvedev', 'Kim Jong Un']));
  });

  it('background sentences get no date', () => {
    expect(find(shoigu, 'denial', /historically denied/)).toMatchObject({ date: null, dateSource: 'none' });
  });

  it('the treaty is ONE development, with both articles and a date conflict 2024 vs 2025-06', () => {
    const developments = clusterDevelopments([shoigu, medvedev]);
    const treaty = developments.filter((d) => d.events.some((e) => /mutual defense pact|signed in June 2025/.test(e.summary)));
    expect(treaty).toHaveLength(1);
    const d = treaty[0]!;
    expect(d.type).toBe('agreement');
    expect(d.sources).toEqual(['2025-03-21-shoigu-meets-kim', '2025-10-11-medvedev-in-pyongyang']);
    expect(d.corroboration).toBe(2);
    expect(d.dateConflict).not.toBeNull();
    const values = Object.fromEntries(d.dateConflict!.map((c) => [c.value, c.articleIds]));
    expect(values['2024']).toEqual(['2025-03-21-shoigu-meets-kim']);
    expect(values['2025-06']).toEqual(['2025-10-11-medvedev-in-pyongyang']);
    // The most precise date any source gives.
    expect(d).toMatchObject({ date: '2025-06', precision: 'month' });
  });

  it('one article telling the missile test twice gives one development on 2025-03-20', () => {
    const tests = clusterDevelopments([shoigu]).filter((d) => d.type === 'weapons-test');
    expect(tests).toHaveLength(1);
    expect(tests[0]).toMatchObject({ date: '2025-03-20', corroboration: 1 });
    expect(tests[0]!.events).toHaveLength(2);
  });

  it('development ids do not depend on corpus order', () => {
    const a = clusterDevelopments([shoigu, medvedev]).map((d) => d.id).sort();
    const b = clusterDevelopments([medvedev, shoigu]).map((d) => d.id).sort();
    expect(a).toEqual(b);
  });
});

describe('anchored dates', () => {
  const text = 'Kim Jong Un met Sergei Lavrov in Wonsan on Saturday. Two days after Lavrov’s visit, North Korea fired a ballistic missile.';
  const refs = (anchor: { phrase: string; offsetDays: number }, value = '') =>
    normaliser([
      ['on Saturday', '2025-07-12', 'day'],
      ['Two days after Lavrov’s visit', value, 'day', anchor],
    ]);

  it('resolve against the dated event of the named actor', () => {
    const x = extractArticle({ ...seed('shoigu'), id: 'anchor', text, contentHash: 'x' }, { extractDates: refs({ phrase: 'Lavrov’s visit', offsetDays: 2 }) });
    expect(x.events.map((e) => [e.type, e.date, e.dateSource])).toEqual([
      ['meeting', '2025-07-12', 'relative'],
      ['weapons-test', '2025-07-14', 'relative'],
    ]);
  });

  it('a DateRef the normaliser already resolved is taken as it is', () => {
    const x = extractArticle({ ...seed('shoigu'), id: 'anchor2', text, contentHash: 'y' }, { extractDates: (t) => refs({ phrase: 'Lavrov’s visit', offsetDays: 2 }, '2025-07-14')(t).map((d) => ({ ...d, resolution: 'relative-to-date' as const })) });
    expect(x.events[1]).toMatchObject({ date: '2025-07-14', dateSource: 'relative' });
  });
});

describe('seed articles through the whole pipeline (whatever date normaliser is installed)', () => {
  const shoigu = extract(seed('shoigu'));
  const medvedev = extract(seed('medvedev'));

  it('meeting on 2025-03-21, missile test on 2025-03-20', () => {
    expect(find(shoigu, 'meeting', /Shoigu met with/)).toMatchObject({ date: '2025-03-21' });
    expect(find(shoigu, 'weapons-test', /test-launched/)).toMatchObject({ date: '2025-03-20' });
  });

  it('the treaty dates are flagged as conflicting', () => {
    const d = clusterDevelopments([shoigu, medvedev]).find((x) => x.events.some((e) => /mutual defense pact/.test(e.summary)))!;
    expect(d.sources).toContain('2025-10-11-medvedev-in-pyongyang');
    const values = d.dateConflict!.map((c) => c.value);
    expect(values.some((v) => v.startsWith('2024'))).toBe(true);
    expect(values).toContain('2025-06');
  });
});
