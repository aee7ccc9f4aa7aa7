import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { didYouMean } from '../util/did-you-mean.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { UserError } from '../model/diagnostic.js';
import { briefSchema, type BriefSpec } from './schema.js';

export interface LoadedBrief {
  /** File name without extension: names the output (`output/<name>.pdf`). */
  name: string;
  file: string;
  spec: BriefSpec;
}

/** Reads and validates a brief; every problem in the file is reported at once, with its line. */
export async function loadBrief(file: string): Promise<LoadedBrief> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch {
    throw new UserError({ severity: 'error', file, message: 'cannot read the brief file', hint: 'check the path' });
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const diagnostics: Diagnostic[] = doc.errors.map((e) => {
    const pos = lineCounter.linePos(e.pos[0]);
    return { severity: 'error', file, line: pos.line, column: pos.col, message: e.message.split('\n')[0] ?? e.message, rule: 'brief/yaml' };
  });
  if (diagnostics.length > 0) throw new UserError(diagnostics);

  const result = briefSchema.safeParse(doc.toJS({ maxAliasCount: 100 }) ?? {});
  if (!result.success) {
    throw new UserError(result.error.issues.flatMap((issue) => issueToDiagnostics(issue, doc, lineCounter, file)));
  }
  return { name: path.basename(file).replace(/\.ya?ml$/i, ''), file, spec: result.data };
}

type Path = (string | number)[];

function issueToDiagnostics(issue: z.core.$ZodIssue, doc: Document, lines: LineCounter, file: string): Diagnostic[] {
  const path = issue.path as Path;
  const at = (p: Path, key = false): { line: number; column: number } => {
    const node = nodeAt(doc, p, key);
    const pos = node?.range ? lines.linePos(node.range[0]) : { line: 1, col: 1 };
    return { line: pos.line, column: pos.col };
  };
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysAt(issue);
    return issue.keys.map((key) => {
      const suggestion = didYouMean(key, known);
      const where = path.length ? ` in \`${path.join('.')}\`` : '';
      return {
        severity: 'error' as const,
        file,
        ...at([...path, key], true),
        message: `unknown key \`${key}\`${where}`,
        hint: suggestion ? `did you mean \`${suggestion}\`?` : `known keys: ${known.join(', ')}`,
        rule: 'brief/unknown-key',
      };
    });
  }
  const where = path.length ? `\`${path.join('.')}\`: ` : '';
  return [{ severity: 'error', file, ...at(path), message: `${where}${issue.message}`, rule: 'brief/schema' }];
}

/** The YAML node at a path; with `key`, the key's own node (so the caret lands on the typo). */
function nodeAt(doc: Document, path: Path, key: boolean): { range?: [number, number, number] | null } | undefined {
  if (!key || path.length === 0) return doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  const parent = doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((p) => (p.key as { value?: unknown } | null)?.value === path[path.length - 1]);
  return pair?.key as { range?: [number, number, number] } | undefined;
}

/** Keys the schema accepts where an unknown key was found. Zod does not carry them on the issue. */
function knownKeysAt(issue: z.core.$ZodIssue): string[] {
  let shape: unknown = briefSchema;
  for (const segment of issue.path) {
    shape = unwrap(shape);
    const fields = (shape as { shape?: Record<string, unknown> }).shape;
    shape = fields?.[String(segment)];
  }
  const fields = (unwrap(shape) as { shape?: Record<string, unknown> }).shape;
  return fields ? Object.keys(fields) : [];
}

function unwrap(schema: unknown): unknown {
  let s = schema as { unwrap?: () => unknown; def?: { innerType?: unknown } } | undefined;
  while (s && (typeof s.unwrap === 'function' || s.def?.innerType)) {
    s = (s.def?.innerType ?? s.unwrap?.()) as typeof s;
  }
  return s;
}
