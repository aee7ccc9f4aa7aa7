/**
 * The corpus of a build, loaded once and indexed by ISO week, so each edition reads only its
 * week's articles and developments instead of scanning the corpus per brief.
 */
import type { DayRange } from '../brief/period.js';
import { isoWeekOf, isoWeeksBetween } from '../brief/period.js';
import type { Article } from '../model/article.js';
import type { ArticleExtraction, Development } from '../model/extraction.js';
import { sha256 } from './hash.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Buckets items by the ISO week of a day; items without a full day go to `loose` (always considered). */
export class WeekIndex<T> {
  private readonly weeks = new Map<string, T[]>();
  private readonly loose: T[] = [];

  constructor(items: Iterable<T>, dayOf: (item: T) => string | null) {
    for (const item of items) {
      const day = dayOf(item)?.slice(0, 10) ?? null;
      const week = day && DAY.test(day) ? safeWeek(day) : null;
      if (!week) this.loose.push(item);
      else {
        const list = this.weeks.get(week);
        if (list) list.push(item);
        else this.weeks.set(week, [item]);
      }
    }
  }

  /** Every item that may fall in the range: the range's weeks plus the undated/partly dated. */
  candidates(range: DayRange): T[] {
    const out: T[] = [];
    for (const week of isoWeeksBetween(range.from, range.to)) out.push(...(this.weeks.get(week) ?? []));
    out.push(...this.loose);
    return out;
  }
}

function safeWeek(day: string): string | null {
  try {
    const w = isoWeekOf(day);
    return w.includes('NaN') ? null : w;
  } catch {
    return null;
  }
}

export interface IndexedCorpus {
  articles: Article[];
  byId: Map<string, Article>;
  articlesByWeek: WeekIndex<Article>;
  /** Ids and content hashes of every article, in id order. */
  fingerprint: string;
  /** First and last reference day in the corpus. */
  span: DayRange | null;
}

export function indexCorpus(articles: Article[]): IndexedCorpus {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const ids = [...byId.keys()].sort();
  const fingerprint = sha256(...ids.map((id) => `${id}=${byId.get(id)!.contentHash}`));
  let min: string | null = null;
  let max: string | null = null;
  for (const a of articles) {
    const d = a.referenceDate;
    if (!d || !DAY.test(d)) continue;
    if (min === null || d < min) min = d;
    if (max === null || d > max) max = d;
  }
  return {
    articles,
    byId,
    articlesByWeek: new WeekIndex(articles, (a) => a.referenceDate),
    fingerprint,
    span: min && max ? { from: min, to: max } : null,
  };
}

/** Extractions and developments, indexed once per build when some edition needs a selection. */
export interface IndexedExtraction {
  extractionById: Map<string, ArticleExtraction>;
  developmentsByWeek: WeekIndex<Development>;
}

export function indexExtraction(extractions: ArticleExtraction[], developments: Development[]): IndexedExtraction {
  return {
    extractionById: new Map(extractions.map((x) => [x.id, x])),
    developmentsByWeek: new WeekIndex(developments, (d) => d.date),
  };
}

/**
 * The slice of the corpus an edition's selection needs: the period's articles, their
 * extractions, the period's developments and the articles those cite. Selection filters it
 * exactly; the slice only has to contain everything that could pass.
 */
export function sliceForPeriod(corpus: IndexedCorpus, extraction: IndexedExtraction, period: DayRange) {
  const developments = extraction.developmentsByWeek.candidates(period);
  const articles = new Map<string, Article>();
  for (const a of corpus.articlesByWeek.candidates(period)) articles.set(a.id, a);
  const extractions = [...articles.values()].map((a) => extraction.extractionById.get(a.id)).filter((x): x is ArticleExtraction => x !== undefined);
  for (const d of developments) {
    for (const id of d.sources) {
      const a = corpus.byId.get(id);
      if (a && !articles.has(id)) articles.set(id, a);
    }
  }
  return { articles: [...articles.values()], extractions, developments };
}
