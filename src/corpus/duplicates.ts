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
/**
 * Boilerplate (earnings tables: "Shr 12 cts vs 10 cts Net ...") puts thousands of articles in
 * one bucket; past this size a bucket stops growing, which keeps the work per article bounded
 * at the price of missing a copy whose only shared buckets are full (it still shares others).
 */
const MAX_BUCKET = 200;
const MIN_SHARED_BANDS = 2;
const MIN_SHINGLES = 8;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

interface Seen {
  id: string;
  location: SourceLocation;
  sketch: Uint32Array | null;
}

export class DuplicateDetector {
  private readonly byId = new Map<string, SourceLocation>();
  private readonly byText = new Map<string, number>();
  private readonly seen: Seen[] = [];
  /**
   * One map for all bands, keyed by a 30-bit hash of (band, rows) so that keys stay V8 small
   * integers; a bucket holding one article stores the bare index, saving ~300k tiny arrays.
   */
  private readonly buckets = new Map<number, number | number[]>();
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

    // Count, per earlier article, the bands it shares: a true near-copy (J ≥ 0.8) shares about
    // 7 of 16 on average, an unrelated article of the same boilerplate genre rarely more than
    // one, so only articles sharing two or more bands are compared in full.
    const shared = new Map<number, number>();
    for (let band = 0; band < BANDS; band++) {
      const key = bandKey(sketch, band);
      const members = this.buckets.get(key);
      if (members === undefined) {
        this.buckets.set(key, index);
      } else if (typeof members === 'number') {
        shared.set(members, (shared.get(members) ?? 0) + 1);
        this.buckets.set(key, [members, index]);
      } else {
        for (const candidate of members) shared.set(candidate, (shared.get(candidate) ?? 0) + 1);
        if (members.length < MAX_BUCKET) members.push(index);
      }
    }
    let best: { index: number; similarity: number } | null = null;
    for (const [candidate, bands] of shared) {
      if (bands < MIN_SHARED_BANDS) continue;
      const similarity = estimateJaccard(sketch, this.seen[candidate]!.sketch!);
      if (similarity >= this.threshold && (!best || similarity > best.similarity)) best = { index: candidate, similarity };
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
  // The last SHINGLE (= 5) word hashes, oldest first, in locals rather than a ring buffer:
  // this runs once per word of the corpus.
  let w0 = 0;
  let w1 = 0;
  let w2 = 0;
  let w3 = 0;
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
    else if (c > 127) folded = foldUnicode(text, i);
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
    words++;
    if (words >= SHINGLE) {
      let x = Math.imul(w0, 0x9e3779b1) ^ w1;
      x = Math.imul(x, 0x9e3779b1) ^ w2;
      x = Math.imul(x, 0x9e3779b1) ^ w3;
      x = Math.imul(x, 0x9e3779b1) ^ word;
      const mixed = fmix32(x);
      const bin = mixed >>> 26;
      const value = mixed & 0x3ffffff;
      if (value < sketch[bin]!) sketch[bin] = value;
      shingles++;
    }
    w0 = w1;
    w1 = w2;
    w2 = w3;
    w3 = word;
  }
  const key = `${whole1 >>> 0}:${whole2 >>> 0}:${words}`;
  // Too short to judge similarity from shingles: exact matching only.
  if (shingles < MIN_SHINGLES) return { key, sketch: null };
  densify(sketch);
  return { key, sketch };
}

/** Letters and digits outside ASCII, case-folded; -1 for anything else (punctuation, spaces). */
function foldUnicode(text: string, i: number): number {
  const ch = text[i]!;
  return LETTER_OR_DIGIT.test(ch) ? ch.toLowerCase().charCodeAt(0) : -1;
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

/**
 * A short text leaves most of the 64 bins empty, and half-empty bands of unrelated short
 * texts collide all the time. Rotation densification (Shrivastava & Li, ICML 2014) fills an
 * empty bin from the next filled one to its right, offset by the distance, which keeps the
 * estimate unbiased and makes every band meaningful.
 */
function densify(sketch: Uint32Array): void {
  if (!sketch.includes(EMPTY)) return;
  for (let i = 0; i < BINS; i++) {
    if (sketch[i] !== EMPTY) continue;
    for (let d = 1; d < BINS; d++) {
      const v = sketch[(i + d) % BINS]!;
      if (v !== EMPTY && v < 0x4000000) {
        sketch[i] = v + d * 0x4000000;
        break;
      }
    }
  }
}

function bandKey(sketch: Uint32Array, band: number): number {
  let key = Math.imul(0x811c9dc5 ^ band, 0x01000193);
  for (let r = 0; r < ROWS_PER_BAND; r++) key = Math.imul(key ^ sketch[band * ROWS_PER_BAND + r]!, 0x01000193);
  return fmix32(key) & 0x3fffffff;
}

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
