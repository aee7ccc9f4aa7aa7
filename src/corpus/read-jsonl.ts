/**
 * JSON Lines bundles, streamed: bytes are split at newlines as they arrive and each line is
 * decoded and parsed on its own, so memory stays at one chunk plus one line however big the
 * bundle is, and one broken line costs only that line. A line longer than the article limit
 * is skipped without being buffered, so a newline-free multi-gigabyte file cannot exhaust memory.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { CorpusFile } from './find-files.js';
import { looksBinary } from './decode.js';
import { formatBytes, type CorpusLimits } from './limits.js';
import type { ReadResult } from './raw-article.js';

const NEWLINE = 0x0a;
const decoder = new TextDecoder('utf-8', { fatal: true });

export async function* readJsonLines(file: CorpusFile, limits: CorpusLimits): AsyncGenerator<ReadResult> {
  if (!(await stat(file.path)).isFile()) {
    yield { kind: 'problem', message: 'not a regular file', rule: 'corpus/unreadable' };
    return;
  }
  const stream = createReadStream(file.path, { highWaterMark: 1024 * 1024 });
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let oversized = false;
  let lineNo = 1;
  let first = true;
  let records = 0;
  let total = 0;

  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (first) {
      first = false;
      if (looksBinary(chunk)) {
        stream.destroy();
        yield { kind: 'problem', message: 'binary file (contains NUL bytes), not JSON Lines', rule: 'corpus/binary' };
        return;
      }
    }
    total += chunk.length;
    let start = 0;
    for (let nl = chunk.indexOf(NEWLINE, start); nl >= 0; nl = chunk.indexOf(NEWLINE, start)) {
      const piece = chunk.subarray(start, nl);
      start = nl + 1;
      if (oversized) {
        oversized = false;
        pending = [];
        pendingLength = 0;
        yield tooLong(lineNo++, limits);
        continue;
      }
      if (pendingLength + piece.length > limits.maxArticleBytes) {
        pending = [];
        pendingLength = 0;
        yield tooLong(lineNo++, limits);
        continue;
      }
      const line = pendingLength ? Buffer.concat([...pending, piece]) : piece;
      pending = [];
      pendingLength = 0;
      const result = parseLine(line, lineNo++, file);
      if (result) {
        records++;
        yield result;
      }
    }
    const rest = chunk.subarray(start);
    if (oversized) continue;
    if (pendingLength + rest.length > limits.maxArticleBytes) {
      oversized = true;
      pending = [];
      pendingLength = 0;
    } else if (rest.length) {
      // Copy, so the remainder does not keep the whole 1 MiB chunk alive.
      pending.push(Buffer.from(rest));
      pendingLength += rest.length;
    }
  }
  if (oversized) {
    yield tooLong(lineNo, limits);
  } else if (pendingLength) {
    const result = parseLine(Buffer.concat(pending), lineNo, file);
    if (result) {
      records++;
      yield result;
    }
  }
  if (total === 0) yield { kind: 'problem', message: 'empty file', rule: 'corpus/empty', severity: 'warning' };
  else if (records === 0) yield { kind: 'problem', message: 'no records (only blank lines)', rule: 'corpus/empty', severity: 'warning' };
}

function parseLine(bytes: Uint8Array, line: number, file: CorpusFile): ReadResult | null {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { kind: 'problem', line, message: 'invalid UTF-8 byte sequence; line skipped', rule: 'corpus/encoding' };
  }
  // CRLF files and blank separator lines are normal in hand-edited bundles.
  if (text.endsWith('\r')) text = text.slice(0, -1);
  if (!text.trim()) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const { reason, column } = jsonProblem(e);
    return { kind: 'problem', line, ...(column ? { column } : {}), message: `not valid JSON (${reason}); line skipped`, rule: 'corpus/bad-json' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { kind: 'problem', line, message: 'expected a JSON object (one article per line); line skipped', rule: 'corpus/bad-json' };
  }
  const fields = value as Record<string, unknown>;
  const bodyKey = ['text', 'body', 'content'].find((k) => typeof fields[k] === 'string');
  const body = bodyKey ? (fields[bodyKey] as string) : '';
  const rest: Record<string, unknown> = { ...fields };
  if (bodyKey) delete rest[bodyKey];
  return {
    kind: 'article',
    raw: { format: 'json', fields: rest, fieldLines: {}, body, location: { file: file.display, line }, path: file.path, root: file.root },
  };
}

function tooLong(line: number, limits: CorpusLimits): ReadResult {
  return { kind: 'problem', line, message: `line is longer than ${formatBytes(limits.maxArticleBytes)}; skipped`, rule: 'corpus/too-large' };
}

/** V8 names a 0-based position within the line; the diagnostic gives it as a 1-based column. */
function jsonProblem(e: unknown): { reason: string; column: number | null } {
  const message = ((e as Error).message.split('\n')[0] ?? '').trim();
  const position = /(?: in JSON)? at position (\d+)(?: \(line \d+ column \d+\))?$/.exec(message);
  const reason = (position ? message.slice(0, position.index) : message).replace(/ is not valid JSON$/, '');
  return { reason: reason || 'syntax error', column: position ? Number(position[1]) + 1 : null };
}
