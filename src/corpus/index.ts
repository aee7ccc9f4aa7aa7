/**
 * Minimal corpus loader for the walking skeleton: Markdown/text files with optional YAML
 * front matter, and JSON Lines bundles. The corpus issue replaces it with the full loader.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { parse as parseYaml } from 'yaml';
import type { Article } from '../model/article.js';
import type { Diagnostic } from '../model/diagnostic.js';

export interface LoadResult {
  articles: Article[];
  diagnostics: Diagnostic[];
}

const ARTICLE_EXTENSIONS = ['md', 'markdown', 'txt', 'jsonl', 'ndjson'];

export async function loadCorpus(paths: string[]): Promise<LoadResult> {
  const articles: Article[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const input of paths) {
    const files = await expand(input, diagnostics);
    for (const file of files) {
      const ext = path.extname(file).slice(1).toLowerCase();
      const raw = await readFile(file, 'utf8');
      if (ext === 'jsonl' || ext === 'ndjson') {
        raw.split('\n').forEach((line, index) => {
          if (!line.trim()) return;
          try {
            const record = JSON.parse(line) as Record<string, unknown>;
            articles.push(toArticle(record, String(record.text ?? ''), file, index + 1));
          } catch {
            diagnostics.push({ severity: 'warning', file, line: index + 1, message: 'not valid JSON; line skipped' });
          }
        });
      } else {
        const match = /^---\n([\s\S]*?)\n---\n?/.exec(raw);
        const meta = match ? ((parseYaml(match[1] ?? '') as Record<string, unknown>) ?? {}) : {};
        const body = match ? raw.slice(match[0].length) : raw;
        articles.push(toArticle({ id: path.basename(file, path.extname(file)), ...meta }, body, file, 1));
      }
    }
  }
  return { articles, diagnostics };
}

async function expand(input: string, diagnostics: Diagnostic[]): Promise<string[]> {
  try {
    const info = await stat(input);
    if (info.isFile()) return [input];
    const found = await glob(`**/*.{${ARTICLE_EXTENSIONS.join(',')}}`, { cwd: input, absolute: false });
    return found.sort().map((f) => path.join(input, f));
  } catch {
    diagnostics.push({ severity: 'error', file: input, message: 'no such file or folder' });
    return [];
  }
}

function toArticle(record: Record<string, unknown>, body: string, file: string, line: number): Article {
  const text = body.replace(/\r\n?/g, '\n').normalize('NFC').trim();
  const published = record.published ?? record.date;
  const publishedIso = published instanceof Date ? published.toISOString() : published ? String(published) : null;
  return {
    id: String(record.id ?? `${path.basename(file)}#${line}`),
    title: String(record.title ?? text.split('\n')[0]?.slice(0, 120) ?? ''),
    published: publishedIso,
    source: record.source ? String(record.source) : null,
    url: record.url ? String(record.url) : null,
    tags: Array.isArray(record.tags) ? record.tags.map(String) : [],
    text,
    contentHash: createHash('sha256').update(text).update(publishedIso ?? '').digest('hex'),
    dateline: null,
    referenceDate: publishedIso ? publishedIso.slice(0, 10) : null,
    location: { file, line },
    metadata: {},
  };
}
