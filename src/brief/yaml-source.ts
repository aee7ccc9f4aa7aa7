/** YAML files read with positions, so every problem can point at a file, line and column. */
import { readFile } from 'node:fs/promises';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { Diagnostic } from '../model/diagnostic.js';

export type YamlPath = (string | number)[];

export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

export interface YamlSource {
  file: string;
  /** The file's text as read. */
  text: string;
  doc: Document;
  lines: LineCounter;
  data: unknown;
}

const YAML_HINTS: Record<string, string> = {
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  DUPLICATE_KEY: 'a key may appear once per map: remove or merge the repeated one',
  BAD_INDENT: 'line up the keys of one map at the same column',
  MISSING_CHAR: 'close the quotation mark or bracket',
  BLOCK_AS_IMPLICIT_KEY: 'a key needs `: ` after it, or a value was indented wrongly',
  MULTILINE_IMPLICIT_KEY: 'a key must fit on one line; check the indentation and the `:` on the line before',
};

/** Reads and parses a YAML file; YAML errors (syntax, tabs, duplicate keys) become diagnostics. */
export async function readYaml(file: string): Promise<{ source: YamlSource | null; diagnostics: Diagnostic[] }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { source: null, diagnostics: [{ severity: 'error', file, message: 'cannot read the file', hint: 'check the path', rule: 'brief/missing-file' }] };
  }
  return parseYaml(text, file);
}

export function parseYaml(text: string, file: string): { source: YamlSource | null; diagnostics: Diagnostic[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const diagnostics: Diagnostic[] = doc.errors.map((e) => {
    const pos = lines.linePos(e.pos[0]);
    const message = e.code === 'DUPLICATE_KEY' ? `duplicate key${duplicateKeyName(doc, e.pos[0])}` : (e.message.split('\n')[0] ?? e.message);
    const hint = YAML_HINTS[e.code];
    return { severity: 'error', file, line: pos.line, column: pos.col, message, rule: 'brief/yaml', ...(hint ? { hint } : {}) };
  });
  if (diagnostics.length > 0) return { source: null, diagnostics };
  return { source: { file, text, doc, lines, data: doc.toJS({ maxAliasCount: 100 }) ?? {} }, diagnostics: [] };
}

function duplicateKeyName(doc: Document, offset: number): string {
  let name = '';
  const visit = (node: unknown) => {
    if (!isMap(node)) {
      if (node && typeof node === 'object' && 'items' in node) for (const item of (node as { items: unknown[] }).items) visit(item);
      return;
    }
    for (const pair of node.items) {
      if (isScalar(pair.key) && pair.key.range?.[0] === offset) name = String(pair.key.value);
      visit(pair.value);
    }
  };
  visit(doc.contents);
  return name ? ` \`${name}\`` : '';
}

/** Whether the document has a value (or, with `key`, a key) at the path. */
export function hasPath(source: YamlSource, path: YamlPath): boolean {
  return source.doc.hasIn(path);
}

/** Position of the node at a path; with `key`, of the key itself (so the caret lands on a typo). Falls back to the nearest ancestor. */
export function positionOf(source: YamlSource, path: YamlPath, key = false): SourcePosition & { depth: number } {
  for (let n = path.length; n >= 0; n--) {
    const p = path.slice(0, n);
    const node = n === path.length && key ? keyNode(source.doc, p) : n === 0 ? source.doc.contents : source.doc.getIn(p, true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) {
      const pos = source.lines.linePos(range[0]);
      return { file: source.file, line: pos.line, column: pos.col, depth: n };
    }
    if (n === path.length && key) {
      // the key is absent: point at its map instead
      continue;
    }
  }
  return { file: source.file, line: 1, column: 1, depth: 0 };
}

function keyNode(doc: Document, path: YamlPath): unknown {
  if (path.length === 0) return doc.contents;
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const last = path[path.length - 1];
  return parent.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === last)?.key;
}

/**
 * Position of a character inside a one-line string value: `offset` counts characters of the
 * value as parsed; escapes (`\"` in double quotes, `''` in single quotes) are mapped back.
 * Null for block scalars and values spanning lines.
 */
export function positionInScalar(source: YamlSource, path: YamlPath, offset: number): SourcePosition | null {
  const node = source.doc.getIn(path, true);
  if (!isScalar(node) || !node.range) return null;
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') return null;
  const raw = sourceText(source).slice(node.range[0], node.range[1]);
  let i = 0;
  let decoded = 0;
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') i = 1;
  while (decoded < offset && i < raw.length) {
    const c = raw[i]!;
    if (c === '\n') return null;
    if (node.type === 'QUOTE_DOUBLE' && c === '\\') {
      const next = raw[i + 1];
      i += next === 'x' ? 4 : next === 'u' ? 6 : next === 'U' ? 10 : 2;
    } else if (node.type === 'QUOTE_SINGLE' && c === "'" && raw[i + 1] === "'") i += 2;
    else i += 1;
    decoded++;
  }
  const pos = source.lines.linePos(node.range[0] + i);
  return { file: source.file, line: pos.line, column: pos.col };
}

function sourceText(source: YamlSource): string {
  return source.text;
}
