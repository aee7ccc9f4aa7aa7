/**
 * Extraction of a whole corpus: cached articles are read back, the rest are extracted —
 * in this thread for a small corpus, across worker threads (one per core) for a large one —
 * and written to the cache. Output order is input order, whatever finishes first.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Article } from '../model/article.js';
import type { ArticleExtraction } from '../model/extraction.js';
import type { EntityAlias } from './aliases.js';
import { aliasesHash, DEFAULT_CACHE_DIR, extractionConfigHash, ExtractionCache } from './cache.js';
import { extractArticle } from './extract-article.js';
import { loadTaxonomy } from './events/taxonomy.js';
import type { WorkerBatch, WorkerSetup } from './extract-worker.js';

export interface ExtractCorpusOptions {
  /** Cache folder (default `.briefsmith-cache` in the working directory); false for none. */
  cacheDir?: string | false;
  /** Worker threads; default one per core. 0 or 1 extracts in this thread. */
  workers?: number;
  /** A user taxonomy YAML; the built-in one by default. */
  taxonomyFile?: string;
  /** The project's entities with their aliases (corpus/entities.yaml, read by the brief module). */
  entities?: readonly EntityAlias[];
  /** Below this many characters to extract, workers are not worth starting. */
  parallelThreshold?: number;
}

export interface ExtractCorpusResult {
  extractions: ArticleExtraction[];
  stats: { articles: number; cacheHits: number; cacheRejected: number; extracted: number; workers: number; ms: number };
}

const BATCH_CHARS = 400_000;

export async function extractCorpus(articles: Article[], options: ExtractCorpusOptions = {}): Promise<ExtractCorpusResult> {
  const started = performance.now();
  const taxonomy = loadTaxonomy(options.taxonomyFile);
  const entities = options.entities && options.entities.length > 0 ? options.entities : null;
  const configHash = extractionConfigHash({ taxonomyHash: taxonomy.hash, aliasesHash: entities ? aliasesHash(entities) : null });
  const cacheDir = options.cacheDir === false ? null : (options.cacheDir ?? DEFAULT_CACHE_DIR);
  const cache = cacheDir ? new ExtractionCache(cacheDir, configHash) : null;

  const out: (ArticleExtraction | undefined)[] = new Array(articles.length);
  const todo: number[] = [];
  const keys: string[] = new Array(articles.length);
  let todoChars = 0;
  articles.forEach((article, i) => {
    if (cache) {
      keys[i] = cache.keyFor(article);
      const hit = cache.get(article, keys[i]);
      if (hit) {
        out[i] = hit;
        return;
      }
    }
    todo.push(i);
    todoChars += article.text.length;
  });

  const wanted = options.workers ?? availableParallelism();
  const workers = todo.length && wanted > 1 && todoChars >= (options.parallelThreshold ?? 1_500_000) ? Math.min(wanted, Math.ceil(todoChars / BATCH_CHARS)) : 0;
  if (workers === 0) {
    const extractOptions = entities ? { taxonomy, entities } : { taxonomy };
    for (const i of todo) {
      const x = extractArticle(articles[i]!, extractOptions);
      cache?.set(articles[i]!, x, keys[i]);
      out[i] = x;
    }
    cache?.flush();
  } else {
    await runWorkers(articles, todo, keys, out, workers, { taxonomyFile: options.taxonomyFile ?? null, entities, cacheDir: cache?.root ?? null, configHash });
  }
  cache?.compact();
  return {
    extractions: out as ArticleExtraction[],
    stats: {
      articles: articles.length,
      cacheHits: cache?.stats.hits ?? 0,
      cacheRejected: cache?.stats.rejected ?? 0,
      extracted: todo.length,
      workers,
      ms: Math.round(performance.now() - started),
    },
  };
}

async function runWorkers(
  articles: Article[],
  todo: number[],
  keys: string[],
  out: (ArticleExtraction | undefined)[],
  count: number,
  setup: WorkerSetup,
): Promise<void> {
  const batches: number[][] = [];
  let cur: number[] = [];
  let chars = 0;
  for (const i of todo) {
    cur.push(i);
    chars += articles[i]!.text.length;
    if (chars >= BATCH_CHARS / 4) {
      batches.push(cur);
      cur = [];
      chars = 0;
    }
  }
  if (cur.length) batches.push(cur);

  const spawn = workerFactory(setup);
  let next = 0;
  const pool: Worker[] = [];
  try {
    await Promise.all(
      Array.from({ length: count }, () =>
        new Promise<void>((resolve, reject) => {
          const worker = spawn();
          pool.push(worker);
          const send = () => {
            if (next >= batches.length) {
              resolve();
              return;
            }
            const batch = next++;
            const ids = batches[batch]!;
            worker.postMessage({ batch, articles: ids.map((i) => articles[i]!), keys: ids.map((i) => keys[i] ?? '') } satisfies WorkerBatch);
          };
          worker.on('message', (m: { batch: number; results?: ArticleExtraction[]; error?: string }) => {
            if (m.error || !m.results) {
              reject(new Error(`extraction worker failed: ${m.error ?? 'no results'}`));
              return;
            }
            const ids = batches[m.batch]!;
            m.results.forEach((x, k) => (out[ids[k]!] = x));
            send();
          });
          worker.on('error', reject);
          worker.on('exit', (code) => {
            if (code !== 0) reject(new Error(`extraction worker exited with code ${code}`));
          });
          send();
        }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}

/**
 * Compiled JavaScript starts the worker module directly. From TypeScript sources (tsx, vitest)
 * a small bootstrap registers tsx's loader inside the worker first: loader hooks of the main
 * thread do not reach worker threads on Node 20.
 */
function workerFactory(setup: WorkerSetup): () => Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  const url = new URL(`./extract-worker${fromSources ? '.ts' : '.js'}`, import.meta.url);
  if (!fromSources) return () => new Worker(url, { workerData: setup });
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return () => new Worker(bootstrap, { eval: true, workerData: setup, execArgv: [] });
}
