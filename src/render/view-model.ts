/**
 * What a template sees: the BriefContext with its optional fields filled in (so strict
 * templates never meet a missing field), plus presentation views computed from it — the
 * developments grouped by actor, the events-per-day chart as SVG, the table of contents and
 * the section labels. Pure: no I/O, no clock.
 */
import type { BriefContext, ContextDevelopment, ContextQuote, ContextSource } from '../brief/context.js';
import { SECTION_NAMES, type SectionName, type TemplateConfig } from './template-config.js';
import { truncate } from './helpers.js';

export const DEFAULT_LABELS: Record<string, string> = {
  report: 'Situation report',
  summary: 'Bottom line',
  toc: 'Contents',
  timeline: 'Key developments',
  statements: 'Notable statements',
  'by-actor': 'Developments by actor',
  markdown: 'Analysis',
  chart: 'Events per day',
  stats: 'Coverage',
  sources: 'Sources',
  period: 'Period',
  asOf: 'As of',
  audience: 'Audience',
  edition: 'Edition',
  new: 'New',
  sourceOne: 'source',
  sourcesBadge: 'sources',
  via: 'via',
  page: 'Page',
  of: 'of',
  noDevelopments: 'No developments matched this brief in the period.',
  noStatements: 'No attributed statements in the period.',
};

export interface ViewDevelopment extends ContextDevelopment {
  isNew: boolean;
  typeLabel: string;
  /** The headline cut to the template's `limits.headline`. */
  shortHeadline: string;
  /** 1-based position in the timeline, for anchors. */
  index: number;
}

export interface ActorGroup {
  actor: string;
  count: number;
  developments: ViewDevelopment[];
  /** Developments beyond `limits.perActor`, not listed. */
  more: number;
}

export interface ChartView {
  /** Inline SVG markup, safe to insert unescaped: built here from numbers and escaped text. */
  svg: string;
  unit: 'day' | 'week';
  total: number;
  /** Developments whose date is too coarse (month, year) or missing to place on the axis. */
  unplaced: number;
  peak: { label: string; count: number } | null;
}

export interface TocEntry {
  id: string;
  title: string;
  /** The page the entry starts on, once known (a second print for long briefs); else null. */
  page: number | null;
}

export interface ViewOptions {
  /** Page numbers for contents entries, by lower-cased entry title (read from the first print's bookmarks). */
  tocPages?: Map<string, number>;
}

export interface SectionView {
  name: SectionName;
  /** The partial that prints it: `section-<name>`. */
  partial: string;
  id: string;
  title: string;
}

export interface ViewQuote extends ContextQuote {
  /** The text cut to the template's `limits.quote`. */
  shortText: string;
  /** The outlet of the first cited source. */
  outlet: string | null;
}

export interface ViewSource extends ContextSource {
  /** The URL when it is http(s): only these become links in the PDF. */
  href: string | null;
}

export type ViewModel = Omit<BriefContext, 'sections' | 'blocks' | 'edition' | 'developments' | 'quotes' | 'sources'> & {
  quotes: ViewQuote[];
  sources: ViewSource[];
  sections: SectionName[];
  blocks: { title: string; markdown: string; id: string }[];
  edition: { serial: string | null; week: string | null; previous: string | null } | null;
  developments: ViewDevelopment[];
  view: {
    sections: SectionView[];
    toc: TocEntry[];
    showToc: boolean;
    byActor: ActorGroup[];
    chart: ChartView;
    marking: string | null;
    runningTitle: string;
    labels: Record<string, string>;
    lang: string;
    newCount: number;
    /** Developments the limits left out of the timeline. */
    omitted: { developments: number; quotes: number };
  };
};

const DEFAULT_SECTIONS: SectionName[] = ['summary', 'toc', 'timeline', 'chart', 'statements', 'by-actor', 'markdown', 'sources'];

export function buildViewModel(context: BriefContext, config: TemplateConfig = {}, options: ViewOptions = {}): ViewModel {
  const labels = { ...DEFAULT_LABELS, ...config.labels };
  const limits = config.limits ?? {};
  const typeLabels = config.typeLabels ?? {};

  const all = context.developments.map((d, i) => toView(d, i, typeLabels, limits.headline));
  const developments = limitDevelopments(all, limits.developments);
  const quotes = limitQuotes(context.quotes, limits.quotes);
  const blocks = (context.blocks ?? []).map((b, i) => ({ ...b, id: `block-${i + 1}` }));

  // The brief's own section list wins; else the template's; else everything. Unknown names are dropped.
  const requested = (context.sections ?? config.sections ?? DEFAULT_SECTIONS).filter((s): s is SectionName => (SECTION_NAMES as readonly string[]).includes(s));
  const hasContent: Record<SectionName, boolean> = {
    summary: Boolean(context.summary),
    toc: true,
    timeline: true,
    statements: true,
    'by-actor': developments.some((d) => d.actors.length > 0),
    markdown: blocks.length > 0,
    chart: developments.length > 0,
    stats: true,
    sources: context.sources.length > 0,
  };
  const shown = requested.filter((s) => hasContent[s]);
  const sections: SectionView[] = shown.map((name) => ({ name, partial: `section-${name}`, id: `sec-${name}`, title: labels[name] ?? name }));
  const tocEntries: TocEntry[] = sections
    .filter((s) => s.name !== 'toc' && s.name !== 'stats')
    .flatMap((s) => (s.name === 'markdown' ? blocks.map((b) => ({ id: b.id, title: b.title })) : [{ id: s.id, title: s.title }]))
    .map((entry) => ({ ...entry, page: options.tocPages?.get(entry.title.trim().toLowerCase()) ?? null }));
  const showToc = shown.includes('toc') && tocEntries.length >= (limits.tocMinSections ?? 5);

  return {
    ...context,
    sections: shown,
    blocks,
    edition: context.edition ?? null,
    developments,
    quotes: quotes.map((q) => ({ ...q, shortText: limits.quote ? truncate(q.text, limits.quote) : q.text, outlet: context.sources.find((src) => src.n === q.citations[0])?.outlet ?? null })),
    sources: context.sources.map((src) => ({ ...src, href: src.url && /^https?:\/\//i.test(src.url) ? src.url : null })),
    view: {
      sections: showToc ? sections : sections.filter((s) => s.name !== 'toc'),
      toc: tocEntries,
      showToc,
      byActor: groupByActor(developments, limits.actors, limits.perActor),
      chart: eventsChart(developments, context.period, labels),
      marking: config.marking === false ? null : context.brief.handling,
      runningTitle: truncate(context.brief.title, 60),
      labels,
      lang: config.lang ?? 'en-GB',
      newCount: developments.filter((d) => d.isNew).length,
      omitted: { developments: all.length - developments.length, quotes: context.quotes.length - quotes.length },
    },
  };
}

function toView(d: ContextDevelopment, i: number, typeLabels: Record<string, string>, headlineMax: number | undefined): ViewDevelopment {
  return {
    ...d,
    isNew: d.isNew ?? false,
    typeLabel: typeLabels[d.type] ?? d.type.replace(/[-_]+/g, ' '),
    shortHeadline: headlineMax ? truncate(d.headline, headlineMax) : d.headline,
    index: i + 1,
  };
}

/** The best-corroborated `max` developments (new ones first among equals), shown in date order. */
function limitDevelopments(list: ViewDevelopment[], max: number | undefined): ViewDevelopment[] {
  if (!max || list.length <= max) return list;
  const keep = new Set(
    [...list]
      .sort((a, b) => b.corroboration - a.corroboration || Number(b.isNew) - Number(a.isNew) || (b.score ?? 0) - (a.score ?? 0) || a.index - b.index)
      .slice(0, max)
      .map((d) => d.id),
  );
  return list.filter((d) => keep.has(d.id));
}

function limitQuotes(list: ContextQuote[], max: number | undefined): ContextQuote[] {
  return max ? list.slice(0, max) : list;
}

/** Developments under each actor named in them, busiest actor first, then by name. */
export function groupByActor(developments: ViewDevelopment[], maxActors?: number, perActor?: number): ActorGroup[] {
  const groups = new Map<string, ViewDevelopment[]>();
  for (const d of developments) {
    for (const actor of new Set(d.actors)) {
      const list = groups.get(actor) ?? [];
      list.push(d);
      groups.set(actor, list);
    }
  }
  const sorted = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  return sorted.slice(0, maxActors ?? sorted.length).map(([actor, list]) => ({
    actor,
    count: list.length,
    developments: perActor ? list.slice(0, perActor) : list,
    more: perActor ? Math.max(0, list.length - perActor) : 0,
  }));
}

const DAY = 86_400_000;

/**
 * Bars of developments per day over the brief's period (per ISO week when the period is
 * longer than nine weeks, so bars stay legible). Dates coarser than a day are counted apart.
 */
export function eventsChart(developments: Pick<ContextDevelopment, 'date' | 'precision'>[], period: { from: string; to: string }, labels: Record<string, string> = DEFAULT_LABELS): ChartView {
  const start = Date.parse(`${period.from}T00:00:00Z`);
  const end = Date.parse(`${period.to}T00:00:00Z`);
  const days = Math.max(1, Math.round((end - start) / DAY) + 1);
  const unit: 'day' | 'week' = days > 63 ? 'week' : 'day';
  // Weekly buckets start on the Monday on or before the period's first day.
  const origin = unit === 'week' ? start - ((new Date(start).getUTCDay() + 6) % 7) * DAY : start;
  const step = unit === 'week' ? 7 * DAY : DAY;
  const buckets = Math.max(1, Math.floor((end - origin) / step) + 1);
  const counts = new Array<number>(buckets).fill(0);
  let unplaced = 0;
  for (const d of developments) {
    const t = d.date && /^\d{4}-\d{2}-\d{2}/.test(d.date) && (d.precision === 'day' || !d.precision) ? Date.parse(`${d.date.slice(0, 10)}T00:00:00Z`) : NaN;
    if (Number.isNaN(t) || t < start || t > end) {
      unplaced += 1;
      continue;
    }
    const i = Math.floor((t - origin) / step);
    counts[i] = (counts[i] ?? 0) + 1;
  }
  const max = Math.max(1, ...counts);
  const peakIndex = counts.indexOf(Math.max(...counts));
  const label = (i: number) => shortDate(new Date(origin + i * step));
  const W = 640;
  const H = 150;
  const left = 28;
  const right = 8;
  const top = 14;
  const bottom = 24;
  const plotW = W - left - right;
  const plotH = H - top - bottom;
  const bw = plotW / buckets;
  const gap = Math.min(2, bw * 0.2);
  const ticks = niceTicks(max);
  const parts: string[] = [];
  const title = `${unit === 'week' ? 'Developments per week' : (labels.chart ?? 'Events per day')}, ${period.from} to ${period.to}`;
  parts.push(`<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(title)}">`);
  parts.push(`<title>${esc(title)}</title>`);
  for (const t of ticks) {
    const y = top + plotH - (t / max) * plotH;
    parts.push(`<line x1="${left}" x2="${W - right}" y1="${f(y)}" y2="${f(y)}" class="grid"/>`);
    parts.push(`<text x="${left - 4}" y="${f(y + 3)}" text-anchor="end" class="tick">${t}</text>`);
  }
  // Bars no wider than 60% of their slot (and 28 units), so a week of data does not look like blocks.
  const barW = Math.max(0.5, Math.min(bw - gap, bw * 0.6, 28));
  counts.forEach((c, i) => {
    if (c === 0) return;
    const h = (c / max) * plotH;
    const x = left + i * bw + (bw - barW) / 2;
    parts.push(`<rect x="${f(x)}" y="${f(top + plotH - h)}" width="${f(barW)}" height="${f(h)}" class="bar"><title>${esc(label(i))}: ${c}</title></rect>`);
    if (buckets <= 31) parts.push(`<text x="${f(x + barW / 2)}" y="${f(top + plotH - h - 3)}" text-anchor="middle" class="value">${c}</text>`);
  });
  parts.push(`<line x1="${left}" x2="${W - right}" y1="${top + plotH}" y2="${top + plotH}" class="axis"/>`);
  const labelEvery = Math.max(1, Math.ceil(buckets / 8));
  for (let i = 0; i < buckets; i += labelEvery) {
    parts.push(`<text x="${f(left + i * bw + bw / 2)}" y="${H - 8}" text-anchor="middle" class="tick">${esc(label(i))}</text>`);
  }
  parts.push('</svg>');
  return {
    svg: parts.join(''),
    unit,
    total: developments.length - unplaced,
    unplaced,
    peak: counts[peakIndex] ? { label: label(peakIndex), count: counts[peakIndex] ?? 0 } : null,
  };
}

function niceTicks(max: number): number[] {
  const step = max <= 5 ? 1 : max <= 10 ? 2 : max <= 25 ? 5 : Math.ceil(max / 50) * 10;
  const ticks: number[] = [];
  for (let t = step; t <= max; t += step) ticks.push(t);
  return ticks;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function shortDate(d: Date): string {
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

function f(n: number): string {
  return (Math.round(n * 100) / 100).toString();
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
