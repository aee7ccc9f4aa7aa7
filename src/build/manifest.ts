/**
 * `output/.briefsmith-manifest.json`: per edition, the hashes of what it was made from, so a
 * build redoes only what changed and can say why. Written atomically after every edition,
 * so a killed build leaves a manifest that parses and describes only files that exist.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './atomic.js';
import type { CorpusRecord } from './corpus-stamp.js';

export const MANIFEST_FILE = '.briefsmith-manifest.json';
const MANIFEST_VERSION = 1;

/** The cheap inputs: known without extracting or selecting anything. */
export interface EditionInputs {
  /** The brief file (and what it extends). */
  brief: string;
  /** Every file of the template folder. */
  template: string;
  toolVersion: string;
  /**
   * A hash of the extractor's code: a new extractor reads the same articles differently (other
   * speakers, other event types), so every edition it fed is rebuilt.
   */
  extractor: string;
  period: { from: string; to: string };
  /** Only for an explicitly given as-of (weekly editions derive theirs from the week). */
  asOf: string | null;
  /** Ids and content hashes of the whole corpus: unchanged means the selection cannot differ. */
  corpus: string;
}

/** What the selection picked, known after extracting and selecting. */
export interface EditionSelection {
  /** Cited article id → content hash. */
  articles: Record<string, string>;
  developments: string[];
  /** Development ids marked new since the last edition. */
  newDevelopments: string[];
  quotes: string[];
  /** Counts the edition prints (articles in period, outlets). */
  stats: string;
  empty: boolean;
}

export interface ManifestEntry {
  key: string;
  brief: string;
  week: string | null;
  /** Relative to the output folder; null when the edition was skipped as empty. */
  output: string | null;
  status: 'built' | 'empty-skipped';
  inputs: EditionInputs;
  selection: EditionSelection;
  /** Development keys (for the next edition's "new" marks). */
  developmentKeys: string[];
  builtAt: string;
}

export interface Manifest {
  version: number;
  editions: Record<string, ManifestEntry>;
  /** Per corpus (its resolved paths, as JSON): the stat stamp it had when last read, and what reading it gave. */
  corpora?: Record<string, CorpusRecord>;
}

export function emptyManifest(): Manifest {
  return { version: MANIFEST_VERSION, editions: {} };
}

/** A missing, unreadable or foreign manifest counts as empty: everything rebuilds, nothing breaks. */
export async function readManifest(outDir: string): Promise<Manifest> {
  try {
    const parsed = JSON.parse(await readFile(path.join(outDir, MANIFEST_FILE), 'utf8')) as Manifest;
    if (parsed?.version !== MANIFEST_VERSION || typeof parsed.editions !== 'object' || parsed.editions === null) return emptyManifest();
    return parsed;
  } catch {
    return emptyManifest();
  }
}

export async function writeManifest(outDir: string, manifest: Manifest): Promise<void> {
  const sorted: Manifest = { version: manifest.version, editions: {}, corpora: manifest.corpora ?? {} };
  for (const key of Object.keys(manifest.editions).sort()) sorted.editions[key] = manifest.editions[key]!;
  await writeFileAtomic(path.join(outDir, MANIFEST_FILE), `${JSON.stringify(sorted, null, 2)}\n`);
}

export type Decision =
  | { action: 'skip'; reasons: string[] }
  | { action: 'build'; reasons: string[] }
  /** The cheap inputs cannot decide: extract and select, then ask again with the selection. */
  | { action: 'select'; reasons: string[] };

export interface DecideOptions {
  force?: boolean;
  /** Whether the edition's output file is on disk (irrelevant for an empty-skipped edition). */
  outputExists: boolean;
}

/**
 * Whether an edition must be rebuilt, and why. Pure: the caller gathers the inputs.
 * Call it first without a selection; on `select`, call it again with one.
 */
export function decideRebuild(previous: ManifestEntry | undefined, inputs: EditionInputs, selection: EditionSelection | undefined, options: DecideOptions): Decision {
  const hard: string[] = [];
  if (options.force) hard.push('forced');
  if (!previous) hard.push('not built before');
  else {
    if (previous.status === 'built' && !options.outputExists) hard.push('output missing');
    if (previous.inputs.brief !== inputs.brief) hard.push('brief changed');
    if (previous.inputs.template !== inputs.template) hard.push('template changed');
    if (previous.inputs.toolVersion !== inputs.toolVersion) hard.push('tool version changed');
    if (previous.inputs.extractor !== inputs.extractor) hard.push('extractor changed');
    if (previous.inputs.period.from !== inputs.period.from || previous.inputs.period.to !== inputs.period.to) hard.push('period changed');
    if (inputs.asOf !== null && previous.inputs.asOf !== inputs.asOf) hard.push('as-of changed');
  }
  if (hard.length > 0) return { action: 'build', reasons: hard };
  const prev = previous!;
  const soft: string[] = [];
  if (prev.inputs.corpus !== inputs.corpus) soft.push('corpus changed');
  if (soft.length === 0) return { action: 'skip', reasons: ['up to date'] };
  if (!selection) return { action: 'select', reasons: soft };
  const reasons = selectionChanges(prev.selection, selection);
  return reasons.length > 0 ? { action: 'build', reasons } : { action: 'skip', reasons: [`up to date (${soft.join(', ')}; selection unchanged)`] };
}

/** Human reasons for a changed selection: "2 new articles selected", … */
export function selectionChanges(before: EditionSelection, after: EditionSelection): string[] {
  const reasons: string[] = [];
  const added = Object.keys(after.articles).filter((id) => !(id in before.articles)).length;
  const removed = Object.keys(before.articles).filter((id) => !(id in after.articles)).length;
  const changed = Object.keys(after.articles).filter((id) => id in before.articles && before.articles[id] !== after.articles[id]).length;
  if (added) reasons.push(`${added} new ${added === 1 ? 'article' : 'articles'} selected`);
  if (removed) reasons.push(`${removed} ${removed === 1 ? 'article' : 'articles'} no longer selected`);
  if (changed) reasons.push(`${changed} selected ${changed === 1 ? 'article' : 'articles'} changed`);
  if (reasons.length === 0 && (!sameList(before.developments, after.developments) || !sameList(before.quotes, after.quotes))) reasons.push('selection changed');
  if (!sameList(before.newDevelopments, after.newDevelopments)) reasons.push('"new since last edition" marks changed');
  if (before.stats !== after.stats) reasons.push('article counts in period changed');
  if (before.empty !== after.empty) reasons.push(after.empty ? 'nothing selected any more' : 'no longer empty');
  return reasons;
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
