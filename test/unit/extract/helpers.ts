import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { Article } from '../../../src/model/article.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export function article(text: string, over: Partial<Article> = {}): Article {
  const published = over.published ?? '2025-03-21';
  return {
    id: over.id ?? `test-${createHash('sha256').update(text).digest('hex').slice(0, 8)}`,
    title: over.title ?? 'test',
    published,
    source: over.source ?? null,
    url: null,
    tags: [],
    text,
    contentHash: createHash('sha256').update(text).update(published ?? '').digest('hex'),
    dateline: null,
    referenceDate: over.referenceDate ?? (published ? published.slice(0, 10) : null),
    location: { file: 'test', line: 1 },
    metadata: {},
    ...over,
  };
}

/** The shipped seed articles (corpus/*.md), front matter read the way the corpus loader does. */
export function seed(name: 'shoigu' | 'medvedev'): Article {
  const file = path.join(repoRoot, 'corpus', name === 'shoigu' ? '2025-03-21-shoigu-meets-kim.md' : '2025-10-11-medvedev-in-pyongyang.md');
  const raw = readFileSync(file, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n?/.exec(raw)!;
  const meta = parseYaml(m[1]!) as Record<string, unknown>;
  const text = raw.slice(m[0].length).replace(/\r\n?/g, '\n').normalize('NFC').trim();
  const published = meta.published instanceof Date ? meta.published.toISOString().slice(0, 10) : String(meta.published);
  return article(text, { id: String(meta.id), title: String(meta.title), published, source: String(meta.source) });
}
