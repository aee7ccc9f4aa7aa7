/**
 * The corpus API: a stream of articles (memory proportional to what the caller keeps) and a
 * convenience loader on top. Files are read one at a time in a fixed order, so ids, the order
 * of articles and the order of diagnostics are the same on every run.
 */
import type { Article } from '../model/article.js';
import { UsageError, type Diagnostic } from '../model/diagnostic.js';
import { buildArticle } from './build-article.js';
import { DuplicateDetector, type DuplicateOptions } from './duplicates.js';
import { findFiles, type CorpusFile } from './find-files.js';
import { DEFAULT_LIMITS, type CorpusLimits } from './limits.js';
import { isValidDay } from './published-date.js';
import type { ReadResult } from './raw-article.js';
import { readJsonLines } from './read-jsonl.js';
import { readArticleFile } from './read-markdown.js';

export interface CorpusOptions {
  /** Folder that path-derived ids are relative to. Default: each folder given, or a file's own folder. */
  root?: string;
  /** Keep only articles on or after this day (yyyy-mm-dd), by publication day. */
  from?: string;
  /** Keep only articles on or before this day (yyyy-mm-dd), by publication day. */
  to?: string;
  /** Keep only articles for which this returns true; runs after `from`/`to`. */
  filter?: (article: Article) => boolean;
  /** Base for relative inputs and for displayed paths. Default: process.cwd(). */
  cwd?: string;
  limits?: Partial<CorpusLimits>;
  /** Duplicate-content detection among kept articles; `false` turns it off. Duplicate ids are always checked. */
  duplicates?: boolean | DuplicateOptions;
  /** Receives every diagnostic as it happens (streaming callers have no other way to see them). */
  onDiagnostic?: (diagnostic: Diagnostic) => void;
}

export interface CorpusStats {
  /** Article files and bundles read. */
  files: number;
  /** Files in the given folders that are not articles (ignored). */
  ignoredFiles: number;
  /** Articles read successfully (before filtering). */
  read: number;
  /** Articles yielded (after filtering). */
  kept: number;
  /** Articles left out by from/to/filter (undated articles are left out when from/to is set). */
  filteredOut: number;
  /** Files, lines or articles skipped because of an error. */
  skipped: number;
  /** Inputs from which nothing could be read at all. */
  failedPaths: string[];
  elapsedMs: number;
}

export interface CorpusResult {
  articles: Article[];
  diagnostics: Diagnostic[];
  stats: CorpusStats;
}

/**
 * Streams the articles of the given files, folders and globs. Problems never throw: they go
 * to `options.onDiagnostic`. The generator's return value is the statistics.
 */
export async function* streamCorpus(paths: string[], options: CorpusOptions = {}): AsyncGenerator<Article, CorpusStats, undefined> {
  const started = performance.now();
  const from = checkDay(options.from, 'from');
  const to = checkDay(options.to, 'to');
  const limits: CorpusLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const report = options.onDiagnostic ?? (() => undefined);
  const dupOptions = options.duplicates === undefined || options.duplicates === true ? {} : options.duplicates;
  const detector = new DuplicateDetector(dupOptions || {});

  const found = await findFiles(paths, { ...(options.cwd ? { cwd: options.cwd } : {}), ...(options.root ? { root: options.root } : {}) });
  found.diagnostics.forEach(report);
  const stats: CorpusStats = {
    files: 0,
    ignoredFiles: found.ignored,
    read: 0,
    kept: 0,
    filteredOut: 0,
    skipped: 0,
    failedPaths: found.failedPaths,
    elapsedMs: 0,
  };

  const inRange = (a: Article): boolean => {
    if (!from && !to) return true;
    const day = articleDay(a);
    return day !== null && (!from || day >= from) && (!to || day <= to);
  };

  for (const file of found.files) {
    let results: AsyncIterable<ReadResult> | Iterable<ReadResult>;
    try {
      if (file.kind === 'bundle') {
        results = readJsonLines(file, limits);
      } else {
        const one = await readArticleFile(file, limits);
        if (!one) {
          stats.ignoredFiles++;
          continue;
        }
        results = [one];
      }
      stats.files++;
      for await (const result of results) {
        if (result.kind === 'problem') {
          if ((result.severity ?? 'error') === 'error') stats.skipped++;
          report(toDiagnostic(file, result));
          continue;
        }
        const built = buildArticle(result.raw);
        built.diagnostics.forEach(report);
        const article = built.article;
        if (!article) {
          stats.skipped++;
          continue;
        }
        const firstWithId = detector.claimId(article.id, article.location);
        if (firstWithId) {
          stats.skipped++;
          report({
            severity: 'error',
            file: article.location.file,
            line: article.location.line,
            message: `duplicate id '${article.id}', first used at ${where(firstWithId)}; this copy skipped`,
            rule: 'corpus/duplicate-id',
            hint: 'give one of them another id',
          });
          continue;
        }
        stats.read++;
        if (!inRange(article) || (options.filter && !options.filter(article))) {
          stats.filteredOut++;
          continue;
        }
        if (dupOptions) {
          const dup = detector.addText(article);
          if (dup) {
            const other = `'${dup.other.id}' (${where(dup.other.location)})`;
            report({
              severity: 'warning',
              file: article.location.file,
              line: article.location.line,
              message:
                dup.kind === 'exact'
                  ? `'${article.id}' has the same text as ${other}`
                  : `'${article.id}' is a near-duplicate of ${other}, about ${Math.round(dup.similarity * 100)}% alike`,
              rule: dup.kind === 'exact' ? 'corpus/duplicate' : 'corpus/near-duplicate',
            });
          }
        }
        stats.kept++;
        yield article;
      }
    } catch (e) {
      // Only I/O can end up here (a file vanishing or unreadable mid-run): report it as the
      // file's problem and carry on with the rest of the corpus.
      stats.skipped++;
      report({ severity: 'error', file: file.display, message: `cannot be read: ${ioReason(e)}`, rule: 'corpus/unreadable' });
    }
  }
  stats.elapsedMs = performance.now() - started;
  return stats;
}

/** Loads everything (after filtering) into memory; diagnostics in the order they arose. */
export async function loadCorpus(paths: string[], options: CorpusOptions = {}): Promise<CorpusResult> {
  const articles: Article[] = [];
  const diagnostics: Diagnostic[] = [];
  const onDiagnostic = (d: Diagnostic): void => {
    diagnostics.push(d);
    options.onDiagnostic?.(d);
  };
  const stream = streamCorpus(paths, { ...options, onDiagnostic });
  for (;;) {
    const next = await stream.next();
    if (next.done) return { articles, diagnostics, stats: next.value };
    articles.push(next.value);
  }
}

/** The day an article belongs to for periods and summaries: its publication day, else its dateline day. */
export function articleDay(article: Pick<Article, 'published' | 'referenceDate'>): string | null {
  return article.published?.slice(0, 10) ?? article.referenceDate;
}

function checkDay(value: string | undefined, name: string): string | null {
  if (value === undefined || value === '') return null;
  if (!isValidDay(value)) throw new UsageError(`--${name} must be a day written yyyy-mm-dd, got '${value}'`);
  return value;
}

function toDiagnostic(file: CorpusFile, result: Extract<ReadResult, { kind: 'problem' }>): Diagnostic {
  return {
    severity: result.severity ?? 'error',
    file: file.display,
    ...(result.line !== undefined ? { line: result.line } : {}),
    ...(result.column !== undefined ? { column: result.column } : {}),
    message: result.message,
    rule: result.rule,
  };
}

function where(location: { file: string; line: number }): string {
  return `${location.file}:${location.line}`;
}

function ioReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'file disappeared while loading';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return code ?? (e as Error).message;
}
