import { availableParallelism } from 'node:os';
/**
 * Orchestration: briefs → editions → (only what changed) selection → HTML → PDF.
 *
 * Order of work per edition: the cheap inputs (brief, template, tool version, corpus
 * fingerprint) decide most editions without extracting anything; only when they cannot
 * (the corpus changed) is the corpus extracted (cached) and the edition's selection compared
 * with the manifest's. The browser is launched on the first edition that is actually printed.
 * One edition failing does not stop the others.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { LoadedBrief } from '../brief/load-brief.js';
import { loadBrief } from '../brief/load-brief.js';
import { checkCorpusPaths } from '../brief/discover.js';
import { loadCorpus } from '../corpus/index.js';
import { UserError, type Diagnostic } from '../model/diagnostic.js';
import { removeTemps, removeTempsSync, writeFileAtomic } from './atomic.js';
import { indexCorpus, indexExtraction, type IndexedCorpus, type IndexedExtraction } from './corpus-index.js';
import { corpusStamp, type CorpusRecord } from './corpus-stamp.js';
import { planEditions, type Edition } from './editions.js';
import { extractCorpus } from '../extract/extract-corpus.js';
import { briefEntities, extractionKey, extractionOptions } from './extraction.js';
import { hashDir, hashFile, sha256 } from './hash.js';
import { findTemplate, templateSearchDirs } from '../render/template-lookup.js';
import { selectEdition } from './select-edition.js';
import { acquireLock, type Lock } from './lock.js';
import { decideRebuild, readManifest, writeManifest, type EditionInputs, type Manifest, type ManifestEntry } from './manifest.js';
import { toolVersion } from './paths.js';
import { extractorCodeHash } from '../extract/cache.js';
import { launchChromiumPrinter, type Printer, type PrinterFactory } from './printer.js';
import { countStatuses, type BuildEvent, type BuildSummary, type EditionResult } from './report-types.js';
import { inShard, type Shard } from './shard.js';
import { trapSignals, type Interruption } from './signals.js';

export type { BuildEvent, BuildSummary, EditionResult } from './report-types.js';

export interface BuildOptions {
  briefFiles: string[];
  outDir: string;
  /** ISO date-time the build is "as of": picks the week of weekly briefs, dates plain briefs. */
  asOf: string;
  /** Whether the as-of was given (only then does a changed as-of rebuild a plain brief). */
  asOfExplicit?: boolean;
  /** One ISO week of weekly briefs (`2025-W12`). */
  week?: string;
  /** Every week the corpus covers. */
  allPeriods?: boolean;
  dryRun?: boolean;
  force?: boolean;
  shard?: Shard;
  /** Also write the HTML and the brief context (JSON) beside each PDF. */
  writeHtml?: boolean;
  writeJson?: boolean;
  projectTemplatesDir: string;
  /** Extraction cache folder; null: none. Default `.briefsmith-cache` in the working directory. */
  cacheDir?: string | null;
  onEvent?: (event: BuildEvent) => void;
  /** How to get a printer (tests and the print pool swap it). */
  printerFactory?: PrinterFactory;
  /** Editions built, and pages printed, at once (default: one per core). */
  concurrency?: number;
  /** Install SIGINT/SIGTERM handlers (the CLI does; library callers may not want them). */
  handleSignals?: boolean;
  /** Recorded in the lock file, to name the holder. */
  command?: string;
}

interface BriefWork {
  brief: LoadedBrief;
  /** Known without reading the corpus when its stat stamp matches the manifest. */
  corpusFingerprint: string;
  /** Reads (once) and indexes the corpus. */
  corpus: () => Promise<IndexedCorpus>;
  corpusKey: string;
  briefHash: string;
  templateHash: string;
  editions: Edition[];
}

export async function buildBriefs(options: BuildOptions): Promise<BuildSummary> {
  const started = Date.now();
  const emit = options.onEvent ?? (() => undefined);
  const results: EditionResult[] = [];
  const dryRun = options.dryRun === true;
  await mkdir(options.outDir, { recursive: true });

  let lock: Lock | null = null;
  let interruption: Interruption | null = null;
  let printer: Printer | null = null;
  let printerPromise: Promise<Printer> | null = null;
  let browserLaunched = false;
  try {
    if (!dryRun) {
      lock = await acquireLock(options.outDir, options.command);
      if (lock.tookOverFrom) emit({ kind: 'info', message: `took over a stale lock from pid ${lock.tookOverFrom.pid} (no longer running)` });
      const stale = await removeTemps(options.outDir);
      if (stale.length > 0) emit({ kind: 'info', message: `removed ${stale.length} temporary ${stale.length === 1 ? 'file' : 'files'} left by an interrupted build` });
      if (options.handleSignals) {
        const held = lock;
        interruption = trapSignals(() => {
          removeTempsSync(options.outDir, process.pid);
          held.releaseSync();
        });
        interruption.onInterrupt(() => void printer?.close());
      }
    }
    const manifest = await readManifest(options.outDir);
    // Editions finish in any order; each save writes the whole manifest as it is then, one at a time.
    let saving: Promise<void> = Promise.resolve();
    const saveManifest = (): Promise<void> => (saving = saving.catch(() => undefined).then(() => writeManifest(options.outDir, manifest)));

    // Load every brief and its corpus (once per distinct corpus), then plan the editions.
    const work: BriefWork[] = [];
    const corpora = new Map<string, { record: CorpusRecord; load: () => Promise<IndexedCorpus> }>();
    const templateHashes = new Map<string, string>();
    manifest.corpora ??= {};
    let corporaChanged = false;
    const known = manifest.corpora;
    for (const file of options.briefFiles) {
      const t0 = Date.now();
      try {
        const brief = await loadBrief(file);
        // A corpus path that is not there would build an empty brief that looks like a quiet week.
        const missing = checkCorpusPaths(brief);
        if (missing.length > 0) throw new UserError(missing);
        const corpusPaths = brief.spec.corpus.map((p) => path.resolve(p));
        const corpusKey = JSON.stringify(corpusPaths);
        let corpus = corpora.get(corpusKey);
        if (!corpus) {
          const stamp = await corpusStamp(corpusPaths);
          let loaded: Promise<IndexedCorpus> | null = null;
          const load = () => {
            loaded ??= loadCorpus(corpusPaths).then((r) => {
              for (const diagnostic of r.diagnostics) emit({ kind: 'warning', diagnostic });
              return indexCorpus(r.articles);
            });
            return loaded;
          };
          const previous = known[corpusKey];
          let record: CorpusRecord;
          if (previous && previous.stamp === stamp && !options.force) record = previous;
          else {
            const indexed = await load();
            record = { stamp, fingerprint: indexed.fingerprint, span: indexed.span };
            if (!dryRun && previous?.stamp !== stamp) {
              known[corpusKey] = record;
              corporaChanged = true;
            }
          }
          corpus = { record, load };
          corpora.set(corpusKey, corpus);
        }
        const templateDir = findTemplate(brief.spec.template, templateSearchDirs(brief.file, options.projectTemplatesDir));
        let templateHash = templateDir ? templateHashes.get(templateDir) : 'missing';
        if (templateHash === undefined && templateDir) {
          templateHash = await hashDir(templateDir);
          templateHashes.set(templateDir, templateHash);
        }
        const editions = planEditions(brief, { asOf: options.asOf, week: options.week, allPeriods: options.allPeriods, corpusSpan: corpus.record.span });
        if (editions.length === 0) {
          emit({ kind: 'info', message: `${file}: no week to build as of ${options.asOf.slice(0, 10)} (the last complete week is outside the brief's period); use --week or --all-periods` });
        }
        work.push({
          brief,
          corpusFingerprint: corpus.record.fingerprint,
          corpus: corpus.load,
          corpusKey,
          briefHash: await briefInputsHash(brief),
          templateHash: templateHash ?? 'missing',
          editions,
        });
      } catch (err) {
        results.push(failure(file, file, null, err, Date.now() - t0));
      }
    }

    const planned = work.flatMap((w) => w.editions.filter((e) => inShard(e.key, options.shard)).map((e) => ({ w, e })));
    const total = planned.length + results.length;
    emit({ kind: 'plan', total });
    results.forEach((r, i) => emit({ kind: 'done', result: r, index: i, total }));

    const extracted = new Map<string, Promise<IndexedExtraction>>();
    const extractionFor = (w: BriefWork) => {
      const key = extractionKey(w.corpusKey, w.brief);
      let p = extracted.get(key);
      if (!p) {
        p = (async () => {
          const { extractions } = await extractCorpus((await w.corpus()).articles, extractionOptions(options.cacheDir, w.brief));
          const { clusterDevelopments } = await import('../extract/cluster.js');
          return indexExtraction(extractions, clusterDevelopments(extractions));
        })();
        extracted.set(key, p);
      }
      return p;
    };

    // Editions build side by side, one per core by default: selection is pure and the print
    // pool keeps that many pages printing. Their order in the summary stays the planned order.
    const concurrency = Math.max(1, options.concurrency ?? availableParallelism());
    const slots: EditionResult[] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < planned.length && !interruption?.signal) {
        const index = next++;
        const { w, e } = planned[index]!;
        emit({ kind: 'start', key: e.key, index, total });
        const t0 = Date.now();
        let result: EditionResult;
        try {
          result = await buildEdition(w, e, manifest, saveManifest, options, extractionFor, async () => {
            if (!printer) {
              printerPromise ??= (options.printerFactory ?? launchChromiumPrinter)({ concurrency });
              browserLaunched = true;
              printer = await printerPromise;
            }
            return printer;
          });
          result.ms = Date.now() - t0;
        } catch (err) {
          result = failure(e.key, e.briefFile, e.week, err, Date.now() - t0);
          if (interruption?.signal) result.reasons = ['interrupted'];
        }
        slots[index] = result;
        emit({ kind: 'done', result, index, total });
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, planned.length) }, worker));
    results.push(...slots.filter((r): r is EditionResult => r !== undefined));
    // Remember what the corpus looked like, so the next build can skip reading it.
    if (corporaChanged && !interruption?.signal) await saveManifest();
  } finally {
    await (printer as Printer | null)?.close();
    if (interruption) {
      await removeTemps(options.outDir, process.pid);
      interruption.dispose();
    }
    await lock?.release();
  }
  const counts = countStatuses(results);
  const interrupted = interruption?.signal != null;
  return {
    ok: counts.failed === 0 && !interrupted,
    interrupted,
    dryRun,
    browserLaunched,
    shard: options.shard ? `${options.shard.index}/${options.shard.count}` : null,
    ms: Date.now() - started,
    counts,
    editions: results,
  };
}

async function buildEdition(
  w: BriefWork,
  e: Edition,
  manifest: Manifest,
  saveManifest: () => Promise<void>,
  options: BuildOptions,
  extractionFor: (w: BriefWork) => Promise<IndexedExtraction>,
  getPrinter: () => Promise<Printer>,
): Promise<EditionResult> {
  const inputs: EditionInputs = {
    brief: w.briefHash,
    template: w.templateHash,
    toolVersion: toolVersion(),
    extractor: extractorCodeHash(),
    period: e.period,
    asOf: e.week === null && options.asOfExplicit ? e.asOf : null,
    corpus: w.corpusFingerprint,
  };
  const outFile = path.join(options.outDir, e.output);
  const prev = manifest.editions[e.key];
  const base: Omit<EditionResult, 'status' | 'reasons'> = { key: e.key, brief: e.briefFile, week: e.week, output: null, ms: 0, diagnostics: [] };
  let decision = decideRebuild(prev, inputs, undefined, { force: options.force, outputExists: existsSync(outFile) });
  if (decision.action === 'skip') return { ...base, output: prev?.output ? path.join(options.outDir, prev.output) : null, status: 'up-to-date', reasons: decision.reasons };

  const { context, selection, developmentKeys } = await selectEdition(w.brief, await w.corpus(), e, await extractionFor(w), (diagnostic) =>
    options.onEvent?.({ kind: 'warning', diagnostic }),
  );
  if (decision.action === 'select') decision = decideRebuild(prev, inputs, selection, { force: options.force, outputExists: existsSync(outFile) });
  const entry: ManifestEntry = {
    key: e.key,
    brief: e.briefFile,
    week: e.week,
    output: e.output,
    status: 'built',
    inputs,
    selection,
    developmentKeys,
    builtAt: new Date().toISOString(),
  };
  if (decision.action === 'skip') {
    // Same selection from a changed corpus: remember the new fingerprint so the next build decides cheaply.
    if (!options.dryRun && prev) {
      manifest.editions[e.key] = { ...prev, inputs };
      await saveManifest();
    }
    return { ...base, output: prev?.output ? path.join(options.outDir, prev.output) : null, status: 'up-to-date', reasons: decision.reasons };
  }
  const skipEmpty = selection.empty && e.emptyWeek === 'skip';
  if (options.dryRun) {
    return { ...base, status: skipEmpty ? 'skipped-empty' : 'would-build', reasons: skipEmpty ? [...decision.reasons, 'nothing selected (emptyWeek: skip)'] : decision.reasons };
  }
  if (skipEmpty) {
    await rm(outFile, { force: true });
    manifest.editions[e.key] = { ...entry, output: null, status: 'empty-skipped' };
    await saveManifest();
    return { ...base, status: 'skipped-empty', reasons: ['nothing selected (emptyWeek: skip)'] };
  }

  // Forget the old entry before replacing the file: a build killed in between leaves a file the
  // manifest does not vouch for (rebuilt next time), never an entry describing the wrong file.
  if (prev) {
    delete manifest.editions[e.key];
    await saveManifest();
  }
  const { loadTemplate } = await import('../render/render-html.js');
  const template = await loadTemplate(w.brief.spec.template, templateSearchDirs(w.brief.file, options.projectTemplatesDir));
  await mkdir(path.dirname(outFile), { recursive: true });
  const sideBase = outFile.slice(0, -4);
  if (options.writeJson) await writeFileAtomic(`${sideBase}.json`, `${JSON.stringify(context, null, 2)}\n`);
  const printer = await getPrinter();
  const spec = w.brief.spec;
  const printed = await printer.print({
    template,
    context,
    outFile,
    metadata: {
      title: e.week ? `${spec.title} — ${e.week}` : spec.title,
      author: spec.author ?? spec.organisation ?? 'Briefsmith',
      subject: `Situation report, ${e.period.from} to ${e.period.to}${e.week ? ` (${e.week})` : ''}`,
      keywords: spec.select.keywords,
      date: new Date(e.asOf),
      // The PDF's /ID: a function of what it was made from, never random.
      documentKey: sha256(w.templateHash, JSON.stringify(context)),
    },
  });
  if (options.writeHtml) await writeFileAtomic(`${sideBase}.html`, printed.html);
  manifest.editions[e.key] = entry;
  await saveManifest();
  return { ...base, output: outFile, status: 'built', reasons: decision.reasons };
}

/** The brief, the files it extends, and its entity aliases: what the brief itself contributes. */
async function briefInputsHash(brief: LoadedBrief): Promise<string> {
  const parts = await Promise.all(brief.files.map((f) => hashFile(f).catch(() => 'missing')));
  return sha256(...parts, JSON.stringify(briefEntities(brief)));
}

function failure(key: string, brief: string, week: string | null, err: unknown, ms: number): EditionResult {
  return { key, brief, week, status: 'failed', reasons: [], output: null, ms, diagnostics: toDiagnostics(err, brief) };
}

function toDiagnostics(err: unknown, file: string): Diagnostic[] {
  if (err instanceof UserError) return err.diagnostics;
  return [{ severity: 'error', file, message: err instanceof Error ? err.message : String(err), rule: 'build/internal' }];
}
