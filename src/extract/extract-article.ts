import type { Article } from '../model/article.js';
import type { ArticleExtraction, DateRef } from '../model/extraction.js';
import { aliasRecordsOf, aliasTableOf, type AliasTable, type EntityAlias } from './aliases.js';
import { extractDates } from './dates/index.js';
import { aliasLookupFrom, recogniseEntities, type AliasLookup } from './entities/index.js';
import { extractEvents } from './events/index.js';
import { loadTaxonomy, type Taxonomy } from './events/taxonomy.js';
import { extractQuotes } from './quotes/index.js';

export interface ExtractOptions {
  /** A compiled taxonomy (`loadTaxonomy(path)`); the built-in one by default. */
  taxonomy?: Taxonomy;
  /** The project's entities with their aliases (corpus/entities.yaml), consulted before the built-in gazetteer. */
  entities?: readonly EntityAlias[];
  /** The date normaliser to use (tests, integration); `extractDates` from src/extract/dates by default. */
  extractDates?: (text: string, referenceDate: string | null) => DateRef[];
}

const prepared = new WeakMap<object, { lookup: AliasLookup; table: AliasTable }>();

/** Both extractors' views of the alias list, worked out once per list. */
function aliasViews(entities: readonly EntityAlias[]): { lookup: AliasLookup; table: AliasTable } {
  let views = prepared.get(entities);
  if (!views) {
    const { aliases, kinds } = aliasRecordsOf(entities);
    views = { lookup: aliasLookupFrom(aliases, kinds), table: aliasTableOf(entities) };
    prepared.set(entities, views);
  }
  return views;
}

/** Everything Briefsmith extracts from one article, in the JSON contract's shape. */
export function extractArticle(article: Article, options: ExtractOptions = {}): ArticleExtraction {
  const taxonomy = options.taxonomy ?? loadTaxonomy();
  const views = options.entities && options.entities.length > 0 ? aliasViews(options.entities) : null;
  const aliases = views?.lookup;
  const dates = (options.extractDates ?? extractDates)(article.text, article.referenceDate);
  const entities = recogniseEntities(article.text, { aliases });
  const events = extractEvents(article, dates, { taxonomy, entities });
  return {
    id: article.id,
    title: article.title,
    published: article.published,
    source: article.source,
    url: article.url,
    // The recognised entities tell the quotes' pronoun resolution places and bodies from people.
    quotes: extractQuotes(article, views ? { aliases: views.table, entities } : { entities }),
    dates,
    events,
    entities: entities.map(({ text, canonical, kind, start, end }) => ({ text, canonical, kind, start, end })),
  };
}
