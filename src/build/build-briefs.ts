/**
 * Orchestration: briefs → corpus → extraction → selection → HTML → PDF, with one browser for
 * the whole run. One brief failing does not stop the others.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { loadBrief, type LoadedBrief } from '../brief/load-brief.js';
import { selectForBrief } from '../brief/select.js';
import { loadCorpus } from '../corpus/index.js';
import { clusterDevelopments } from '../extract/cluster.js';
import { extractCorpus } from '../extract/extract-corpus.js';
import { UserError, type Diagnostic } from '../model/diagnostic.js';
import { PdfPrinter } from '../render/print-pdf.js';
import { loadTemplate } from '../render/render-html.js';
import { builtinTemplatesDir } from './paths.js';

export interface BuildOptions {
  briefFiles: string[];
  outDir: string;
  /** ISO date-time the briefs are "as of"; fixed per run so reprints are identical. */
  asOf: string;
  /** Also write the HTML and the brief context (JSON) beside each PDF. */
  writeHtml?: boolean;
  writeJson?: boolean;
  projectTemplatesDir: string;
  onEvent?: (event: BuildEvent) => void;
}

export type BuildEvent =
  | { kind: 'start'; brief: string }
  | { kind: 'built'; brief: string; output: string; ms: number }
  | { kind: 'failed'; brief: string; diagnostics: Diagnostic[] }
  | { kind: 'warning'; diagnostic: Diagnostic };

export interface BuildResult {
  built: { brief: string; output: string }[];
  failed: { brief: string; diagnostics: Diagnostic[] }[];
}

export async function buildBriefs(options: BuildOptions): Promise<BuildResult> {
  const emit = options.onEvent ?? (() => undefined);
  const result: BuildResult = { built: [], failed: [] };
  await mkdir(options.outDir, { recursive: true });
  let printer: PdfPrinter | null = null;
  try {
    for (const file of options.briefFiles) {
      const started = Date.now();
      emit({ kind: 'start', brief: file });
      try {
        const brief = await loadBrief(file);
        const { html, context } = await renderBrief(brief, options, emit);
        printer ??= await PdfPrinter.launch();
        const output = path.join(options.outDir, `${brief.name}.pdf`);
        const base = output.slice(0, -4);
        if (options.writeHtml) await writeFile(`${base}.html`, html);
        if (options.writeJson) await writeFile(`${base}.json`, `${JSON.stringify(context, null, 2)}\n`);
        await printer.print(html, output, {
          title: brief.spec.title,
          author: brief.spec.author ?? brief.spec.organisation ?? 'Briefsmith',
          subject: `Situation report, ${brief.spec.period.from} to ${brief.spec.period.to}`,
          keywords: brief.spec.select.keywords,
          date: new Date(options.asOf),
          documentKey: createHash('sha256').update(html).digest('hex'),
        });
        result.built.push({ brief: file, output });
        emit({ kind: 'built', brief: file, output, ms: Date.now() - started });
      } catch (err) {
        const diagnostics = toDiagnostics(err, file);
        result.failed.push({ brief: file, diagnostics });
        emit({ kind: 'failed', brief: file, diagnostics });
      }
    }
  } finally {
    await printer?.close();
  }
  return result;
}

async function renderBrief(brief: LoadedBrief, options: BuildOptions, emit: (e: BuildEvent) => void) {
  const briefDir = path.dirname(brief.file);
  // Corpus paths are relative to the project root (the working directory), like the default `corpus/`.
  const corpusPaths = brief.spec.corpus.map((p) => path.resolve(p));
  const corpus = await loadCorpus(corpusPaths);
  for (const diagnostic of corpus.diagnostics) emit({ kind: 'warning', diagnostic });
  const { extractions } = await extractCorpus(corpus.articles);
  const developments = clusterDevelopments(extractions);
  const context = selectForBrief({ brief, articles: corpus.articles, extractions, developments, asOf: options.asOf });
  const template = await loadTemplate(brief.spec.template, [path.join(briefDir, 'templates'), options.projectTemplatesDir, builtinTemplatesDir()]);
  return { html: template.render(context), context };
}

function toDiagnostics(err: unknown, file: string): Diagnostic[] {
  if (err instanceof UserError) return err.diagnostics;
  return [{ severity: 'error', file, message: err instanceof Error ? err.message : String(err), rule: 'build/internal' }];
}
