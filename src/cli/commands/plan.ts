import type { Command } from 'commander';
import { formatExpression } from '../../brief/expression.js';
import { checkCorpusPaths } from '../../brief/discover.js';
import { loadBrief } from '../../brief/load-brief.js';
import { prepareCorpus } from '../../brief/prepare-corpus.js';
import { planBrief, type PlanEntry } from '../../brief/select.js';
import { isIsoWeek } from '../../brief/period.js';
import { UsageError, UserError } from '../../model/diagnostic.js';
import { EXIT_OK } from '../exit-codes.js';
import { printDiagnostics } from '../report.js';
import type { CommandResult } from '../main.js';

const ORDER: Record<PlanEntry['status'], number> = { pinned: 0, selected: 1, 'over-limit': 2, filtered: 3, excluded: 4, 'out-of-period': 5 };

export function registerPlanCommand(program: Command, done: CommandResult): void {
  program
    .command('plan')
    .description('show what a brief would select and why (scores, matched filters), without rendering')
    .argument('<brief>', 'brief file (YAML)')
    .option('--as-of <datetime>', 'the date-time the brief is as of (default: now)')
    .option('--week <week>', 'for a weekly brief: the edition, e.g. 2025-W12 (default: the last complete week)')
    .option('--all', 'also list candidates outside the period')
    .option('--json', 'print the plan as JSON: period, entries (status, score, reasons), diagnostics, context')
    .action(async (file: string, opts: { asOf?: string; week?: string; all?: boolean; json?: boolean }) => {
      if (opts.week !== undefined && !isIsoWeek(opts.week)) throw new UsageError(`--week: "${opts.week}" is not an ISO week (write e.g. 2025-W12)`);
      const brief = await loadBrief(file);
      if (brief.spec.abstract) throw new UsageError(`${file} is an abstract base (abstract: true): plan a brief that extends it`);
      const missing = checkCorpusPaths(brief);
      if (missing.length > 0) throw new UserError(missing);
      const corpus = await prepareCorpus(brief.spec.corpus, { entities: brief.aliases.toEntities() });
      const plan = planBrief({ brief, articles: corpus.articles, extractions: corpus.extractions, developments: corpus.developments, asOf: parseAsOf(opts.asOf), ...(opts.week ? { week: opts.week } : {}) });
      const diagnostics = [...corpus.diagnostics, ...plan.diagnostics];
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ brief: brief.name, file, period: plan.period, entries: plan.entries, diagnostics, context: plan.context }, null, 2)}\n`);
      } else {
        printDiagnostics(diagnostics);
        const { select } = brief.spec;
        const out: string[] = [];
        out.push(`${brief.spec.title} — ${plan.period.label}${brief.spec.timezone !== 'UTC' ? ` (${brief.spec.timezone})` : ''}`);
        if (select.match) out.push(`words:    ${formatExpression(select.match)}`);
        if (select.entities.any.length + select.entities.all.length + select.entities.not.length) {
          out.push(`entities: any [${select.entities.any.join(', ')}] all [${select.entities.all.join(', ')}] not [${select.entities.not.join(', ')}]`);
        }
        if (select.types.length) out.push(`types:    ${select.types.join(', ')}`);
        for (const kind of ['development', 'quote'] as const) {
          const rows = plan.entries
            .filter((e) => e.kind === kind && (opts.all || e.status !== 'out-of-period'))
            .sort((a, b) => ORDER[a.status] - ORDER[b.status] || b.score - a.score || a.id.localeCompare(b.id));
          out.push('', kind === 'development' ? 'KEY DEVELOPMENTS (timeline)' : 'NOTABLE STATEMENTS');
          out.push(table([['status', 'score', 'date', 'id', 'what', 'why'], ...rows.map((e) => [e.status, e.score.toFixed(2), e.date ?? '—', e.id, clip(e.label, 56), why(e)])]));
        }
        out.push('', `selected ${plan.context.developments.length} developments, ${plan.context.quotes.length} statements from ${plan.context.sources.length} sources; ${plan.context.stats.articlesInPeriod} of ${plan.context.stats.articlesRead} articles in the period`);
        process.stdout.write(`${out.join('\n')}\n`);
      }
      done.code = EXIT_OK;
    });
}

function why(e: PlanEntry): string {
  if (e.status !== 'selected' && e.status !== 'pinned') return e.reasons.join('; ');
  const parts = Object.entries(e.scoreParts).map(([k, v]) => `${k} ${v}`);
  const matched = [...e.matched.entities.map((x) => `entity ${x}`), ...e.matched.terms.map((t) => `“${t}”`)];
  return [e.status === 'pinned' ? 'pinned' : '', e.matched.type ?? '', matched.join(', '), parts.join(', ')].filter(Boolean).join(' · ');
}

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (i === r.length - 1 ? 0 : (r[i] ?? '').length))));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ')).join('\n');
}

/** `--as-of`: a day (midnight UTC) or an ISO date-time; default now. */
export function parseAsOf(value: string | undefined): string {
  if (!value) return new Date().toISOString();
  const parsed = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(parsed.getTime())) throw new UsageError(`--as-of: "${value}" is not a date (use YYYY-MM-DD or an ISO date-time)`);
  return parsed.toISOString();
}
