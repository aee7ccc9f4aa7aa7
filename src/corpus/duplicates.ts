/**
 * Duplicate detection while streaming: the same id twice, the same story twice (re-sent wire
 * items), and near-copies (a syndicated story with a new headline or a trimmed last paragraph).
 *
 * Near-duplicates use MinHash over 5-word shingles, in its one-permutation form (each shingle
 * hash goes to one of 64 bins, the bin keeps its minimum) so that a shingle costs O(1) rather
 * than 64 hash evaluations, with LSH banding so that each new article is compared only with
 * the few earlier ones that share a band. State per article is ~300 bytes, so memory stays
 * small even when the caller keeps none of the articles.
 */
import type { Article, SourceLocation } from '../model/article.js';

export interface DuplicateFinding {
  kind: 'id' | 'exact' | 'near';
  /** The earlier article the new one duplicates. */
  other: { id: string; location: SourceLocation };
  /** Estimated Jaccard similarity of the shingle sets (1 for exact copies). */
  similarity: number;
}

export interface DuplicateOptions {
  /** Estimated shingle-set Jaccard similarity from which two articles are near-duplicates. */
  nearThreshold?: number;
}

const BINS = 64;
const ROWS_PER_BAND = 4;
const BANDS = BINS / ROWS_PER_BAND;
const SHINGLE = 5;
const EMPTY = 0xffffffff;
/** Boilerplate (market tables, "X said ... Reuter") can put thousands of articles in one bucket. */
const MAX_CANDIDATES = 64;

interface Seen {
  id: string;
  location: SourceLocation;
  sketch: Uint32Array | null;
}

export class DuplicateDetector {
  private readonly byId = new Map<string, SourceLocation>();
  private readonly byText = new Map<string, number>();
  private readonly seen: Seen[] = [];
  private readonly bands: Map<number, number[]>[] = Array.from({ length: BANDS }, () => new Map());
  private readonly threshold: number;

  constructor(options: DuplicateOptions = {}) {
    this.threshold = options.nearThreshold ?? 0.8;
  }

  /** Registers the id; returns where it was first seen when it is taken already. */
  claimId(id: string, location: SourceLocation): SourceLocation | null {
    const first = this.byId.get(id);
    if (first) return first;
    this.byId.set(id, location);
    return null;
  }

  /** Compares the article's text with every earlier one and remembers it. */
  addText(article: Pick<Article, 'id' | 'text' | 'location'>): DuplicateFinding | null {
    const { key, sketch } = fingerprint(article.text);
    const index = this.seen.length;
    this.seen.push({ id: article.id, location: article.location, sketch });

    const same = this.byText.get(key);
    if (same !== undefined) {
      const other = this.seen[same]!;
      return { kind: 'exact', other: { id: other.id, location: other.location }, similarity: 1 };
    }
    this.byText.set(key, index);
    if (!sketch) return null;

    let best: { index: number; similarity: number } | null = null;
    const checked = new Set<number>();
    for (let band = 0; band < BANDS; band++) {
      const bucketKey = bandKey(sketch, band);
      if (bucketKey === null) continue;
      const bucket = this.bands[band]!;
      const members = bucket.get(bucketKey);
      if (members) {
        for (const candidate of members) {
          if (checked.size >= MAX_CANDIDATES) break;
          if (checked.has(candidate)) continue;
          checked.add(candidate);
          const similarity = estimateJaccard(sketch, this.seen[candidate]!.sketch!);
          if (similarity >= this.threshold && (!best || similarity > best.similarity)) best = { index: candidate, similarity };
        }
        members.push(index);
      } else {
        bucket.set(bucketKey, [index]);
      }
    }
    if (!best) return null;
    const other = this.seen[best.index]!;
    return { kind: 'near', other: { id: other.id, location: other.location }, similarity: best.similarity };
  }
}

/**
 * Text fingerprint on case-folded words, so that re-typeset copies (other quotes, other line
 * breaks, other capitalisation) compare equal. Hand-written scanning because it runs over
 * every character of the corpus; a regex with matchAll was several times slower.
 */
export function fingerprint(text: string): { key: string; sketch: Uint32Array | null } {
  const sketch = new Uint32Array(BINS).fill(EMPTY);
  const window = new Uint32Array(SHINGLE);
  let words = 0;
  let whole1 = 0x811c9dc5;
  let whole2 = 0;
  let h = 0x811c9dc5;
  let inWord = false;
  let shingles = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    let folded = -1;
    if (c >= 97 && c <= 122) folded = c;
    else if (c >= 65 && c <= 90) folded = c | 32;
    else if (c >= 48 && c <= 57) folded = c;
    else if (c > 127 && /[\p{L}\p{N}]/u.test(text[i]!)) folded = text[i]!.toLowerCase().charCodeAt(0);
    if (folded >= 0) {
      h = Math.imul(h ^ folded, 0x01000193);
      inWord = true;
      continue;
    }
    if (!inWord) continue;
    inWord = false;
    const word = h >>> 0;
    h = 0x811c9dc5;
    whole1 = Math.imul(whole1 ^ word, 0x01000193);
    whole2 = (Math.imul(whole2, 31) + word) | 0;
    window[words % SHINGLE] = word;
    words++;
    if (words >= SHINGLE) {
      let s = 0;
      for (let k = 0; k < SHINGLE; k++) s = Math.imul(s ^ window[(words + k) % SHINGLE]!, 0x9e3779b1) + k;
      const mixed = fmix32(s);
      const bin = mixed >>> 26;
      const value = mixed & 0x3ffffff;
      if (value < sketch[bin]!) sketch[bin] = value;
      shingles++;
    }
  }
  const key = `${whole1 >>> 0}:${whole2 >>> 0}:${words}`;
  // Too short to judge similarity from shingles: exact matching only.
  return { key, sketch: shingles >= 8 ? sketch : null };
}

export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  let used = 0;
  for (let i = 0; i < BINS; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === EMPTY && y === EMPTY) continue;
    used++;
    if (x === y) same++;
  }
  return used === 0 ? 0 : same / used;
}

function bandKey(sketch: Uint32Array, band: number): number | null {
  let key = 0x811c9dc5;
  let empty = true;
  for (let r = 0; r < ROWS_PER_BAND; r++) {
    const v = sketch[band * ROWS_PER_BAND + r]!;
    if (v !== EMPTY) empty = false;
    key = Math.imul(key ^ v, 0x01000193);
  }
  return empty ? null : key >>> 0;
}

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
