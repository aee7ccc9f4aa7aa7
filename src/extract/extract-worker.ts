/** A worker thread of extractCorpus: extracts batches of articles and writes their cache entries. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../model/article.js';
import type { EntityAlias } from './aliases.js';
import { ExtractionCache } from './cache.js';
import { extractArticle } from './extract-article.js';
import { loadTaxonomy } from './events/taxonomy.js';

export interface WorkerSetup {
  taxonomyFile: string | null;
  entities: readonly EntityAlias[] | null;
  cacheDir: string | null;
  configHash: string;
}

export interface WorkerBatch {
  batch: number;
  articles: Article[];
  keys: string[];
}

const setup = workerData as WorkerSetup;
const taxonomy = loadTaxonomy(setup.taxonomyFile ?? undefined);
const cache = setup.cacheDir ? new ExtractionCache(setup.cacheDir, setup.configHash) : null;
const options = setup.entities ? { taxonomy, entities: setup.entities } : { taxonomy };

parentPort?.on('message', (message: WorkerBatch) => {
  try {
    const results = message.articles.map((article, i) => {
      const x = extractArticle(article, options);
      cache?.set(article, x, message.keys[i]);
      return x;
    });
    cache?.flush();
    parentPort?.postMessage({ batch: message.batch, results });
  } catch (err) {
    parentPort?.postMessage({ batch: message.batch, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
});
