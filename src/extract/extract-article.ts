import type { Article } from '../model/article.js';
import type { ArticleExtraction } from '../model/extraction.js';
import { extractDates } from './dates/index.js';
import { extractEvents } from './events/index.js';
import { extractQuotes } from './quotes/index.js';

/** Everything Briefsmith extracts from one article, in the JSON contract's shape. */
export function extractArticle(article: Article): ArticleExtraction {
  const dates = extractDates(article.text, article.referenceDate);
  return {
    id: article.id,
    title: article.title,
    published: article.published,
    source: article.source,
    url: article.url,
    quotes: extractQuotes(article),
    dates,
    events: extractEvents(article, dates),
    entities: [],
  };
}
