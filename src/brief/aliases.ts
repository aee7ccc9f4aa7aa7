/**
 * Entity aliases: `corpus/entities.yaml` lists each entity once with the other names it goes by,
 * so a brief can select "Kim Jong Un" and match "Kim Jong-un" or "the North Korean leader".
 *
 *   entities:
 *     - name: Kim Jong Un
 *       kind: person
 *       aliases: [Kim Jong-un, Kim]
 */
import { z } from 'zod';
import type { EntityAlias } from '../extract/aliases.js';
import type { EntityKind } from '../model/extraction.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { didYouMean } from '../util/did-you-mean.js';
import { termRegExp } from './expression.js';
import { positionOf, readYaml } from './yaml-source.js';

export const aliasFileSchema = z
  .object({
    entities: z.array(
      z
        .object({
          name: z.string().min(1),
          kind: z.enum(['person', 'organisation', 'place', 'country']).optional(),
          aliases: z.array(z.string()).default([]),
        })
        .strict(),
    ),
  })
  .strict();

export interface EntityEntry {
  name: string;
  kind: string | null;
  aliases: string[];
}

export class AliasMap {
  readonly entities: EntityEntry[];
  private readonly byName = new Map<string, EntityEntry>();

  constructor(entities: EntityEntry[]) {
    this.entities = entities;
    for (const e of entities) {
      for (const n of [e.name, ...e.aliases]) {
        const key = normaliseName(n);
        if (!this.byName.has(key)) this.byName.set(key, e);
      }
    }
  }

  static empty(): AliasMap {
    return new AliasMap([]);
  }

  /** The entities as extraction takes them (plain data: it crosses worker threads and keys the cache). */
  toEntities(): EntityAlias[] {
    return this.entities.map((e) => ({ name: e.name, kind: (e.kind as EntityKind | null) ?? null, aliases: e.aliases }));
  }

  /** The canonical name for a name or alias; the name itself (trimmed) when unknown. */
  canonical(name: string): string {
    return this.byName.get(normaliseName(name))?.name ?? name.trim();
  }

  /** Every way of writing an entity: its name and aliases (just the name when unknown). */
  namesFor(name: string): string[] {
    const entry = this.byName.get(normaliseName(name));
    return entry ? [entry.name, ...entry.aliases] : [name];
  }

  /** Whether a text mentions the entity under any of its names (whole words). */
  mentions(name: string, text: string): boolean {
    return this.namesFor(name).some((n) => termRegExp(n).test(text));
  }

  /** How many times a text mentions the entity ("Sergei Shoigu" counts once, not also as "Shoigu"). */
  countMentions(name: string, text: string): number {
    const names = [...this.namesFor(name)].sort((a, b) => b.length - a.length);
    const re = new RegExp(names.map((n) => `(?:${termRegExp(n).source})`).join('|'), 'giu');
    return [...text.matchAll(re)].length;
  }
}

function normaliseName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s\-‐-―]+/g, ' ').replace(/[’]/g, "'").trim();
}

/** Reads an alias file; problems come back as positioned diagnostics. */
export async function loadAliases(file: string): Promise<{ aliases: AliasMap | null; diagnostics: Diagnostic[] }> {
  const { source, diagnostics } = await readYaml(file);
  if (!source) return { aliases: null, diagnostics };
  const result = aliasFileSchema.safeParse(source.data);
  if (!result.success) {
    return {
      aliases: null,
      diagnostics: result.error.issues.map((issue) => {
        const pos = positionOf(source, issue.path as (string | number)[]);
        const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || 'the file';
        let message = issue.message;
        let hint = 'the format is `entities: [{name, kind, aliases: [...]}]`';
        if (issue.code === 'invalid_value') {
          const options = issue.values.map(String);
          const value = valueAt(source.data, issue.path as (string | number)[]);
          message = `\`${String(value)}\` is not one of ${options.join(', ')}`;
          const guess = didYouMean(String(value), options);
          if (guess) hint = `did you mean \`${guess}\`?`;
        } else if (issue.code === 'invalid_type') {
          message = `expected ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a map' : `a ${issue.expected}`}`;
        } else if (issue.code === 'unrecognized_keys') {
          message = `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')}`;
        }
        return { severity: 'error' as const, file, line: pos.line, column: pos.column, message: `alias file: \`${where}\`: ${message}`, hint, rule: 'brief/aliases' };
      }),
    };
  }
  return { aliases: new AliasMap(result.data.entities.map((e) => ({ name: e.name, kind: e.kind ?? null, aliases: e.aliases }))), diagnostics: [] };
}

function valueAt(root: unknown, p: (string | number)[]): unknown {
  let v = root;
  for (const s of p) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[s] : undefined;
  return v;
}
