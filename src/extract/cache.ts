/**
 * The extraction cache, keyed by the article's content hash and everything else that changes
 * its extraction (id, title, source, url, reference date), the extractor version, a hash of the
 * extractor code, the taxonomy and the alias table.
 *
 * Layout: `<dir>/extract-v<VERSION>/<config hash>/<time>-<random>.pack`, each pack a file of
 * JSON lines `{"k": key, "v": VERSION, "x": extraction}`. Entries are buffered and written a
 * pack at a time (temporary file + rename, so a reader never sees half a pack; parallel
 * writers never share a file). Another version or configuration lives in another folder and is
 * never read. An entry that does not parse, carries another key or version, or lacks the
 * contract's shape is a miss: the article is extracted again and the new entry wins.
 *
 * Why packs: on this machine writing 19k one-entry files (sharded, temp + rename) took 11 s,
 * 19k entries in packs of 200 took 65 ms; reading back is ~0.2 s either way.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../model/article.js';
import type { ArticleExtraction } from '../model/extraction.js';
import type { EntityAlias } from './aliases.js';

/** Bump when the extraction output changes in a way the code hash would not show (e.g. data files). */
export const EXTRACTOR_VERSION = 1;

export const DEFAULT_CACHE_DIR = '.briefsmith-cache';

let codeHashMemo: string | null = null;

/**
 * A hash of the extractor's own code (every .ts/.js/.yaml file under src/extract or
 * dist/extract): the cache empties itself when any extractor — ours, the date normaliser, the
 * quote extractor — changes, without anyone remembering to bump a number.
 */
export function extractorCodeHash(): string {
  if (codeHashMemo) return codeHashMemo;
  const root = path.dirname(fileURLToPath(import.meta.url));
  const hash = createHash('sha256').update(`v${EXTRACTOR_VERSION}`);
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      // Clustering runs after the cache and is not part of what it stores.
      else if (/\.(?:ts|js|mjs|ya?ml)$/.test(name) && !name.endsWith('.d.ts') && !name.startsWith('cluster')) hash.update(name).update(readFileSync(full));
    }
  };
  try {
    walk(root);
  } catch {
    // Unreadable install: fall back to the version number alone.
  }
  codeHashMemo = hash.digest('hex').slice(0, 16);
  return codeHashMemo;
}

/** The part of the key shared by every article of a run: version, code, taxonomy, aliases. */
export function extractionConfigHash(parts: { taxonomyHash: string; aliasesHash?: string | null }): string {
  return createHash('sha256')
    .update(`${EXTRACTOR_VERSION}\u0000${extractorCodeHash()}\u0000${parts.taxonomyHash}\u0000${parts.aliasesHash ?? ''}`)
    .digest('hex')
    .slice(0, 24);
}

/** A stable hash of the entity aliases, whatever order the file lists them in. */
export function aliasesHash(entities: readonly EntityAlias[] | null | undefined): string | null {
  if (!entities || entities.length === 0) return null;
  const rows = entities.map((e) => JSON.stringify([e.name, e.kind, [...e.aliases].sort()])).sort();
  return createHash('sha256').update(rows.join('\n')).digest('hex');
}

export interface CacheStats {
  hits: number;
  misses: number;
  /** Entries found but rejected (corrupt, other version, wrong shape). */
  rejected: number;
  writes: number;
}

const PACK_ENTRIES = 256;
const COMPACT_ABOVE = 64;

export class ExtractionCache {
  /** The cache folder as configured (shared by every version and configuration). */
  readonly root: string;
  /** This version's and configuration's folder inside it. */
  readonly dir: string;
  readonly configHash: string;
  readonly stats: CacheStats = { hits: 0, misses: 0, rejected: 0, writes: 0 };
  private index: Map<string, string[]> | null = null;
  private packs: string[] = [];
  private pending: string[] = [];

  constructor(dir: string, configHash: string) {
    this.root = path.resolve(dir);
    this.dir = path.join(this.root, `extract-v${EXTRACTOR_VERSION}`, configHash);
    this.configHash = configHash;
  }

  keyFor(article: Article): string {
    return createHash('sha256')
      .update(
        JSON.stringify([this.configHash, article.contentHash, article.id, article.title, article.published, article.source, article.url, article.referenceDate]),
      )
      .digest('hex');
  }

  /** Reads every pack of this configuration (once); later packs win over earlier ones. */
  private load(): Map<string, string[]> {
    if (this.index) return this.index;
    const index = new Map<string, string[]>();
    let names: string[] = [];
    try {
      names = readdirSync(this.dir).filter((n) => n.endsWith('.pack')).sort();
    } catch {
      // no cache yet
    }
    for (const name of names) {
      let raw: string;
      try {
        raw = readFileSync(path.join(this.dir, name), 'utf8');
      } catch {
        continue;
      }
      for (const line of raw.split('\n')) {
        const key = line.startsWith('{"k":"') ? line.slice(6, 70) : '';
        if (key.length !== 64) continue;
        const list = index.get(key);
        if (list) list.push(line);
        else index.set(key, [line]);
      }
    }
    this.packs = names;
    this.index = index;
    return index;
  }

  get(article: Article, key = this.keyFor(article)): ArticleExtraction | null {
    const lines = this.load().get(key);
    if (!lines) {
      this.stats.misses++;
      return null;
    }
    for (let i = lines.length - 1; i >= 0; i--) {
      try {
        const entry = JSON.parse(lines[i]!) as { k?: unknown; v?: unknown; x?: unknown };
        if (entry.v === EXTRACTOR_VERSION && entry.k === key && isExtraction(entry.x) && entry.x.id === article.id) {
          this.stats.hits++;
          return entry.x;
        }
      } catch {
        // corrupt line: try an older one, else a miss
      }
    }
    this.stats.rejected++;
    this.stats.misses++;
    return null;
  }

  /** Buffers an entry; written with the next full pack or `flush()`. */
  set(article: Article, extraction: ArticleExtraction, key = this.keyFor(article)): void {
    const line = JSON.stringify({ k: key, v: EXTRACTOR_VERSION, x: extraction });
    this.pending.push(line);
    if (this.index) this.index.set(key, [line]);
    if (this.pending.length >= PACK_ENTRIES) this.flush();
  }

  /** Writes buffered entries as one pack (temporary file, then rename). */
  flush(): void {
    if (!this.pending.length) return;
    mkdirSync(this.dir, { recursive: true });
    const name = `${Date.now().toString(36).padStart(10, '0')}-${randomBytes(6).toString('hex')}.pack`;
    const tmp = path.join(this.dir, `.${name}.${process.pid}.tmp`);
    try {
      writeFileSync(tmp, `${this.pending.join('\n')}\n`);
      renameSync(tmp, path.join(this.dir, name));
    } catch (err) {
      rmSync(tmp, { force: true });
      throw err;
    }
    this.stats.writes += this.pending.length;
    this.pending = [];
  }

  /**
   * Many small packs (one per run or worker batch) are merged into one when there are more than
   * `above`: the valid, newest entry of each key, written atomically before the old packs go.
   */
  compact(above = COMPACT_ABOVE): boolean {
    this.flush();
    const index = this.load();
    if (this.packs.length <= above) return false;
    const old = this.packs;
    const keep: string[] = [];
    for (const [key, lines] of index) {
      const line = lines[lines.length - 1]!;
      try {
        const entry = JSON.parse(line) as { k?: unknown; v?: unknown; x?: unknown };
        if (entry.k === key && entry.v === EXTRACTOR_VERSION && isExtraction(entry.x)) keep.push(line);
      } catch {
        // dropped
      }
    }
    this.pending = keep;
    this.stats.writes -= keep.length;
    this.flush();
    for (const name of old) rmSync(path.join(this.dir, name), { force: true });
    this.index = null;
    return true;
  }
}

/** The contract's shape, checked before a cached entry is trusted. */
export function isExtraction(x: unknown): x is ArticleExtraction {
  if (!x || typeof x !== 'object') return false;
  const o = x as Record<string, unknown>;
  if (typeof o.id !== 'string' || typeof o.title !== 'string') return false;
  if (!(o.published === null || typeof o.published === 'string')) return false;
  if (!Array.isArray(o.quotes) || !Array.isArray(o.dates) || !Array.isArray(o.events) || !Array.isArray(o.entities)) return false;
  for (const e of o.events as unknown[]) {
    const ev = e as Record<string, unknown>;
    if (!ev || typeof ev.id !== 'string' || typeof ev.type !== 'string' || typeof ev.summary !== 'string' || !Array.isArray(ev.actors)) return false;
    if (typeof ev.start !== 'number' || typeof ev.end !== 'number' || !(ev.date === null || typeof ev.date === 'string')) return false;
  }
  for (const d of o.dates as unknown[]) {
    const dr = d as Record<string, unknown>;
    if (!dr || typeof dr.value !== 'string' || typeof dr.span !== 'string' || typeof dr.start !== 'number') return false;
  }
  for (const q of o.quotes as unknown[]) {
    const qq = q as Record<string, unknown>;
    if (!qq || typeof qq.id !== 'string' || typeof qq.text !== 'string' || typeof qq.start !== 'number') return false;
  }
  return true;
}
