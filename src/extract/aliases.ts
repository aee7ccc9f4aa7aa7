/**
 * Entity aliases shared across articles, so "Kim Jong-un" in one outlet and "Kim Jong Un" in
 * another end up as one speaker. The table is data (corpus/entities.yaml), not code: analysts
 * add the names their region needs.
 */
import { readFileSync } from 'node:fs';
import { isMap, isSeq, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import { UserError, type Diagnostic } from '../model/diagnostic.js';

/** Canonical name → the other ways articles write it. */
export type AliasTable = Readonly<Record<string, readonly string[]>>;

/** Case, hyphens and full stops vary between outlets and never tell two people apart. */
export function aliasKey(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[-‐‑–.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** alias key → canonical name; the canonical name is its own alias. */
export function aliasIndex(table: AliasTable | undefined): Map<string, string> {
  const index = new Map<string, string>();
  if (!table) return index;
  for (const [canonical, aliases] of Object.entries(table)) {
    index.set(aliasKey(canonical), canonical);
    if (!Array.isArray(aliases)) continue;
    for (const a of aliases) if (typeof a === 'string' && a.trim()) index.set(aliasKey(a), canonical);
  }
  return index;
}

function lineOf(node: Node | null | undefined, counter: LineCounter): number | undefined {
  const at = node?.range?.[0];
  return at === undefined ? undefined : counter.linePos(at).line;
}

/**
 * Read an entities file: `entities: [{ name, kind, aliases: [] }]`. Every problem is reported
 * at once, each with its line, so a user fixes the file in one go.
 */
export function loadAliasFile(path: string): AliasTable {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (err) {
    throw new UserError({
      severity: 'error',
      file: path,
      message: `cannot read the entities file: ${(err as Error).message}`,
      rule: 'aliases/unreadable',
    });
  }
  return parseAliasYaml(source, path);
}

export function parseAliasYaml(source: string, file: string): AliasTable {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false });
  const problems: Diagnostic[] = [];
  const problem = (message: string, node?: Node | null, line?: number, column?: number): void => {
    problems.push({
      severity: 'error',
      file,
      line: line ?? lineOf(node, counter) ?? 1,
      ...(column !== undefined ? { column } : {}),
      message,
      rule: 'aliases/invalid',
    });
  };
  for (const e of doc.errors) {
    const pos = e.linePos?.[0];
    problem(`YAML syntax: ${e.message.split('\n')[0]}`, null, pos?.line ?? 1, pos?.col);
  }
  if (problems.length > 0) throw new UserError(problems);

  const table: Record<string, string[]> = {};
  const root = doc.contents;
  if (!isMap(root)) {
    problem('expected a mapping with an `entities` list at the top', root as Node | null);
    throw new UserError(problems);
  }
  const entities = root.get('entities', true) as Node | undefined;
  if (!isSeq(entities)) {
    problem('`entities` must be a list of { name, kind, aliases }', entities ?? root);
    throw new UserError(problems);
  }
  for (const item of entities.items) {
    const node = item as Node;
    if (!isMap(node)) {
      problem('each entity must be a mapping with `name`, `kind` and `aliases`', node);
      continue;
    }
    const nameNode = node.get('name', true) as Node | undefined;
    if (!isScalar(nameNode) || typeof nameNode.value !== 'string' || !nameNode.value.trim()) {
      problem('entity without a `name` (a non-empty string)', nameNode ?? node);
      continue;
    }
    const name = nameNode.value.trim();
    const aliasesNode = node.get('aliases', true) as Node | undefined;
    const aliases: string[] = [];
    if (aliasesNode !== undefined && aliasesNode !== null) {
      if (!isSeq(aliasesNode)) {
        problem(`\`aliases\` of "${name}" must be a list of strings`, aliasesNode);
        continue;
      }
      for (const a of aliasesNode.items) {
        if (isScalar(a) && typeof a.value === 'string' && a.value.trim()) aliases.push(a.value.trim());
        else problem(`alias of "${name}" must be a non-empty string`, a as Node);
      }
    }
    if (table[name]) {
      problem(`"${name}" is listed twice`, nameNode);
      continue;
    }
    table[name] = aliases;
  }
  if (problems.length > 0) throw new UserError(problems);
  return table;
}
