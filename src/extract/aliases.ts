/**
 * Entity aliases shared across articles, so "Kim Jong-un" in one outlet and "Kim Jong Un" in
 * another end up as one speaker. Extraction takes them as plain data (they cross worker
 * threads and key the cache); the project's file, corpus/entities.yaml, is read and checked
 * by the brief module's loader (src/brief/aliases.ts).
 */
import type { EntityKind } from '../model/extraction.js';

/** One entity as the alias file lists it. */
export interface EntityAlias {
  name: string;
  kind: EntityKind | null;
  aliases: readonly string[];
}

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
  // First claim wins, as in the brief's alias map and in entity recognition: a name listed
  // under two entities keeps the first, so quotes, events and selection agree on it.
  const claim = (name: string, canonical: string): void => {
    if (!index.has(aliasKey(name))) index.set(aliasKey(name), canonical);
  };
  for (const [canonical, aliases] of Object.entries(table)) {
    claim(canonical, canonical);
    if (!Array.isArray(aliases)) continue;
    for (const a of aliases) if (typeof a === 'string' && a.trim()) claim(a, canonical);
  }
  return index;
}


/** Canonical name → aliases, the form the quote extractor reads. */
export function aliasTableOf(entities: readonly EntityAlias[]): AliasTable {
  return Object.fromEntries(entities.map((e) => [e.name, e.aliases]));
}

/** Alias → canonical and canonical → kind, the form entity recognition reads. */
export function aliasRecordsOf(entities: readonly EntityAlias[]): { aliases: Record<string, string>; kinds: Record<string, EntityKind> } {
  const aliases: Record<string, string> = {};
  const kinds: Record<string, EntityKind> = {};
  // First claim wins, as in the brief's alias map: a name listed twice keeps its first entity.
  const claim = (name: string, canonical: string) => {
    if (!Object.hasOwn(aliases, name)) aliases[name] = canonical;
  };
  for (const e of entities) {
    claim(e.name, e.name);
    for (const a of e.aliases) claim(a, e.name);
    if (e.kind && !Object.hasOwn(kinds, e.name)) kinds[e.name] = e.kind;
  }
  return { aliases, kinds };
}
