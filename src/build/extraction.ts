/**
 * How a build asks for extraction: the corpus's articles through the extraction cache, with
 * the brief's entity aliases (its `aliases:` file, or corpus/entities.yaml).
 */
import type { LoadedBrief } from '../brief/load-brief.js';
import type { EntityAlias } from '../extract/aliases.js';
import { aliasesHash } from '../extract/cache.js';
import type { ExtractCorpusOptions } from '../extract/extract-corpus.js';

export function briefEntities(brief: LoadedBrief): EntityAlias[] {
  return brief.aliases.toEntities();
}

export function extractionOptions(cacheDir: string | null | undefined, brief: LoadedBrief): ExtractCorpusOptions {
  return { cacheDir: cacheDir === null ? false : (cacheDir ?? '.briefsmith-cache'), entities: briefEntities(brief) };
}

/** Briefs over one corpus with the same aliases share one extraction. */
export function extractionKey(corpusKey: string, brief: LoadedBrief): string {
  return `${corpusKey}\u0000${aliasesHash(briefEntities(brief)) ?? ''}`;
}
