/**
 * What a corpus contains, as numbers: pure, so the CLI table, `--json` and tests agree.
 */
import type { Article } from '../model/article.js';
import type { Diagnostic, Severity } from '../model/diagnostic.js';
import { articleDay } from './load-corpus.js';

export interface CorpusProblem {
  file: string;
  /** 1-based line, or null when the problem concerns a whole file or path. */
  line: number | null;
  message: string;
  severity: Severity;
  rule: string | null;
}

export interface CorpusSummary {
  articles: number;
  /** Outlets by number of articles, most first; articles without a source count as "(unknown)". */
  sources: { name: string; count: number }[];
  /** First and last day (yyyy-mm-dd) of the dated articles, or null when none is dated. */
  from: string | null;
  to: string | null;
  /** Articles per month (yyyy-mm), in calendar order. */
  perMonth: Record<string, number>;
  undated: number;
  problems: CorpusProblem[];
}

export const UNKNOWN_SOURCE = '(unknown)';

export function summariseCorpus(articles: readonly Article[], diagnostics: readonly Diagnostic[]): CorpusSummary {
  const sources = new Map<string, number>();
  const months = new Map<string, number>();
  let from: string | null = null;
  let to: string | null = null;
  let undated = 0;
  for (const a of articles) {
    const source = a.source ?? UNKNOWN_SOURCE;
    sources.set(source, (sources.get(source) ?? 0) + 1);
    const day = articleDay(a);
    if (!day) {
      undated++;
      continue;
    }
    if (from === null || day < from) from = day;
    if (to === null || day > to) to = day;
    const month = day.slice(0, 7);
    months.set(month, (months.get(month) ?? 0) + 1);
  }
  return {
    articles: articles.length,
    sources: [...sources]
      .map(([name, count]) => ({ name, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    from,
    to,
    perMonth: Object.fromEntries([...months].sort(([a], [b]) => (a < b ? -1 : 1))),
    undated,
    problems: diagnostics.map((d) => ({
      file: d.file,
      line: d.line ?? null,
      message: d.message,
      severity: d.severity,
      rule: d.rule ?? null,
    })),
  };
}
