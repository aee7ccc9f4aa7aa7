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
});

const taxonomySchema = z.object({
  version: z.number().optional(),
  background: z.array(z.string()).default([]),
  hedges: z.array(z.string()).default([]),
  types: z.array(typeSchema).min(1),
});

export type EventTypeSpec = z.infer<typeof typeSchema>;

export interface VerbTrigger {
  type: number;
  /** Words that must follow the matched form (multi-word entries). */
  rest: string[];
  form: 'past' | 'present' | 'base' | 'ing';
}

export interface NounTrigger {
  type: number;
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
  typeIndex: Map<string, number>;
}

const IRREGULAR: Record<string, [string, string]> = {
  meet: ['met', 'met'], hold: ['held', 'held'], strike: ['struck', 'struck'], shoot: ['shot', 'shot'],
  send: ['sent', 'sent'], fight: ['fought', 'fought'], give: ['gave', 'given'], seek: ['sought', 'sought'],
  take: ['took', 'taken'], make: ['made', 'made'], lead: ['led', 'led'], win: ['won', 'won'],
  begin: ['began', 'begun'], sell: ['sold', 'sold'], buy: ['bought', 'bought'], bring: ['brought', 'brought'],
  speak: ['spoke', 'spoken'], tell: ['told', 'told'], say: ['said', 'said'], withdraw: ['withdrew', 'withdrawn'],
  oversee: ['oversaw', 'overseen'], swear: ['swore', 'sworn'], run: ['ran', 'run'], hit: ['hit', 'hit'],
  cut: ['cut', 'cut'], set: ['set', 'set'], put: ['put', 'put'], shut: ['shut', 'shut'], lend: ['lent', 'lent'],
  freeze: ['froze', 'frozen'], spread: ['spread', 'spread'], forbid: ['forbade', 'forbidden'],
  expel: ['expelled', 'expelled'], travel: ['travelled', 'traveled'], label: ['labelled', 'labeled'],
  cancel: ['cancelled', 'canceled'], patrol: ['patrolled', 'patrolled'], shell: ['shelled', 'shelled'],
  'shoot down': ['shot down', 'shot down'], rebuff: ['rebuffed', 'rebuffed'], refer: ['referred', 'referred'],
};

/** Inflected forms of a verb lemma (regular rules plus a small irregular table). */
export function inflect(lemma: string): { form: string; kind: VerbTrigger['form'] }[] {
  const w = lemma.toLowerCase();
  const out: { form: string; kind: VerbTrigger['form'] }[] = [{ form: w, kind: 'base' }];
  const cvc = /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(w); // one syllable: ban → banned, visit → visited
  const irregular = IRREGULAR[w];
  if (irregular) {
    out.push({ form: irregular[0], kind: 'past' }, { form: irregular[1], kind: 'past' });
  } else if (w.endsWith('e')) out.push({ form: `${w}d`, kind: 'past' });
  else if (/[^aeiou]y$/.test(w)) out.push({ form: `${w.slice(0, -1)}ied`, kind: 'past' });
  else out.push({ form: cvc ? `${w}${w.slice(-1)}ed` : `${w}ed`, kind: 'past' });
  if (/(?:s|sh|ch|x|z|o)$/.test(w)) out.push({ form: `${w}es`, kind: 'present' });
  else if (/[^aeiou]y$/.test(w)) out.push({ form: `${w.slice(0, -1)}ies`, kind: 'present' });
  else out.push({ form: `${w}s`, kind: 'present' });
  if (/[^e]e$/.test(w)) out.push({ form: `${w.slice(0, -1)}ing`, kind: 'ing' });
  else out.push({ form: cvc ? `${w}${w.slice(-1)}ing` : `${w}ing`, kind: 'ing' });
  return out;
}

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
      const rest = words.slice(1);
      const multi = IRREGULAR[v.toLowerCase()];
      const forms = multi
        ? [{ form: head, kind: 'base' as const }, ...multi.map((f) => ({ form: f.split(' ')[0] ?? f, kind: 'past' as const }))]
        : inflect(head);
      for (const { form, kind } of forms) {
        const list = verbs.get(form) ?? [];
        list.push({ type, rest, form: kind });
        verbs.set(form, list);
      }
    }
    for (const n of t.nouns) {
      const words = n.toLowerCase().trim().split(/\s+/);
      const list = nouns.get(words[0] ?? '') ?? [];
      list.push({ type, rest: words.slice(1) });
      nouns.set(words[0] ?? '', list);
    }
    t.patterns.forEach((p, i) => patterns.push({ type, re: compile(p, `${t.id}.patterns[${i}]`) }));
  });
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
