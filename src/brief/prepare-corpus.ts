/**
 * The corpus a brief selects from, prepared exactly as the build prepares it (load, extract,
 * cluster), for `briefsmith plan` and `briefsmith validate`.
 */
import path from 'node:path';
import { loadCorpus } from '../corpus/index.js';
import { clusterDevelopments } from '../extract/cluster.js';
import type { EntityAlias } from '../extract/aliases.js';
import { extractCorpus } from '../extract/extract-corpus.js';
import type { Article } from '../model/article.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ArticleExtraction, Development } from '../model/extraction.js';

export interface PreparedCorpus {
  articles: Article[];
  extractions: ArticleExtraction[];
  developments: Development[];
  /** Problems reading the corpus (missing folders, bad JSON lines). */
  diagnostics: Diagnostic[];
}

/** Corpus paths are relative to the working directory, as in the build; extraction goes through the same cache. */
export async function prepareCorpus(paths: string[], options: { entities?: readonly EntityAlias[]; cacheDir?: string | false } = {}): Promise<PreparedCorpus> {
  const corpus = await loadCorpus(paths.map((p) => path.resolve(p)));
  const { extractions } = await extractCorpus(corpus.articles, options);
  return { articles: corpus.articles, extractions, developments: clusterDevelopments(extractions), diagnostics: corpus.diagnostics };
}
