/**
 * Reads one Markdown or plain-text article file: size and binary checks before decoding,
 * strict UTF-8, then optional front matter.
 */
import { open, stat } from 'node:fs/promises';
import type { CorpusFile } from './find-files.js';
import { decodeUtf8, looksBinary } from './decode.js';
import { parseFrontMatter, splitFrontMatter } from './front-matter.js';
import { formatBytes, type CorpusLimits } from './limits.js';
import { normaliseText } from './normalise-text.js';
import type { ReadResult } from './raw-article.js';

export async function readArticleFile(file: CorpusFile, limits: CorpusLimits): Promise<ReadResult | null> {
  let bytes: Buffer;
  // Checked before opening: opening a FIFO or device named like an article would block or
  // never end.
  if (!(await stat(file.path)).isFile()) return problem('not a regular file', 'corpus/unreadable');
  const handle = await open(file.path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > limits.maxArticleBytes) {
      return problem(`file is ${formatBytes(size)}, more than the ${formatBytes(limits.maxArticleBytes)} an article may have`, 'corpus/too-large');
    }
    bytes = await handle.readFile();
  } finally {
    await handle.close();
  }
  if (bytes.length === 0) return problem('empty file', 'corpus/empty', 'warning');
  if (looksBinary(bytes)) return problem('binary file (contains NUL bytes), not text', 'corpus/binary');
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    return { kind: 'problem', line: decoded.line, column: decoded.column, message: 'invalid UTF-8 byte sequence (save the file as UTF-8)', rule: 'corpus/encoding' };
  }
  const text = normaliseText(decoded.text);
  if (!text.trim()) return problem('file contains only whitespace', 'corpus/empty', 'warning');

  const split = splitFrontMatter(text, limits);
  if ('message' in split) return { kind: 'problem', line: split.line, message: split.message, rule: 'corpus/front-matter' };
  if (split.yaml === null && file.readmeInFolder) return null;

  let fields: Record<string, unknown> = {};
  let fieldLines: Record<string, number> = {};
  if (split.yaml !== null) {
    const parsed = parseFrontMatter(split.yaml, split.yamlLine, limits);
    if ('message' in parsed) return { kind: 'problem', line: parsed.line, message: parsed.message, rule: 'corpus/front-matter' };
    fields = parsed.data;
    fieldLines = parsed.keyLines;
  }
  return {
    kind: 'article',
    raw: {
      format: file.kind === 'markdown' ? 'markdown' : 'text',
      fields,
      fieldLines,
      body: split.body,
      location: { file: file.display, line: 1 },
      path: file.path,
      root: file.root,
    },
  };
}

function problem(message: string, rule: string, severity: 'error' | 'warning' = 'error'): ReadResult {
  return { kind: 'problem', message, rule, severity };
}
