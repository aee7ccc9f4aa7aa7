/**
 * The event taxonomy: a user-editable YAML file (see taxonomy.yaml beside this module for the
 * format) compiled into word-form look-up tables and regular expressions.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { UserError } from '../../model/diagnostic.js';
import { inflect, nounKey, type VerbForm } from './inflect.js';

export { inflect, nounKey } from './inflect.js';

const typeSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'lower-case letters, digits and hyphens'),
  label: z.string().optional(),
  plover: z.string().optional(),
  family: z.string().optional(),
  weight: z.number().positive().default(1),
  windowDays: z.number().nonnegative().default(3),
  /** Reports further apart than windowDays but within this are the same happening only on strong evidence (a date conflict). */
  conflictWindowDays: z.number().nonnegative().optional(),
  verbs: z.array(z.string()).default([]),
  nouns: z.array(z.string()).default([]),
  patterns: z.array(z.string()).default([]),
  /** Sentences matching any of these are never this type ("demand was met", "meet a deadline"). */
  exclude: z.array(z.string()).default([]),
  /**
   * A trigger of this type takes the happening in its complement as its own object: "refused to
   * meet" is a refusal, "urged Iran to withdraw" a demand, so triggers it governs do not count.
   */
  governs: z.boolean().default(false),
  /** The type an announced intention of this becomes ("will impose sanctions" → threat). Absent: unchanged. */
  intent: z.string().optional(),
  /** The type a negated commitment of this becomes ("will not withdraw" → denial). Absent: no event. */
  negated: z.string().optional(),
  /** Whether an -ing form outside a progressive ("…, killing two", "by attacking") counts as a trigger. */
  gerunds: z.boolean().default(true),
});

const taxonomySchema = z.object({
  version: z.number().optional(),
  background: z.array(z.string()).default([]),
  hedges: z.array(z.string()).default([]),
  /** The type an intention announced with a condition on the other side becomes ("will withdraw unless…"). */
  ultimatum: z.string().optional(),
  types: z.array(typeSchema).min(1),
});

export type EventTypeSpec = z.infer<typeof typeSchema>;

/** A word a multi-word entry needs after its first: a particle right after it, or a noun a few words on. */
export interface RestWord {
  /** The word, or for nouns its number-neutral key (`nounKey`). */
  word: string;
  /** Particles ("off" in "call off") must follow at once; a noun may have up to three words before it. */
  particle: boolean;
}

export interface VerbTrigger {
  type: number;
  /** Words that must follow the matched form (multi-word entries). */
  rest: RestWord[];
  form: VerbForm;
}

export interface NounTrigger {
  type: number;
  /** The following words, as number-neutral keys. */
  rest: string[];
}

export interface Taxonomy {
  types: EventTypeSpec[];
  /** sha256 of the source text: part of the extraction cache key. */
  hash: string;
  /** Where it came from (a path, or "built-in"). */
  origin: string;
  verbs: Map<string, VerbTrigger[]>;
  nouns: Map<string, NounTrigger[]>;
  /** Per type: its patterns, and one combined pre-filter for all of them. */
  patterns: { type: number; re: RegExp }[];
  anyPattern: RegExp | null;
  background: RegExp | null;
  hedge: RegExp | null;
  /** Per type index: the type's exclusion patterns joined, or null. */
  exclude: (RegExp | null)[];
  /** Per type index: does it govern its complement, and what its intended and negated reports become (-1: no event). */
  governs: boolean[];
  intent: number[];
  negated: number[];
  /** Index of the `ultimatum` type, or null. */
  ultimatum: number | null;
  typeIndex: Map<string, number>;
}

/** Words that belong to a phrasal verb rather than to its object ("call off", "pull out", "shoot down"). */
const PARTICLES = new Set(['off', 'up', 'down', 'out', 'back', 'on', 'in', 'over', 'into', 'away', 'to', 'for', 'with', 'from', 'against', 'of', 'at', 'by']);

export function compileTaxonomy(source: string, origin: string): Taxonomy {
  let raw: unknown;
  try {
    raw = parseYaml(source);
  } catch (err) {
    throw new UserError({ severity: 'error', file: origin, message: `taxonomy is not valid YAML: ${(err as Error).message}`, rule: 'taxonomy/bad-yaml' });
  }
  const parsed = taxonomySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UserError({
      severity: 'error',
      file: origin,
      message: `taxonomy: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
      rule: 'taxonomy/invalid',
    });
  }
  const spec = parsed.data;
  const verbs = new Map<string, VerbTrigger[]>();
  const nouns = new Map<string, NounTrigger[]>();
  const patterns: { type: number; re: RegExp }[] = [];
  const compile = (p: string, where: string): RegExp => {
    try {
      return new RegExp(p, 'i');
    } catch (err) {
      throw new UserError({ severity: 'error', file: origin, message: `taxonomy: ${where}: bad pattern: ${(err as Error).message}`, rule: 'taxonomy/bad-pattern' });
    }
  };
  const typeIndex = new Map<string, number>();
  spec.types.forEach((t, type) => {
    if (typeIndex.has(t.id)) throw new UserError({ severity: 'error', file: origin, message: `taxonomy: type "${t.id}" is defined twice`, rule: 'taxonomy/duplicate' });
    typeIndex.set(t.id, type);
    for (const v of t.verbs) {
      const words = v.toLowerCase().trim().split(/\s+/);
      const head = words[0] ?? '';
      // Particles stay as written; a noun ("sanctions") matches either number.
      const rest = words.slice(1).map((w, k) => (PARTICLES.has(w) && words.slice(1, k + 1).every((p) => PARTICLES.has(p)) ? { word: w, particle: true } : { word: nounKey(w), particle: false }));
      for (const { form, kind } of inflect(head)) {
        const list = verbs.get(form) ?? [];
        list.push({ type, rest, form: kind });
        verbs.set(form, list);
      }
    }
    for (const n of t.nouns) {
      const words = n.toLowerCase().trim().split(/\s+/).map(nounKey);
      const list = nouns.get(words[0] ?? '') ?? [];
      list.push({ type, rest: words.slice(1) });
      nouns.set(words[0] ?? '', list);
    }
    t.patterns.forEach((p, i) => patterns.push({ type, re: compile(p, `${t.id}.patterns[${i}]`) }));
  });
  const typeRef = (t: EventTypeSpec, field: 'intent' | 'negated'): number | null => {
    const id = t[field];
    if (id === undefined) return null;
    const index = typeIndex.get(id);
    if (index === undefined) throw new UserError({ severity: 'error', file: origin, message: `taxonomy: ${t.id}.${field}: no type "${id}"`, rule: 'taxonomy/invalid' });
    return index;
  };
  const ultimatum = (): number | null => {
    if (spec.ultimatum === undefined) return null;
    const index = typeIndex.get(spec.ultimatum);
    if (index === undefined) throw new UserError({ severity: 'error', file: origin, message: `taxonomy: ultimatum: no type "${spec.ultimatum}"`, rule: 'taxonomy/invalid' });
    return index;
  };
  const join = (list: string[], what: string) =>
    list.length ? compile(list.map((p, i) => (compile(p, `${what}[${i}]`), `(?:${p})`)).join('|'), what) : null;
  return {
    types: spec.types,
    hash: createHash('sha256').update(source).digest('hex'),
    origin,
    verbs,
    nouns,
    patterns,
    anyPattern: join(spec.types.flatMap((t) => t.patterns), 'patterns'),
    background: join(spec.background, 'background'),
    hedge: join(spec.hedges, 'hedges'),
    exclude: spec.types.map((t) => join(t.exclude, `${t.id}.exclude`)),
    governs: spec.types.map((t) => t.governs),
    // Without `intent`, an intention keeps its type (a planned meeting is still a meeting).
    intent: spec.types.map((t, i) => typeRef(t, 'intent') ?? i),
    negated: spec.types.map((t) => typeRef(t, 'negated') ?? -1),
    ultimatum: ultimatum(),
    typeIndex,
  };
}

/** The taxonomy shipped with Briefsmith (src/extract/events/taxonomy.yaml). */
export function builtinTaxonomyPath(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.join(here, 'taxonomy.yaml'), path.resolve(here, '..', '..', '..', 'src', 'extract', 'events', 'taxonomy.yaml')];
  return candidates.find((p) => existsSync(p)) ?? candidates[0]!;
}

const loaded = new Map<string, Taxonomy>();

/** Loads and compiles a taxonomy YAML (the built-in one when no path is given); memoised per path. */
export function loadTaxonomy(file?: string): Taxonomy {
  const target = path.resolve(file ?? builtinTaxonomyPath());
  const known = loaded.get(target);
  if (known) return known;
  let source: string;
  try {
    source = readFileSync(target, 'utf8');
  } catch {
    throw new UserError({ severity: 'error', file: file ?? target, message: 'taxonomy file not found', rule: 'taxonomy/missing' });
  }
  const taxonomy = compileTaxonomy(source, file ?? 'built-in');
  loaded.set(target, taxonomy);
  return taxonomy;
}
