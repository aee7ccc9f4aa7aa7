import type { Article } from '../model/article.js';
import type { ArticleExtraction, DateRef, EntityKind } from '../model/extraction.js';
import { extractDates } from './dates/index.js';
import { aliasLookupFrom, recogniseEntities, type AliasInput, type AliasLookup } from './entities/index.js';
import { extractEvents } from './events/index.js';
import { loadTaxonomy, type Taxonomy } from './events/taxonomy.js';
import { extractQuotes } from './quotes/index.js';

export interface ExtractOptions {
  /** A compiled taxonomy (`loadTaxonomy(path)`); the built-in one by default. */
  taxonomy?: Taxonomy;
  /** Alias → canonical names (corpus/entities.yaml through the alias loader), consulted before the built-in gazetteer. */
  aliases?: AliasInput;
  /** Kind of each canonical name in `aliases` (person, organisation, place, country), when known. */
  aliasKinds?: Record<string, EntityKind>;
  /** The date normaliser to use (tests, integration); `extractDates` from src/extract/dates by default. */
  extractDates?: (text: string, referenceDate: string | null) => DateRef[];
}

const lookups = new WeakMap<object, AliasLookup>();

/** Everything Briefsmith extracts from one article, in the JSON contract's shape. */
export function extractArticle(article: Article, options: ExtractOptions = {}): ArticleExtraction {
  const taxonomy = options.taxonomy ?? loadTaxonomy();
  let aliases: AliasLookup | undefined;
  if (options.aliases) {
    aliases = lookups.get(options.aliases);
    if (!aliases) {
      aliases = aliasLookupFrom(options.aliases, options.aliasKinds);
      lookups.set(options.aliases, aliases);
    }
  }
  const dates = (options.extractDates ?? extractDates)(article.text, article.referenceDate);
  const entities = recogniseEntities(article.text, { aliases });
  const events = extractEvents(article, dates, { taxonomy, entities });
  return {
    id: article.id,
    title: article.title,
    published: article.published,
    source: article.source,
    url: article.url,
    quotes: extractQuotes(article),
    dates,
    events,
    entities: entities.map(({ text, canonical, kind, start, end }) => ({ text, canonical, kind, start, end })),
  };
}
