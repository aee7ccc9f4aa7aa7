/**
 * From extracted articles to what a brief shows: the period and keyword filters, ranking,
 * and citation numbers. Pure: no I/O.
 */
import type { Article } from '../model/article.js';
import type { ArticleExtraction, Development } from '../model/extraction.js';
import type { BriefContext, ContextSource } from './context.js';
import type { LoadedBrief } from './load-brief.js';

export interface SelectionInput {
  brief: LoadedBrief;
  articles: Article[];
  extractions: ArticleExtraction[];
  developments: Development[];
  asOf: string;
}

export function selectForBrief(input: SelectionInput): BriefContext {
  const { spec } = input.brief;
  const { from, to } = spec.period;
  const keywordRes = spec.select.keywords.map((k) => new RegExp(`\\b${escapeRegExp(k)}\\b`, 'i'));
  const matches = (text: string) => keywordRes.length === 0 || keywordRes.some((re) => re.test(text));
  const inPeriod = (date: string | null) => date !== null && date.slice(0, 10) >= from && date.slice(0, 10) <= to;

  const articleById = new Map(input.articles.map((a) => [a.id, a]));
  const sources = new Map<string, ContextSource>();
  const cite = (articleId: string): number => {
    const known = sources.get(articleId);
    if (known) return known.n;
    const a = articleById.get(articleId);
    const source: ContextSource = {
      n: sources.size + 1,
      id: articleId,
      title: a?.title ?? articleId,
      outlet: a?.source ?? null,
      published: a?.published ?? null,
      url: a?.url ?? null,
    };
    sources.set(articleId, source);
    return source.n;
  };

  const developments = input.developments
    .filter((d) => inPeriod(d.date) && matches(d.summary))
    .sort((a, b) => b.corroboration - a.corroboration || b.confidence - a.confidence || (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id))
    .slice(0, spec.limits.developments)
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id))
    .map((d) => ({
      id: d.id,
      date: d.date,
      precision: d.precision,
      dateNote: d.dateConflict ? `Sources differ: ${d.dateConflict.map((c) => c.value).join(' vs ')}` : null,
      type: d.type,
      headline: d.summary,
      actors: d.actors,
      location: d.location,
      corroboration: d.corroboration,
      citations: d.sources.map(cite),
    }));

  const quotes = input.extractions
    .filter((x) => inPeriod(articleById.get(x.id)?.referenceDate ?? x.published))
    .flatMap((x) => x.quotes.filter((q) => q.speaker && !q.partial).map((q) => ({ q, x })))
    .filter(({ q, x }) => matches(q.text) || matches(articleById.get(x.id)?.text ?? ''))
    .sort((a, b) => b.q.confidence - a.q.confidence || a.q.id.localeCompare(b.q.id))
    .slice(0, spec.limits.quotes)
    .map(({ q, x }) => ({
      id: q.id,
      text: q.text,
      partial: q.partial,
      speaker: q.speaker ?? 'Unattributed',
      role: q.speakerRole ?? null,
      via: q.via,
      date: articleById.get(x.id)?.referenceDate ?? null,
      citations: [cite(x.id)],
    }));

  const periodArticles = input.articles.filter((a) => inPeriod(a.referenceDate));
  return {
    brief: {
      name: input.brief.name,
      title: spec.title,
      subtitle: spec.subtitle ?? null,
      audience: spec.audience,
      handling: spec.handling ?? null,
      author: spec.author ?? null,
      organisation: spec.organisation ?? null,
    },
    period: { from, to },
    asOf: input.asOf,
    summary: spec.summary ?? null,
    developments,
    quotes,
    sources: [...sources.values()],
    stats: {
      articlesRead: input.articles.length,
      articlesInPeriod: periodArticles.length,
      outlets: new Set(periodArticles.map((a) => a.source ?? a.id)).size,
      developments: developments.length,
      quotes: quotes.length,
    },
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
