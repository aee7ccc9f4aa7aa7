/**
 * From extracted articles to what a brief shows: the period and the filters, ranking, the
 * analyst's pins, exclusions and rewordings, and citation numbers. Pure: no I/O, no printing;
 * problems (ids that no longer exist) come back as diagnostics.
 *
 * Ranking of developments (documented in the README):
 *   score = typeWeight × (corroboration + 0.5 × briefEntitiesInvolved + 0.5 × recency)
 * where recency runs from 0 (first day of the period) to 1 (last day). Ties: id, ascending.
 *
 * Ranking of statements:
 *   score = speakerQuotes + log2(1 + speakerMentions) + termsInQuote + 0.5 × (outlets − 1)
 * where speakerQuotes counts the speaker's statements passing the filters and speakerMentions
 * how often the speaker is named in the period's articles. Ties: id, ascending.
 */
import type { Article } from '../model/article.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { didYouMean } from '../util/did-you-mean.js';
import type { ArticleExtraction, Development, Quote } from '../model/extraction.js';
import { loadTaxonomy } from '../extract/events/taxonomy.js';
import { AliasMap } from './aliases.js';
import type { BriefContext, ContextActor, ContextDevelopment, ContextQuote, ContextSource } from './context.js';
import { evaluate, termRegExp } from './expression.js';
import type { LoadedBrief } from './load-brief.js';
import { isoWeekOf, isoWeekRange, resolvePeriod, type ResolvedPeriod } from './period.js';
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { endOfMonth } from 'date-fns/endOfMonth';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';

export interface SelectionInput {
  brief: LoadedBrief;
  articles: Article[];
  extractions: ArticleExtraction[];
  developments: Development[];
  /** ISO date-time the brief is as of; relative periods resolve against it. */
  asOf: string;
  /** For a weekly cadence: the edition's ISO week (default: the last complete week before asOf). */
  week?: string;
  /** The event types of the taxonomy in use (default: the built-in taxonomy's). */
  knownTypes?: string[];
  /** Entity aliases; default the brief's own alias file. */
  aliases?: AliasMap;
  /** Receives warnings (e.g. a pinned id that no longer exists). Nothing is printed. */
  onDiagnostic?: (diagnostic: Diagnostic) => void;
}

export type PlanStatus = 'selected' | 'pinned' | 'excluded' | 'filtered' | 'out-of-period' | 'over-limit';

/** One candidate and what became of it: what `briefsmith plan` shows. */
export interface PlanEntry {
  kind: 'development' | 'quote';
  id: string;
  date: string | null;
  /** Headline of a development; `speaker: text` of a quote. */
  label: string;
  status: PlanStatus;
  /** Why it was left out (filters that failed), or why it is in (pinned). */
  reasons: string[];
  matched: { entities: string[]; terms: string[]; type?: string; sources: string[] };
  score: number;
  scoreParts: Record<string, number>;
}

export interface BriefPlan {
  context: BriefContext;
  period: ResolvedPeriod;
  entries: PlanEntry[];
  diagnostics: Diagnostic[];
}

/**
 * A brief's period as days: `resolvePeriod` with the brief's time zone. For a weekly brief,
 * `week` picks the edition (default: the last complete ISO week before `asOf`).
 */
export function resolveBriefPeriod(brief: LoadedBrief, options: { asOf: string | Date; week?: string | undefined }): ResolvedPeriod {
  const asOf = typeof options.asOf === 'string' ? new Date(options.asOf) : options.asOf;
  // A weekly brief's edition is a week (the one asked for, or the last complete one), whatever
  // period bounds its editions.
  const spec = brief.spec.cadence === 'weekly' ? ({ kind: 'cadence', cadence: 'weekly' } as const) : brief.spec.period;
  return resolvePeriod(spec, { asOf, timeZone: brief.spec.timezone, ...(options.week ? { week: options.week } : {}) });
}

export function selectForBrief(input: SelectionInput): BriefContext {
  const plan = planBrief(input);
  for (const d of plan.diagnostics) input.onDiagnostic?.(d);
  return plan.context;
}

/**
 * Everything selection decides, with the reasons: the context plus one entry per candidate.
 * For a weekly brief, developments also say whether the previous edition showed them (`isNew`).
 */
export function planBrief(input: SelectionInput): BriefPlan {
  const plan = planEdition(input);
  const previous = plan.context.edition?.previous;
  if (previous) {
    const before = new Set(planEdition({ ...input, week: previous }).context.developments.map((d) => d.id));
    for (const d of plan.context.developments) d.isNew = !before.has(d.id);
  }
  return plan;
}

function planEdition(input: SelectionInput): BriefPlan {
  const { spec } = input.brief;
  const aliases = input.aliases ?? input.brief.aliases ?? AliasMap.empty();
  const period = resolveBriefPeriod(input.brief, { asOf: input.asOf, week: input.week });
  const { from, to } = period;
  /**
   * A date counts when it lies within the period. One no longer than the period that straddles
   * its edge (a week across a month end) counts where it starts, so consecutive periods count it
   * exactly once. A coarser date never counts in a shorter period: "June 2025" is not news of
   * any one week of June.
   */
  const periodLength = differenceInCalendarDays(parseISO(to), parseISO(from));
  const inPeriod = (value: string | null) => {
    if (!value) return false;
    const span = dateSpan(value);
    if (!span) return false;
    if (span.from >= from && span.to <= to) return true;
    return differenceInCalendarDays(parseISO(span.to), parseISO(span.from)) <= periodLength && span.from >= from && span.from <= to;
  };
  const articleById = new Map(input.articles.map((a) => [a.id, a]));
  const articleDay = (id: string): string | null => {
    const a = articleById.get(id);
    return a?.referenceDate ?? a?.published?.slice(0, 10) ?? null;
  };
  const outletOf = (id: string) => articleById.get(id)?.source ?? null;
  const sel = spec.select;
  const briefEntities = [...new Set([...sel.entities.any, ...sel.entities.all].map((e) => aliases.canonical(e)))];
  const pins = new Set(spec.pin);
  const excluded = new Set(spec.exclude);
  const entries: PlanEntry[] = [];

  const sourceMatches = (articleId: string): boolean => {
    if (sel.sources.length === 0) return true;
    const outlet = outletOf(articleId) ?? '';
    return sel.sources.some((s) => s === articleId || termRegExp(s).test(outlet));
  };
  /** Entities of the brief involved: among the actors (through aliases) or named in the text. */
  const entitiesIn = (actors: string[], text: string): string[] => {
    const canon = new Set(actors.map((a) => aliases.canonical(a)));
    const names = [...new Set([...briefEntities, ...sel.entities.not.map((e) => aliases.canonical(e))])];
    return names.filter((e) => canon.has(e) || aliases.mentions(e, text));
  };
  const entityReasons = (involved: string[]): string[] => {
    const reasons: string[] = [];
    const has = (e: string) => involved.includes(aliases.canonical(e));
    if (sel.entities.any.length && !sel.entities.any.some(has)) reasons.push(`none of the entities ${sel.entities.any.join(', ')}`);
    const missing = sel.entities.all.filter((e) => !has(e));
    if (missing.length) reasons.push(`lacks entity ${missing.join(', ')}`);
    const forbidden = sel.entities.not.filter(has);
    if (forbidden.length) reasons.push(`involves excluded entity ${forbidden.join(', ')}`);
    return reasons;
  };

  // ---- developments ------------------------------------------------------------------------
  const periodDays = Math.max(1, differenceInCalendarDays(parseISO(to), parseISO(from)));
  type Dev = { d: Development; entry: PlanEntry };
  const devs: Dev[] = [];
  for (const d of input.developments) {
    const text = [d.summary, ...d.events.map((e) => e.summary)].join('\n');
    const involved = entitiesIn(d.actors, `${text}\n${d.actors.join('\n')}`);
    const words = sel.match ? evaluate(sel.match, text) : { matched: true, terms: [] };
    const matchedSources = d.sources.filter(sourceMatches);
    const reasons: string[] = [];
    if (!inPeriod(d.date)) reasons.push(d.date ? `${d.date} is outside ${from} – ${to}` : 'undated');
    if (sel.types.length && !sel.types.includes(d.type)) reasons.push(`type ${d.type} not in ${sel.types.join(', ')}`);
    if (d.corroboration < sel.minCorroboration) reasons.push(`corroboration ${d.corroboration} < ${sel.minCorroboration}`);
    if (d.confidence < sel.minConfidence) reasons.push(`confidence ${d.confidence} < ${sel.minConfidence}`);
    if (matchedSources.length === 0) reasons.push('no source among select.sources');
    reasons.push(...entityReasons(involved));
    if (!words.matched) reasons.push('keywords do not match');
    const typeWeight = spec.weights[d.type] ?? 1;
    const day = dateSpan(d.date ?? '')?.from ?? null;
    const recency = day ? clamp(differenceInCalendarDays(parseISO(day), parseISO(from)) / periodDays, 0, 1) : 0;
    const entityCount = involved.filter((e) => briefEntities.includes(e)).length;
    const score = round(typeWeight * (d.corroboration + 0.5 * entityCount + 0.5 * recency));
    const status: PlanStatus = excluded.has(d.id) ? 'excluded' : pins.has(d.id) ? 'pinned' : reasons.length === 0 ? 'selected' : inPeriod(d.date) ? 'filtered' : 'out-of-period';
    const entry: PlanEntry = {
      kind: 'development',
      id: d.id,
      date: d.date,
      label: spec.reword[d.id] ?? d.summary,
      status,
      reasons: status === 'pinned' ? ['pinned', ...reasons] : status === 'excluded' ? ['excluded by the brief'] : reasons,
      matched: { entities: involved.filter((e) => briefEntities.includes(e)), terms: words.terms, type: d.type, sources: matchedSources.map((id) => outletOf(id) ?? id) },
      score,
      scoreParts: { typeWeight, corroboration: d.corroboration, entities: entityCount, recency: round(recency) },
    };
    entries.push(entry);
    devs.push({ d, entry });
  }
  const rank = <T extends { entry: PlanEntry }>(a: T, b: T) => b.entry.score - a.entry.score || a.entry.id.localeCompare(b.entry.id);
  const chosenDevs = withinLimit(devs, rank, spec.limits.developments, 'developments').sort(
    (a, b) => (a.d.date ?? '').localeCompare(b.d.date ?? '') || a.d.id.localeCompare(b.d.id),
  );

  // ---- quotes ------------------------------------------------------------------------------
  type Member = { q: Quote; x: ArticleExtraction; day: string | null };
  const clusters = new Map<string, Member[]>();
  for (const x of input.extractions) {
    for (const q of x.quotes) {
      const key = normaliseQuote(q.text);
      const list = clusters.get(key) ?? [];
      list.push({ q, x, day: articleDay(x.id) ?? x.published?.slice(0, 10) ?? null });
      clusters.set(key, list);
    }
  }
  const periodArticles = input.articles.filter((a) => inPeriod(a.referenceDate ?? a.published?.slice(0, 10) ?? null));
  const periodText = periodArticles.map((a) => a.text).join('\n\n');
  type QuoteCandidate = { members: Member[]; rep: Member; entry: PlanEntry; relevance: number; outlets: number };
  const quoteCandidates: QuoteCandidate[] = [];
  const allQuoteIds = new Set<string>();
  for (const all of clusters.values()) {
    all.sort((a, b) => (a.day ?? '').localeCompare(b.day ?? '') || a.x.id.localeCompare(b.x.id) || a.q.start - b.q.start);
    for (const m of all) allQuoteIds.add(m.q.id);
    // A statement reported in several weeks belongs to each of them: judge and cite it by the
    // reports inside the period, so the result does not depend on what else the corpus holds.
    const inside = all.filter((m) => inPeriod(m.day));
    const list = inside.length > 0 ? inside : all;
    const rep = list.find((m) => m.q.speaker) ?? list[0]!;
    const ids = list.map((m) => m.q.id);
    const text = rep.q.text;
    const articleTexts = list.map((m) => articleById.get(m.x.id)?.text ?? '').join('\n\n');
    const words = sel.match ? evaluate(sel.match, text) : { matched: true, terms: [] };
    const wordsInArticle = sel.match && !words.matched ? evaluate(sel.match, articleTexts) : words;
    const involved = entitiesIn(rep.q.speaker ? [rep.q.speaker] : [], `${text}\n${articleTexts}`);
    const inQuote = entitiesIn(rep.q.speaker ? [rep.q.speaker] : [], text).filter((e) => briefEntities.includes(e));
    const matchedSources = list.filter((m) => sourceMatches(m.x.id));
    const reasons: string[] = [];
    if (!inPeriod(rep.day)) reasons.push(rep.day ? `${rep.day} is outside ${from} – ${to}` : 'undated');
    if (!rep.q.speaker) reasons.push('unattributed');
    if (rep.q.partial && !sel.partialQuotes) reasons.push('a fragment (select.partialQuotes is off)');
    if (rep.q.confidence < sel.minConfidence) reasons.push(`confidence ${rep.q.confidence} < ${sel.minConfidence}`);
    if (matchedSources.length === 0) reasons.push('no source among select.sources');
    reasons.push(...entityReasons(involved));
    if (!wordsInArticle.matched) reasons.push('keywords do not match (statement or its article)');
    const pinned = ids.some((id) => pins.has(id));
    const isExcluded = ids.some((id) => excluded.has(id));
    const outlets = new Set(list.map((m) => outletOf(m.x.id) ?? m.x.id)).size;
    const status: PlanStatus = isExcluded ? 'excluded' : pinned ? 'pinned' : reasons.length === 0 ? 'selected' : inPeriod(rep.day) ? 'filtered' : 'out-of-period';
    const reworded = ids.map((id) => spec.reword[id]).find((r) => r !== undefined);
    const entry: PlanEntry = {
      kind: 'quote',
      id: rep.q.id,
      date: rep.day,
      label: `${rep.q.speaker ?? '(unattributed)'}: ${reworded ?? text}`,
      status,
      reasons: status === 'pinned' ? ['pinned', ...reasons] : status === 'excluded' ? ['excluded by the brief'] : reasons,
      matched: { entities: involved.filter((e) => briefEntities.includes(e)), terms: wordsInArticle.terms, sources: matchedSources.map((m) => outletOf(m.x.id) ?? m.x.id) },
      score: 0,
      scoreParts: {},
    };
    const relevance = new Set([...words.terms, ...inQuote]).size;
    quoteCandidates.push({ members: list, rep, entry, relevance, outlets });
    entries.push(entry);
  }
  const live = quoteCandidates.filter((c) => c.entry.status === 'selected' || c.entry.status === 'pinned');
  const quotesBySpeaker = new Map<string, number>();
  for (const c of live) {
    const s = aliases.canonical(c.rep.q.speaker ?? '');
    quotesBySpeaker.set(s, (quotesBySpeaker.get(s) ?? 0) + 1);
  }
  const mentionCache = new Map<string, number>();
  for (const c of quoteCandidates) {
    const speaker = aliases.canonical(c.rep.q.speaker ?? '');
    if (!speaker) continue;
    if (!mentionCache.has(speaker)) mentionCache.set(speaker, aliases.countMentions(speaker, periodText));
    const quotes = quotesBySpeaker.get(speaker) ?? 0;
    const mentions = mentionCache.get(speaker) ?? 0;
    const prominence = quotes + Math.log2(1 + mentions);
    c.entry.score = round(prominence + c.relevance + 0.5 * (c.outlets - 1));
    c.entry.scoreParts = { speakerQuotes: quotes, speakerMentions: mentions, relevance: c.relevance, outlets: c.outlets };
  }
  const chosenQuotes = withinLimit(quoteCandidates, rank, spec.limits.quotes, 'quotes');

  // ---- context -----------------------------------------------------------------------------
  const sources = new Map<string, ContextSource>();
  const cite = (articleId: string): number => {
    const known = sources.get(articleId);
    if (known) return known.n;
    const a = articleById.get(articleId);
    const source: ContextSource = { n: sources.size + 1, id: articleId, title: a?.title ?? articleId, outlet: a?.source ?? null, published: a?.published ?? null, url: a?.url ?? null };
    sources.set(articleId, source);
    return source.n;
  };
  const developments: ContextDevelopment[] = chosenDevs.map(({ d, entry }) => ({
    id: d.id,
    date: d.date,
    precision: d.precision,
    dateNote: d.dateConflict ? `Sources differ: ${d.dateConflict.map((c) => c.value).join(' vs ')}` : null,
    type: d.type,
    headline: spec.reword[d.id] ?? d.summary,
    actors: d.actors,
    location: d.location,
    corroboration: d.corroboration,
    citations: d.sources.map(cite),
    score: entry.score,
    pinned: entry.status === 'pinned',
    isNew: false,
  }));
  const quotes: ContextQuote[] = chosenQuotes.map(({ members, rep, entry }) => {
    const ids = members.map((m) => m.q.id);
    const reworded = ids.map((id) => spec.reword[id]).find((r) => r !== undefined);
    return {
      id: rep.q.id,
      text: reworded ?? rep.q.text,
      partial: rep.q.partial,
      speaker: rep.q.speaker ?? 'Unattributed',
      role: rep.q.speakerRole ?? null,
      via: rep.q.via,
      date: rep.day,
      citations: [...new Set(members.map((m) => cite(m.x.id)))],
      ids,
      score: entry.score,
    };
  });
  const byActor = groupByActor(developments, aliases, spec.limits.actors, spec.limits.perActor);

  // ---- stale ids ---------------------------------------------------------------------------
  const known = new Set([...input.developments.map((d) => d.id), ...allQuoteIds]);
  const diagnostics: Diagnostic[] = [];
  const stale = (id: string, where: (string | number)[], what: string, key = false) => {
    if (known.has(id)) return;
    const at = input.brief.locate(where, key);
    diagnostics.push({
      severity: 'warning',
      file: at.file,
      line: at.line,
      column: at.column,
      message: `${what}: no development or statement has the id \`${id}\` (any more)`,
      hint: `run \`briefsmith plan ${input.brief.file}\` to see the current ids`,
      rule: 'brief/stale-id',
    });
  };
  // event types no development has: most likely a typo, which would silently select nothing
  const seenTypes = [...new Set(input.developments.map((d) => d.type))].sort();
  // A type the taxonomy defines is valid even when this corpus has none of it yet.
  const knownTypes = [...new Set([...(input.knownTypes ?? loadTaxonomy().types.map((t) => t.id)), ...seenTypes])].sort();
  const unknownType = (type: string, where: (string | number)[], key = false) => {
    if (knownTypes.includes(type)) return;
    const at = input.brief.locate(where, key);
    const guess = didYouMean(type, knownTypes);
    diagnostics.push({
      severity: 'warning',
      file: at.file,
      line: at.line,
      column: at.column,
      message: `\`${type}\` is not an event type of the taxonomy`,
      hint: guess ? `did you mean \`${guess}\`?` : `event types: ${knownTypes.join(', ')}`,
      rule: 'brief/unknown-type',
    });
  };
  spec.select.types.forEach((t, i) => unknownType(t, ['select', 'types', i]));
  for (const t of Object.keys(spec.weights)) unknownType(t, ['weights', t], true);
  spec.pin.forEach((id, i) => stale(id, ['pin', i], '`pin`'));
  spec.exclude.forEach((id, i) => stale(id, ['exclude', i], '`exclude`'));
  for (const id of Object.keys(spec.reword)) stale(id, ['reword', id], '`reword`', true);

  const articlesInPeriod = periodArticles.length;
  const edition =
    spec.cadence === 'weekly' && period.week
      ? { serial: period.week, week: period.week, previous: isoWeekOf(format(addDays(parseISO(isoWeekRange(period.week).from), -7), 'yyyy-MM-dd')) }
      : undefined;
  const context: BriefContext = {
    brief: {
      name: input.brief.name,
      title: spec.title,
      subtitle: spec.subtitle ?? null,
      audience: spec.audience,
      handling: spec.handling ?? null,
      author: spec.author ?? null,
      organisation: spec.organisation ?? null,
    },
    period: { from, to, label: period.label, week: period.week },
    asOf: input.asOf,
    summary: spec.summary ?? null,
    // Only a brief that chose its sections overrides the template's own (an executive template
    // shows fewer than an analyst one).
    ...(spec.sectionsChosen
      ? { sections: spec.sections.filter((s) => (s === 'markdown' ? spec.blocks.length > 0 : s === 'summary' ? Boolean(spec.summary) : true)) }
      : {}),
    blocks: spec.blocks,
    ...(edition ? { edition } : {}),
    developments,
    byActor,
    quotes,
    sources: [...sources.values()],
    stats: {
      articlesRead: input.articles.length,
      articlesInPeriod,
      outlets: new Set(periodArticles.map((a) => a.source ?? a.id)).size,
      developments: developments.length,
      quotes: quotes.length,
    },
  };
  return { context, period, entries, diagnostics };
}

function groupByActor(developments: ContextDevelopment[], aliases: AliasMap, maxActors: number, perActor: number): ContextActor[] {
  const groups = new Map<string, ContextDevelopment[]>();
  for (const d of developments) {
    for (const actor of new Set(d.actors.map((a) => aliases.canonical(a)))) {
      const list = groups.get(actor) ?? [];
      list.push(d);
      groups.set(actor, list);
    }
  }
  return [...groups.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .slice(0, maxActors)
    .map(([actor, list]) => ({ actor, developments: list.slice(0, perActor), count: list.length }));
}

/** The days a TIMEX-style value covers: `2025-03-21`, `2025-03`, `2025-W12`, `2025-Q1`, `2025-H2`, `2025-SU`, `2025`, `202` (decade), `20` (century). */
export function dateSpan(value: string): { from: string; to: string } | null {
  const monthEnd = (y: number, m: number) => format(endOfMonth(new Date(Date.UTC(y, m - 1, 1, 12))), 'yyyy-MM-dd');
  const months = (y: number, first: number, last: number) => ({ from: `${y}-${String(first).padStart(2, '0')}-01`, to: monthEnd(y + Math.floor((last - 1) / 12), ((last - 1) % 12) + 1) });
  let m: RegExpExecArray | null;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return { from: value.slice(0, 10), to: value.slice(0, 10) };
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return months(Number(m[1]), Number(m[2]), Number(m[2]));
  if (/^\d{4}-W\d{2}$/.test(value)) {
    try {
      return isoWeekRange(value);
    } catch {
      return null;
    }
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return months(Number(m[1]), 3 * Number(m[2]) - 2, 3 * Number(m[2]));
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return months(Number(m[1]), 6 * Number(m[2]) - 5, 6 * Number(m[2]));
  if ((m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(value))) {
    const first = { SP: 3, SU: 6, FA: 9, AU: 9, WI: 12 }[m[2] as 'SP' | 'SU' | 'FA' | 'AU' | 'WI'];
    return months(Number(m[1]), first, first + 2);
  }
  if (/^\d{4}$/.test(value)) return { from: `${value}-01-01`, to: `${value}-12-31` };
  if (/^\d{3}$/.test(value)) return { from: `${value}0-01-01`, to: `${value}9-12-31` };
  if (/^\d{2}$/.test(value)) return { from: `${value}00-01-01`, to: `${value}99-12-31` };
  return null;
}

/** The same words, however punctuated or capitalised: the key quotes cluster on. */
export function normaliseQuote(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}


/**
 * A section's entries: every pinned one, then the best-ranked selected ones while the limit has
 * room. Pins count against the limit; what does not fit is marked over-limit, with the reason.
 */
function withinLimit<T extends { entry: PlanEntry }>(items: T[], rank: (a: T, b: T) => number, limit: number, section: string): T[] {
  const pinned = items.filter((x) => x.entry.status === 'pinned').sort(rank);
  const ranked = items.filter((x) => x.entry.status === 'selected').sort(rank);
  const room = Math.max(0, limit - pinned.length);
  for (const x of ranked.slice(room)) {
    x.entry.status = 'over-limit';
    x.entry.reasons = [`beyond limits.${section} (${limit})`];
  }
  return [...pinned, ...ranked.slice(0, room)];
}
