/**
 * Reading a brief: YAML with positions, `extends` chains, validation, normal form.
 * Every problem in a file (and in the files it extends) is reported at once, each at its
 * file, line and column, with the likely fix.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { Diagnostic } from '../model/diagnostic.js';
import { UserError } from '../model/diagnostic.js';
import { didYouMean } from '../util/did-you-mean.js';
import { AliasMap, loadAliases } from './aliases.js';
import { ExpressionError, parseExpression } from './expression.js';
import { isTimeZone, knownTimeZones, parsePeriod } from './period.js';
import {
  briefSchema,
  DEFAULT_SECTIONS,
  type BooleanFilter,
  type BriefInput,
  type BriefSpec,
  type MatchExpr,
  type PeriodSpec,
} from './schema.js';
import { positionOf, readYaml, positionInScalar, type SourcePosition, type YamlPath, type YamlSource } from './yaml-source.js';

export type { SourcePosition } from './yaml-source.js';

export interface LoadedBrief {
  /** File name without extension: names the output (`output/<name>.pdf`). */
  name: string;
  file: string;
  spec: BriefSpec;
  /** The brief and every file it extends, the brief first. */
  files: string[];
  /** The entity alias map (from `aliases:`, or corpus/entities.yaml when present); empty when none. */
  aliases: AliasMap;
  /** Where a setting was written (in this file or the one it inherits it from), for diagnostics. */
  locate(path: YamlPath, key?: boolean): SourcePosition;
}

export interface LoadBriefOptions {
  /**
   * Accept an `abstract: true` base (for `validate`); by default loading one is an error, so
   * `build` never renders a base meant only to be extended.
   */
  allowAbstract?: boolean;
}

/** Reads and validates a brief; every problem in the file is reported at once, with its line. */
export async function loadBrief(file: string, options: LoadBriefOptions = {}): Promise<LoadedBrief> {
  const diagnostics: Diagnostic[] = [];
  const layers = await loadLayers(file, [], diagnostics, null);
  if (layers.length === 0 || diagnostics.some((d) => d.severity === 'error')) throw new UserError(sortDiagnostics(diagnostics));

  const locate = (p: YamlPath, key = false): SourcePosition => locateIn(layers, p, key);
  const merged = mergeLayers(layers);
  const own = layers[0]!.data as Record<string, unknown>;
  merged.abstract = own.abstract;

  const result = briefSchema.safeParse(merged);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.path[0] === 'period') continue; // checked below, with better messages
      diagnostics.push(...issueToDiagnostics(issue, [], merged, locate));
    }
  }
  const input = (result.success ? result.data : merged) as BriefInput;
  const spec = checkAndNormalize(input, merged, layers, locate, diagnostics, options);
  let aliases = AliasMap.empty();
  if (spec) {
    const aliasFile = spec.aliases ?? spec.corpus.map((c) => path.join(c, 'entities.yaml')).find((f) => existsSync(f)) ?? null;
    if (aliasFile) {
      const loaded = await loadAliases(aliasFile);
      if (loaded.aliases) aliases = loaded.aliases;
      for (const d of loaded.diagnostics) {
        if (spec.aliases && d.rule === 'brief/missing-file') {
          const at = locate(['aliases']);
          let guess: string | null = null;
          try {
            guess = didYouMean(path.basename(aliasFile), readdirSync(path.dirname(aliasFile)));
          } catch {
            guess = null;
          }
          diagnostics.push({
            severity: 'error',
            file: at.file,
            line: at.line,
            column: at.column,
            message: `\`aliases\`: cannot read the alias file \`${aliasFile}\``,
            hint: guess ? `did you mean \`${path.join(path.dirname(aliasFile), guess)}\`?` : 'the path is relative to the working directory',
            rule: 'brief/aliases-missing',
          });
        }
        else diagnostics.push(d);
      }
    }
  }
  if (!spec || diagnostics.some((d) => d.severity === 'error')) throw new UserError(sortDiagnostics(diagnostics));
  return { name: path.basename(file).replace(/\.ya?ml$/i, ''), file, spec, files: layers.map((l) => l.file), aliases, locate };
}

// ---------------------------------------------------------------------------------------------
// extends
// ---------------------------------------------------------------------------------------------

/** The brief and the files it extends, most derived first. */
async function loadLayers(file: string, chain: string[], diagnostics: Diagnostic[], from: { layer: YamlSource; value: string } | null): Promise<YamlSource[]> {
  const { source, diagnostics: yamlProblems } = await readYaml(file);
  if (!source) {
    if (from && yamlProblems.some((d) => d.rule === 'brief/missing-file')) {
      const at = positionOf(from.layer, ['extends']);
      const dir = path.dirname(file);
      let guess: string | null = null;
      try {
        guess = didYouMean(path.basename(file), readdirSync(dir).filter((f) => /\.ya?ml$/i.test(f)));
      } catch {
        guess = null;
      }
      diagnostics.push({
        severity: 'error',
        file: from.layer.file,
        line: at.line,
        column: at.column,
        message: `\`extends\`: cannot read \`${from.value}\` (looked for ${file})`,
        hint: guess ? `did you mean \`${path.join(path.dirname(from.value), guess)}\`?` : 'the path is relative to the brief file',
        rule: 'brief/extends-missing',
      });
    } else diagnostics.push(...yamlProblems);
    return [];
  }
  const data = source.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    diagnostics.push({ severity: 'error', file, line: 1, column: 1, message: 'a brief is a map of settings (`title: …`, `period: …`)', rule: 'brief/schema' });
    return [];
  }
  const ext = (data as Record<string, unknown>).extends;
  if (typeof ext !== 'string') return [source];
  const target = path.normalize(path.join(path.dirname(file), ext));
  const seen = [...chain, file];
  if (seen.some((f) => path.resolve(f) === path.resolve(target))) {
    const at = positionOf(source, ['extends']);
    diagnostics.push({
      severity: 'error',
      file,
      line: at.line,
      column: at.column,
      message: `\`extends\` cycle: ${[...seen, target].join(' → ')}`,
      hint: 'remove `extends` from one of these files',
      rule: 'brief/extends-cycle',
    });
    return [source];
  }
  return [source, ...(await loadLayers(target, seen, diagnostics, { layer: source, value: ext }))];
}

/** Maps merge key by key; every other value (lists included) is replaced by the more derived file. */
function mergeLayers(layers: YamlSource[]): Record<string, unknown> {
  let merged: Record<string, unknown> = {};
  for (const layer of [...layers].reverse()) merged = deepMerge(merged, layer.data as Record<string, unknown>);
  return merged;
}

function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = isPlainObject(b) && isPlainObject(v) ? deepMerge(b, v) : v;
  }
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The file that gave a setting: the most derived file with the whole path, else the one with the longest part of it. */
function locateIn(layers: YamlSource[], p: YamlPath, key: boolean): SourcePosition {
  let best: (SourcePosition & { depth: number }) | null = null;
  for (const layer of layers) {
    const found = positionOf(layer, p, key);
    if (found.depth === p.length) return { file: found.file, line: found.line, column: found.column };
    if (!best || found.depth > best.depth) best = found;
  }
  return best ? { file: best.file, line: best.line, column: best.column } : { file: layers[0]?.file ?? '', line: 1, column: 1 };
}

// ---------------------------------------------------------------------------------------------
// zod issues → diagnostics
// ---------------------------------------------------------------------------------------------

type Locate = (p: YamlPath, key?: boolean) => SourcePosition;

export function formatPath(p: YamlPath): string {
  return p.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

function valueAt(root: unknown, p: YamlPath): unknown {
  let v = root;
  for (const s of p) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[s] : undefined;
  return v;
}

function kindOf(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return `${typeof value === 'number' ? 'the number' : typeof value === 'boolean' ? 'the boolean' : 'the string'} \`${String(value)}\``;
}

const EXPECTED: Record<string, string> = { string: 'a string', number: 'a number', boolean: 'true or false', array: 'a list', object: 'a map', record: 'a map', int: 'a whole number' };

function issueToDiagnostics(issue: z.core.$ZodIssue, prefix: YamlPath, root: unknown, locate: Locate): Diagnostic[] {
  const p = [...prefix, ...(issue.path as YamlPath)];
  const at = (q: YamlPath, key = false) => {
    const l = locate(q, key);
    return { file: l.file, line: l.line, column: l.column };
  };
  const where = p.length ? `\`${formatPath(p)}\`: ` : '';
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeysAt(p);
      return issue.keys.map((key) => {
        const suggestion = didYouMean(key, known);
        return {
          severity: 'error' as const,
          ...at([...p, key], true),
          message: `unknown key \`${key}\`${p.length ? ` in \`${formatPath(p)}\`` : ''}`,
          hint: suggestion ? `did you mean \`${suggestion}\`?` : `known keys: ${known.join(', ')}`,
          rule: 'brief/unknown-key',
        };
      });
    }
    case 'invalid_type': {
      const value = valueAt(root, p);
      if (value === undefined) {
        // `titel: …` already reports "did you mean `title`?": do not also say `title` is missing
        const parent = valueAt(root, p.slice(0, -1));
        const last = String(p[p.length - 1]);
        if (isPlainObject(parent) && Object.keys(parent).some((k) => k !== last && didYouMean(k, [last]) === last)) return [];
        return [{ severity: 'error', ...at(p), message: `missing \`${formatPath(p)}\``, hint: `add it: ${EXPECTED[issue.expected] ?? issue.expected}`, rule: 'brief/schema' }];
      }
      return [{ severity: 'error', ...at(p), message: `${where}expected ${EXPECTED[issue.expected] ?? issue.expected}, not ${kindOf(value)}`, rule: 'brief/wrong-type' }];
    }
    case 'invalid_value': {
      const value = valueAt(root, p);
      const options = issue.values.map(String);
      const guess = typeof value === 'string' ? didYouMean(value, options) : null;
      return [{ severity: 'error', ...at(p), message: `${where}\`${String(value)}\` is not one of ${options.join(', ')}`, hint: guess ? `did you mean \`${guess}\`?` : undefined, rule: 'brief/schema' }];
    }
    case 'invalid_union': {
      // Report the alternative whose shape matched (a map with a bad key, say), else what was expected.
      const branches = issue.errors.filter((errs) => !errs.some((e) => e.code === 'invalid_type' && e.path.length === 0));
      if (branches.length === 1) return branches[0]!.flatMap((e) => issueToDiagnostics(e, p, root, locate));
      const expected = [...new Set(issue.errors.flatMap((errs) => errs.filter((e) => e.code === 'invalid_type' && e.path.length === 0).map((e) => (e as { expected: string }).expected)))];
      return [{ severity: 'error', ...at(p), message: `${where}expected ${expected.map((e) => EXPECTED[e] ?? e).join(' or ')}, not ${kindOf(valueAt(root, p))}`, rule: 'brief/wrong-type' }];
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const bound = Number(small ? (issue as { minimum: unknown }).minimum : (issue as { maximum: unknown }).maximum);
      const inclusive = (issue as { inclusive?: boolean }).inclusive !== false;
      const origin = (issue as { origin?: string }).origin;
      const what =
        origin === 'string' && small && bound === 1
          ? 'must not be empty'
          : origin === 'array' || origin === 'string'
            ? `needs ${small ? 'at least' : 'at most'} ${bound} ${origin === 'array' ? 'entries' : 'characters'}`
            : `must be ${small ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'less than'} ${bound}`;
      return [{ severity: 'error', ...at(p), message: `${where}${what}, not ${kindOf(valueAt(root, p))}`, rule: 'brief/schema' }];
    }
    default:
      return [{ severity: 'error', ...at(p), message: `${where}${issue.message}`, rule: 'brief/schema' }];
  }
}

/** Keys the schema accepts at a path. Zod does not carry them on the issue. */
function knownKeysAt(p: YamlPath): string[] {
  let shape: unknown = briefSchema;
  for (const segment of p) {
    shape = objectOf(shape);
    const s = shape as { shape?: Record<string, unknown>; element?: unknown } | undefined;
    shape = typeof segment === 'number' ? s?.element : s?.shape?.[String(segment)];
  }
  const fields = (objectOf(shape) as { shape?: Record<string, unknown> } | undefined)?.shape;
  return fields ? Object.keys(fields) : [];
}

/** Unwraps optional/default and picks the object alternative of a union. */
function objectOf(schema: unknown): unknown {
  let s = schema as { def?: { innerType?: unknown; options?: unknown[]; type?: string }; shape?: unknown; element?: unknown } | undefined;
  for (let i = 0; i < 10 && s; i++) {
    if (s.def?.innerType) s = s.def.innerType as typeof s;
    else if (s.def?.type === 'union') s = (s.def.options?.find((o) => (o as { shape?: unknown }).shape) ?? s.def.options?.[0]) as typeof s;
    else break;
  }
  return s;
}

// ---------------------------------------------------------------------------------------------
// checks zod cannot make well, and the normal form
// ---------------------------------------------------------------------------------------------

function checkAndNormalize(
  input: BriefInput,
  raw: Record<string, unknown>,
  layers: YamlSource[],
  locate: Locate,
  diagnostics: Diagnostic[],
  options: LoadBriefOptions,
): BriefSpec | null {
  const err = (p: YamlPath, message: string, hint?: string, rule = 'brief/schema', key = false) => {
    const l = locate(p, key);
    diagnostics.push({ severity: 'error', file: l.file, line: l.line, column: l.column, message, rule, ...(hint ? { hint } : {}) });
  };
  const abstract = raw.abstract === true;
  if (abstract && options.allowAbstract !== true) err(['abstract'], 'this is an abstract base (`abstract: true`): it cannot be built on its own', 'build a brief that `extends` it', 'brief/abstract');

  if (!abstract && raw.title === undefined) err([], 'missing `title`', 'add `title: …` (or `abstract: true` for a base meant only to be extended)', 'brief/missing-key');

  // period
  let period: PeriodSpec | null = null;
  if (raw.period === undefined) {
    if (!abstract) err([], 'missing `period`', 'add e.g. `period: 2025-W12`, `period: last 7 days`, `period: weekly` or `period: {from: 2025-03-01, to: 2025-03-31}`', 'brief/missing-key');
  } else {
    const parsed = parsePeriod(raw.period);
    for (const problem of parsed.problems) err(['period', ...problem.path], problem.message, problem.hint, 'brief/period', problem.key ?? false);
    period = parsed.spec;
  }

  // time zone
  const timezone = typeof raw.timezone === 'string' ? raw.timezone : 'UTC';
  if (typeof raw.timezone === 'string' && !isTimeZone(raw.timezone)) {
    const guess = didYouMean(raw.timezone, knownTimeZones());
    err(['timezone'], `\`timezone\`: \`${raw.timezone}\` is not a time zone`, guess ? `did you mean \`${guess}\`?` : 'use an IANA name such as UTC, Europe/Berlin or Asia/Seoul', 'brief/timezone');
  }

  // keyword expression
  let matchExpr: MatchExpr | null = null;
  const select = isPlainObject(raw.select) ? raw.select : {};
  if (typeof select.match === 'string') {
    try {
      matchExpr = parseExpression(select.match);
    } catch (e) {
      if (!(e instanceof ExpressionError)) throw e;
      const owner = layers.find((l) => l.doc.hasIn(['select', 'match']));
      const l = (owner && positionInScalar(owner, ['select', 'match'], e.offset)) ?? locate(['select', 'match']);
      diagnostics.push({
        severity: 'error',
        file: l.file,
        line: l.line,
        column: l.column,
        message: `\`select.match\`: ${e.message} (at character ${e.offset + 1} of the expression)`,
        rule: 'brief/expression',
        ...(e.hint ? { hint: e.hint } : {}),
      });
    }
  } else if (isPlainObject(select.match)) {
    matchExpr = filterToExpr(toFilter(select.match));
  }

  // analyst control: contradictions
  const pins = Array.isArray(raw.pin) ? raw.pin : [];
  const excludes = Array.isArray(raw.exclude) ? raw.exclude : [];
  excludes.forEach((id, i) => {
    if (pins.includes(id)) err(['exclude', i], `\`${String(id)}\` is both pinned and excluded`, 'remove it from `pin` or from `exclude`', 'brief/pin-conflict');
  });
  if (Array.isArray(raw.sections)) {
    raw.sections.forEach((section, i) => {
      if ((raw.sections as unknown[]).indexOf(section) < i) err(['sections', i], `section \`${String(section)}\` is listed twice`, 'remove one: each section is shown once', 'brief/schema');
    });
  }
  if (typeof raw.audience === 'string' && Array.isArray(raw.audiences)) err(['audiences'], 'give `audience` or `audiences`, not both', 'keep one', 'brief/schema', true);

  if (diagnostics.some((d) => d.severity === 'error')) return null;

  const sel = input.select ?? {};
  const keywords = sel.keywords ?? [];
  const keywordExpr: MatchExpr | null = keywords.length ? { op: 'or', args: keywords.map((term) => ({ op: 'term', term })) } : null;
  const match = keywordExpr && matchExpr ? { op: 'and' as const, args: [keywordExpr, matchExpr] } : (keywordExpr ?? matchExpr);
  const audiences = input.audiences ?? [input.audience ?? 'analyst'];
  const sections = input.sections ?? DEFAULT_SECTIONS;
  return {
    abstract,
    title: input.title ?? '',
    subtitle: input.subtitle,
    audience: audiences.join(', '),
    audiences,
    template: input.template ?? 'sitrep',
    handling: input.handling,
    author: input.author,
    organisation: input.organisation,
    timezone,
    // only an abstract base may lack a period; it is never resolved (loading one for a build is an error)
    period: period ?? { kind: 'cadence', cadence: 'weekly' },
    cadence: input.cadence === 'weekly' || period?.kind === 'cadence' ? 'weekly' : null,
    emptyWeek: input.emptyWeek ?? 'short',
    corpus: input.corpus ?? ['corpus/'],
    aliases: input.aliases ?? null,
    select: {
      entities: Array.isArray(sel.entities) ? { any: sel.entities, all: [], not: [] } : toFilter(sel.entities ?? {}),
      types: sel.types ?? [],
      keywords,
      match,
      sources: sel.sources ?? [],
      minCorroboration: sel.minCorroboration ?? 1,
      minConfidence: sel.minConfidence ?? 0,
      partialQuotes: sel.partialQuotes ?? false,
    },
    weights: input.weights ?? {},
    limits: {
      developments: input.limits?.developments ?? 20,
      quotes: input.limits?.quotes ?? 10,
      actors: input.limits?.actors ?? 8,
      perActor: input.limits?.perActor ?? 5,
    },
    sections: [...sections],
    sectionsChosen: input.sections !== undefined,
    summary: input.summary,
    blocks: input.blocks ?? [],
    pin: input.pin ?? [],
    exclude: input.exclude ?? [],
    reword: input.reword ?? {},
  };
}

function toFilter(v: { any?: unknown; all?: unknown; not?: unknown }): BooleanFilter {
  const list = (x: unknown) => (Array.isArray(x) ? x.map(String) : []);
  return { any: list(v.any), all: list(v.all), not: list(v.not) };
}

function filterToExpr(f: BooleanFilter): MatchExpr | null {
  const args: MatchExpr[] = [];
  if (f.any.length) args.push({ op: 'or', args: f.any.map((term) => ({ op: 'term', term })) });
  for (const term of f.all) args.push({ op: 'term', term });
  for (const term of f.not) args.push({ op: 'not', arg: { op: 'term', term } });
  if (args.length === 0) return null;
  return args.length === 1 ? args[0]! : { op: 'and', args };
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
