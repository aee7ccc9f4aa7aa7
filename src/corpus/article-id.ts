/**
 * Article ids must survive re-loading an unchanged corpus and must not depend on the order
 * files are read in, because briefs pin, exclude and reword items by id.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';

/** Longest id accepted from input; ids end up in file names, URLs and PDF anchors. */
const MAX_ID_LENGTH = 200;

export type GivenId = { ok: true; id: string } | { ok: false; reason: string } | null;

/** The id written in the input, if any and usable. */
export function givenId(value: unknown): GivenId {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string' && typeof value !== 'number') return { ok: false, reason: 'id must be a string' };
  const id = String(value).normalize('NFC').trim();
  if (!id) return null;
  if (id.length > MAX_ID_LENGTH) return { ok: false, reason: `id is longer than ${MAX_ID_LENGTH} characters` };
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f]/.test(id)) return { ok: false, reason: `id '${id.slice(0, 40)}' contains whitespace` };
  return { ok: true, id };
}

/**
 * `corpus/seed/000-shoigu-meets-kim.md` under root `corpus` → `seed/000-shoigu-meets-kim`:
 * POSIX separators on every platform, extension dropped, case kept (lower-casing could merge
 * two files into one id).
 */
export function idFromPath(file: string, root: string): string {
  let rel = path.relative(root, file);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) rel = path.basename(file);
  rel = rel.split(path.sep).join('/');
  const ext = path.posix.extname(rel);
  return (ext ? rel.slice(0, -ext.length) : rel).normalize('NFC');
}

/**
 * A bundle line without an id: the bundle's path id plus a hash of what identifies the story
 * (URL, else title and date, else the text), so inserting or reordering lines changes nothing.
 */
export function idForBundleRecord(
  bundleId: string,
  record: { url: string | null; title: string | null; published: string | null; text: string },
): string {
  const key = record.url ?? (record.title ? `${record.title}\u0000${record.published ?? ''}` : record.text);
  return `${bundleId}/${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
}

/** sha256 of what extraction depends on: the text and the publication date it resolves against. */
export function contentHash(text: string, published: string | null): string {
  return createHash('sha256').update(text).update('\u0000').update(published ?? '').digest('hex');
}
