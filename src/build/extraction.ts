/**
 * Extraction for a build, behind one function so the extraction module's own cache
 * (`extractCorpus(articles, { cacheDir })`) can replace it. Until then: `extractArticle` per
 * article, with a cache in `<cacheDir>/extract-<version>.jsonl` keyed by what an extraction
 * reads from an article, so a rebuild extracts only new or changed articles.
 */
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../model/article.js';
import type { ArticleExtraction } from '../model/extraction.js';
import { sha256 } from './hash.js';

export interface ExtractOptions {
  /** Folder for the cache; none: no cache. */
  cacheDir?: string | null;
  toolVersion: string;
}

export interface ExtractStats {
  extracted: number;
  cached: number;
}

export async function extractCorpus(articles: Article[], options: ExtractOptions): Promise<{ extractions: ArticleExtraction[]; stats: ExtractStats }> {
  const { extractArticle } = await import('../extract/extract-article.js');
  const cacheFile = options.cacheDir ? path.join(options.cacheDir, `extract-${options.toolVersion}.jsonl`) : null;
  const cache = cacheFile ? await readCache(cacheFile) : new Map<string, ArticleExtraction>();
  const fresh: string[] = [];
  const stats: ExtractStats = { extracted: 0, cached: 0 };
  const extractions = articles.map((a) => {
    const key = cacheKey(a);
    const hit = cache.get(key);
    if (hit) {
      stats.cached++;
      return hit;
    }
    const x = extractArticle(a);
    cache.set(key, x);
    fresh.push(`${JSON.stringify({ key, x })}\n`);
    stats.extracted++;
    return x;
  });
  if (cacheFile && fresh.length > 0) {
    await mkdir(path.dirname(cacheFile), { recursive: true });
    // Appending whole lines: a torn last line from a killed build is skipped when read.
    await appendFile(cacheFile, fresh.join(''));
  }
  return { extractions, stats };
}

export function cacheKey(a: Article): string {
  return sha256(a.id, a.title, a.source ?? '', a.url ?? '', a.contentHash, a.referenceDate ?? '');
}

async function readCache(file: string): Promise<Map<string, ArticleExtraction>> {
  const map = new Map<string, ArticleExtraction>();
  const text = await readFile(file, 'utf8').catch(() => '');
  for (const line of text.split('\n')) {
    if (!line) continue;
    try {
      const { key, x } = JSON.parse(line) as { key: string; x: ArticleExtraction };
      map.set(key, x);
    } catch {
      // a torn line: extract that article again
    }
  }
  return map;
}
