/**
 * Cross-article clustering: events that report the same happening become one Development.
 *
 * Blocking: same type family (from the taxonomy), sharing an actor, the location or a
 * distinctive word, with dates no further apart than the type's `windowDays`. Similarity:
 * actor overlap, word containment of the summaries, location, same type. Greedy in a fixed
 * order (publication date, article id, offset), then a second pass that merges whole clusters
 * (a report without actors joins once another report has brought the treaty's name).
 *
 * The development takes the most precise date its reports give; where reports give dates
 * that cannot both be true (2024 vs June 2025) it lists each value with its articles in
 * `dateConflict`. Ids hash the founding report's event id: stable across runs and corpus
 * order (they change only if an earlier-published report of the same happening is added).
 */
import { createHash } from 'node:crypto';
import type { ArticleExtraction, Development, ExtractedEvent, Precision } from '../model/extraction.js';
import { builtinGazetteer, normaliseName } from './entities/gazetteer.js';
import { loadTaxonomy, type Taxonomy } from './events/taxonomy.js';

export interface ClusterOptions {
  taxonomy?: Taxonomy;
  /** Minimum similarity to merge (0–1). */
  threshold?: number;
}

type Member = ExtractedEvent & { articleId: string };

/** One report's features, compared pairwise (single link within a cluster, capped). */
interface Rep {
  actors: Set<string>;
  locations: Set<string>;
  tokens: Set<string>;
  type: string;
  articleId: string;
  lo: number | null;
  hi: number | null;
}

interface Item {
  members: Member[];
  reps: Rep[];
  family: string;
  windowDays: number;
  conflictWindowDays: number;
  types: Set<string>;
  /** The founding report's date interval: fixed, so a cluster cannot creep along the calendar. */
  lo: number | null;
  hi: number | null;
  order: number;
}

const MAX_REPS = 4;
/** Candidate clusters looked at per report: blocking keys are tried most selective first. */
const MAX_CANDIDATES = 150;

const PRECISION_RANK: Record<Precision, number> = { day: 0, week: 1, month: 2, quarter: 3, season: 3, half: 4, year: 5, decade: 6, century: 7 };

const STOPWORDS = new Set(
  `the a an and or but of to in on at for with by from as is are was were be been being has have had it its this that these those
  their his her they he she we will would could should may might said says also after before during while which who whom than
  into over about between against amid more most other such new last year years month week day days two one first there here`.split(/\s+/),
);

export function clusterDevelopments(extractions: ArticleExtraction[], options: ClusterOptions = {}): Development[] {
  const taxonomy = options.taxonomy ?? loadTaxonomy();
  const threshold = options.threshold ?? 0.45;
  const typeSpec = new Map(taxonomy.types.map((t) => [t.id, t]));
  const articles = new Map(extractions.map((x) => [x.id, x]));
  const gazetteer = builtinGazetteer();
  // Countries act in half of all wire stories: sharing one says less than sharing a person.
  const weights = new Map<string, number>();
  const weight = (actor: string) => {
    let w = weights.get(actor);
    if (w === undefined) {
      w = gazetteer.byKey.get(normaliseName(actor))?.kind === 'country' ? 0.4 : 1;
      weights.set(actor, w);
    }
    return w;
  };

  const reports = extractions
    .flatMap((x) => x.events.map((e) => ({ ...e, articleId: x.id })))
    .sort((a, b) => published(articles, a.articleId).localeCompare(published(articles, b.articleId)) || a.articleId.localeCompare(b.articleId) || a.start - b.start || a.id.localeCompare(b.id));

  let order = 0;
  const items = reports.map((e): Item => {
    const spec = typeSpec.get(e.type);
    const [lo, hi] = interval(e.date, e.precision);
    const rep: Rep = { actors: new Set(e.actors), locations: new Set(e.location ? [e.location] : []), tokens: contentTokens(e.summary), type: e.type, articleId: e.articleId, lo, hi };
    const windowDays = spec?.windowDays ?? 3;
    return { members: [e], reps: [rep], family: spec?.family ?? e.type, windowDays, conflictWindowDays: Math.max(windowDays, spec?.conflictWindowDays ?? 0), types: new Set([e.type]), lo, hi, order: order++ };
  });

  const sim = (a: Item, b: Item) => similarity(a, b, weight);
  const firstPass = greedy(items, threshold, sim);
  const clusters = greedy(firstPass, threshold, sim);
  return clusters.map((c) => toDevelopment(c, articles)).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id));
}

function greedy(items: Item[], threshold: number, similarity: (a: Item, b: Item) => number): Item[] {
  const clusters: Item[] = [];
  const index = new Map<string, Item[]>();
  const keysOf = (item: Item): string[] => {
    const keys = new Set<string>();
    for (const r of item.reps) {
      if (r.lo !== null && r.lo === r.hi) keys.add(`${item.family}\u0000d:${r.articleId}:${r.lo}`);
      for (const a of r.actors) keys.add(`${item.family}\u0000a:${a}`);
      for (const l of r.locations) keys.add(`${item.family}\u0000l:${l}`);
    }
    for (const r of item.reps) for (const t of r.tokens) if (t.length >= 5) keys.add(`${item.family}\u0000t:${t}`);
    return [...keys];
  };
  const indexItem = (c: Item) => {
    for (const key of keysOf(c)) {
      const list = index.get(key) ?? [];
      if (list[list.length - 1] !== c && !list.includes(c)) list.push(c);
      index.set(key, list);
    }
  };
  for (const item of items) {
    let best: Item | null = null;
    let bestScore = threshold;
    const seen = new Set<Item>();
    const keys = keysOf(item).sort((x, y) => (index.get(x)?.length ?? 0) - (index.get(y)?.length ?? 0));
    for (const key of keys) {
      if (seen.size >= MAX_CANDIDATES) break;
      const list = index.get(key);
      if (!list) continue;
      for (let k = list.length - 1, n = 0; k >= 0 && n < 100; k--, n++) {
        const c = list[k]!;
        if (seen.has(c)) continue;
        seen.add(c);
        const score = similarity(item, c);
        if (score > bestScore || (score === bestScore && best && c.order < best.order)) {
          bestScore = score;
          best = c;
        }
      }
    }
    if (best) {
      absorb(best, item);
      indexItem(best);
    } else {
      const c: Item = { ...item, members: [...item.members], reps: [...item.reps], types: new Set(item.types) };
      clusters.push(c);
      indexItem(c);
    }
  }
  return clusters;
}

/** The best match between any report of one and any report of the other, within the founders' date window. */
function similarity(a: Item, b: Item, weight: (actor: string) => number): number {
  if (a.family !== b.family) return 0;
  if (a.lo !== null && b.lo !== null && a.hi !== null && b.hi !== null) {
    const gap = Math.max(0, a.lo - b.hi, b.lo - a.hi);
    if (gap > Math.max(a.conflictWindowDays, b.conflictWindowDays)) return 0;
  }
  const window = Math.max(a.windowDays, b.windowDays);
  let best = 0;
  for (const x of a.reps) {
    for (const y of b.reps) {
      const far = x.lo !== null && y.lo !== null && x.hi !== null && y.hi !== null && Math.max(0, x.lo - y.hi, y.lo - x.hi) > window;
      best = Math.max(best, repSimilarity(x, y, a.family, weight, far));
    }
  }
  return best;
}

function repSimilarity(a: Rep, b: Rep, family: string, weight: (actor: string) => number, far: boolean): number {
  const sameType = a.type === b.type ? 1 : 0;
  // Statements, warnings and accusations are many a day: only the same kind can be one report.
  if (family === 'statement' && !sameType) return 0;
  const bothDated = a.lo !== null && b.lo !== null;
  const actors = weightedJaccard(a.actors, b.actors, weight);
  // One article telling one happening twice ("…test-launched missiles." "Kim oversaw the launches."):
  // same type, same day, same article.
  if (sameType && bothDated && a.articleId === b.articleId && a.lo === a.hi && a.lo === b.lo && b.lo === b.hi) return 0.5 + 0.3 * actors;
  const small = a.tokens.size <= b.tokens.size ? a.tokens : b.tokens;
  const large = small === a.tokens ? b.tokens : a.tokens;
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  // Containment of the shorter summary's words, but a four-word summary cannot match everything.
  const text = shared / Math.max(small.size, 6);
  if (actors === 0 && text < 0.35) return 0;
  // Sharing only countries ("United States", "Japan") says little without shared wording.
  let sharedNamed = false;
  for (const x of a.actors) if (b.actors.has(x) && weight(x) >= 1) sharedNamed = true;
  if (!sharedNamed && text < 0.3) return 0;
  // Both name their people or organisations and none is shared: different agents, different happenings
  // ("Joule Inc said its board declared a three-for-two stock split" is not Tech Data's split).
  if (!sharedNamed && hasNamed(a.actors, weight) && hasNamed(b.actors, weight)) return 0;
  // Reports far apart in time: the same happening only on strong evidence (then a date conflict).
  if (far && !sharedNamed && text < 0.5) return 0;
  // Different types of one family (a test and a deployment) are one happening only if told alike.
  if (!sameType && text < 0.35) return 0;
  // An undated report joins only when it clearly tells the same story.
  if (!bothDated && (actors === 0 || text < 0.5)) return 0;
  let location = 0;
  for (const l of a.locations) if (b.locations.has(l)) location = 1;
  // A report that names no actor is judged on its words alone.
  const score = !a.actors.size || !b.actors.size ? 0.7 * text + 0.15 * location + 0.15 * sameType : 0.45 * actors + 0.35 * text + 0.1 * location + 0.1 * sameType;
  return far && score < 0.5 ? 0 : score;
}

function hasNamed(actors: Set<string>, weight: (actor: string) => number): boolean {
  for (const a of actors) if (weight(a) >= 1) return true;
  return false;
}

function weightedJaccard(a: Set<string>, b: Set<string>, weight: (actor: string) => number): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  let all = 0;
  for (const x of a) {
    const w = weight(x);
    all += w;
    if (b.has(x)) shared += w;
  }
  for (const x of b) if (!a.has(x)) all += weight(x);
  return all ? shared / all : 0;
}

function absorb(into: Item, item: Item): void {
  into.members.push(...item.members);
  for (const r of item.reps) if (into.reps.length < MAX_REPS) into.reps.push(r);
  for (const t of item.types) into.types.add(t);
  if (into.lo === null && item.lo !== null) {
    into.lo = item.lo;
    into.hi = item.hi;
  }
  into.windowDays = Math.max(into.windowDays, item.windowDays);
  into.order = Math.min(into.order, item.order);
}

function toDevelopment(c: Item, articles: Map<string, ArticleExtraction>): Development {
  const members = [...c.members].sort(
    (a, b) => published(articles, a.articleId).localeCompare(published(articles, b.articleId)) || a.articleId.localeCompare(b.articleId) || a.start - b.start,
  );
  const founder = members[0]!;
  const stated = members.filter((m) => m.date && m.precision && (m.dateSource === 'explicit' || m.dateSource === 'relative'));
  const dated = stated.length ? stated : members.filter((m) => m.date && m.precision);
  const byValue = new Map<string, { value: string; precision: Precision; articleIds: string[]; count: number }>();
  for (const m of dated) {
    const entry = byValue.get(m.date!) ?? { value: m.date!, precision: m.precision!, articleIds: [], count: 0 };
    if (!entry.articleIds.includes(m.articleId)) entry.articleIds.push(m.articleId);
    entry.count++;
    byValue.set(m.date!, entry);
  }
  const values = [...byValue.values()];
  const best = [...values].sort((a, b) => PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] || b.articleIds.length - a.articleIds.length || a.value.localeCompare(b.value))[0];
  let conflict = false;
  for (let i = 0; i < values.length && !conflict; i++) {
    for (let j = i + 1; j < values.length && !conflict; j++) {
      const [alo, ahi] = interval(values[i]!.value, values[i]!.precision);
      const [blo, bhi] = interval(values[j]!.value, values[j]!.precision);
      if (alo !== null && ahi !== null && blo !== null && bhi !== null && (alo > bhi || blo > ahi)) conflict = true;
    }
  }
  const count = <T extends string>(list: T[]) => {
    const m = new Map<T, number>();
    list.forEach((x) => m.set(x, (m.get(x) ?? 0) + 1));
    return [...m.entries()].sort((a, b) => b[1] - a[1] || list.indexOf(a[0]) - list.indexOf(b[0])).map(([x]) => x);
  };
  const headline = [...members].sort(
    (a, b) => Number(b.dateSource === 'explicit' || b.dateSource === 'relative') - Number(a.dateSource === 'explicit' || a.dateSource === 'relative') || b.confidence - a.confidence || a.summary.length - b.summary.length,
  )[0]!;
  const sources: string[] = [];
  for (const m of members) if (!sources.includes(m.articleId)) sources.push(m.articleId);
  const outlets = new Set(sources.map((id) => articles.get(id)?.source ?? id));
  const confidence = Math.min(0.99, Math.max(...members.map((m) => m.confidence)) + 0.05 * (outlets.size - 1));
  return {
    id: createHash('sha256').update(`development\u0000${founder.articleId}\u0000${founder.id}`).digest('hex').slice(0, 16),
    date: best?.value ?? null,
    precision: best?.precision ?? null,
    dateConflict: conflict ? values.sort((a, b) => a.value.localeCompare(b.value)).map(({ value, precision, articleIds }) => ({ value, precision, articleIds })) : null,
    type: count(members.map((m) => m.type))[0] ?? headline.type,
    actors: count(members.flatMap((m) => m.actors)),
    location: count(members.flatMap((m) => (m.location ? [m.location] : [])))[0] ?? null,
    summary: headline.summary,
    events: members,
    sources,
    corroboration: outlets.size,
    confidence: Math.round(confidence * 100) / 100,
  };
}

function published(articles: Map<string, ArticleExtraction>, id: string): string {
  return articles.get(id)?.published ?? '';
}

function contentTokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[a-z][a-z'-]+/g)) {
    const w = m[0];
    if (w.length < 3 || STOPWORDS.has(w)) continue;
    out.add(w.slice(0, 5));
  }
  return out;
}

const DAY = 86_400_000;

/** A TIMEX value as an inclusive range of day numbers; null for unknown shapes. */
export function interval(value: string | null, precision: Precision | null): [number | null, number | null] {
  if (!value) return [null, null];
  const day = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m - 1, d) / DAY);
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value))) {
    const d = day(+m[1]!, +m[2]!, +m[3]!);
    return [d, d];
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
    const jan4 = day(+m[1]!, 1, 4);
    const monday = jan4 - ((new Date(jan4 * DAY).getUTCDay() + 6) % 7) + (+m[2]! - 1) * 7;
    return [monday, monday + 6];
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return [day(+m[1]!, +m[2]!, 1), day(+m[1]!, +m[2]! + 1, 1) - 1];
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return [day(+m[1]!, (+m[2]! - 1) * 3 + 1, 1), day(+m[1]!, +m[2]! * 3 + 1, 1) - 1];
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return [day(+m[1]!, +m[2]! === 1 ? 1 : 7, 1), day(+m[1]!, +m[2]! === 1 ? 7 : 13, 1) - 1];
  if ((m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(value))) {
    const start = { SP: 3, SU: 6, FA: 9, AU: 9, WI: 12 }[m[2] as 'SP'] ?? 1;
    return [day(+m[1]!, start, 1), day(+m[1]!, start + 3, 1) - 1];
  }
  if ((m = /^(\d{4})$/.exec(value))) return [day(+m[1]!, 1, 1), day(+m[1]! + 1, 1, 1) - 1];
  if ((m = /^(\d{3})$/.exec(value))) return [day(+m[1]! * 10, 1, 1), day(+m[1]! * 10 + 10, 1, 1) - 1];
  if ((m = /^(\d{2})$/.exec(value))) return [day(+m[1]! * 100, 1, 1), day(+m[1]! * 100 + 100, 1, 1) - 1];
  void precision;
  return [null, null];
}
