/**
 * YAML front matter: split from the body, then parsed with `yaml` alone. Engines such as
 * gray-matter's `js`/`coffee` front matter evaluate code; a corpus is untrusted input, so
 * only data is ever read, with size and alias limits against resource-exhaustion documents.
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { formatBytes, type CorpusLimits } from './limits.js';

export interface FrontMatterSplit {
  /** The YAML between the fences, or null when the file has no front matter. */
  yaml: string | null;
  body: string;
  /** 1-based line in the file where the YAML starts and where the body starts. */
  yamlLine: number;
  bodyLine: number;
}

export interface FrontMatterProblem {
  line: number;
  message: string;
}

const OPEN = /^---[ \t]*\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

/** `text` must already be normalised (no BOM, LF line ends). */
export function splitFrontMatter(
  text: string,
  limits: Pick<CorpusLimits, 'maxFrontMatterBytes'>,
): FrontMatterSplit | FrontMatterProblem {
  const open = OPEN.exec(text);
  if (!open) return { yaml: null, body: text, yamlLine: 0, bodyLine: 1 };
  const start = open[0].length;
  // Search only within the limit so that a huge file without a closing fence costs nothing.
  const window = text.slice(start, start + limits.maxFrontMatterBytes + 8);
  CLOSE.lastIndex = 0;
  const close = CLOSE.exec(window);
  if (!close) {
    return window.length > limits.maxFrontMatterBytes
      ? { line: 1, message: `front matter is longer than ${formatBytes(limits.maxFrontMatterBytes)} or its closing '---' is missing` }
      : { line: 1, message: "front matter opened with '---' is never closed (add a '---' line after it)" };
  }
  const yaml = window.slice(0, close.index);
  if (Buffer.byteLength(yaml, 'utf8') > limits.maxFrontMatterBytes) {
    return { line: 1, message: `front matter is longer than ${formatBytes(limits.maxFrontMatterBytes)}` };
  }
  const yamlLines = countLines(yaml);
  let bodyStart = start + close.index + close[0].length;
  if (text[bodyStart] === '\n') bodyStart += 1;
  return { yaml, body: text.slice(bodyStart), yamlLine: 2, bodyLine: 2 + yamlLines + 1 };
}

export interface ParsedFrontMatter {
  data: Record<string, unknown>;
  /** 1-based file line of each top-level key, so a bad value can be reported where it is. */
  keyLines: Record<string, number>;
}

export function parseFrontMatter(
  yaml: string,
  firstLine: number,
  limits: Pick<CorpusLimits, 'maxAliasCount'>,
): ParsedFrontMatter | FrontMatterProblem {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: 'core' });
  const error = doc.errors[0];
  if (error) {
    const pos = lineCounter.linePos(error.pos[0]);
    return { line: firstLine + pos.line - 1, message: `malformed front matter: ${firstSentence(error.message)}` };
  }
  if (doc.contents === null) return { data: {}, keyLines: {} };
  if (!isMap(doc.contents)) {
    return { line: firstLine, message: 'front matter must be a mapping of keys to values (key: value)' };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (e) {
    return { line: firstLine, message: `front matter rejected: ${firstSentence((e as Error).message)}` };
  }
  const keyLines: Record<string, number> = {};
  for (const pair of doc.contents.items) {
    if (isScalar(pair.key) && pair.key.range) {
      keyLines[String(pair.key.value)] = firstLine + lineCounter.linePos(pair.key.range[0]).line - 1;
    }
  }
  return { data: (data ?? {}) as Record<string, unknown>, keyLines };
}

function countLines(s: string): number {
  if (!s) return 0;
  let n = 1;
  for (let i = s.indexOf('\n'); i >= 0 && i < s.length - 1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

function firstSentence(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}
