/** One edition's content: its slice of the corpus through the brief's selection, with "new" marks. */
import type { BriefContext } from '../brief/context.js';
import type { LoadedBrief } from '../brief/load-brief.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { sliceForPeriod, type IndexedCorpus, type IndexedExtraction } from './corpus-index.js';
import { previousWeek, type Edition } from './editions.js';
import { isoWeekRange, type DayRange } from '../brief/period.js';
import type { EditionSelection } from './manifest.js';

/** Selects an edition's content from its slice of the corpus and marks what is new since the last edition. */
export async function selectEdition(
  loaded: LoadedBrief,
  corpus: IndexedCorpus,
  e: Edition,
  extraction: IndexedExtraction,
  onDiagnostic?: (d: Diagnostic) => void,
) {
  const { selectForBrief } = await import('../brief/select.js');
  // The edition's days are already resolved (a week, or the brief's own period): select exactly those.
  const selectDays = (period: DayRange, report?: (d: Diagnostic) => void): BriefContext => {
    const slice = sliceForPeriod(corpus, extraction, period);
    const brief: LoadedBrief = { ...loaded, spec: { ...loaded.spec, cadence: null, period: { kind: 'range', from: period.from, to: period.to } } };
    return selectForBrief({ brief, articles: slice.articles, extractions: slice.extractions, developments: slice.developments, asOf: e.asOf, ...(report ? { onDiagnostic: report } : {}) });
  };
  const context = selectDays(e.period, onDiagnostic);
  context.stats.articlesRead = corpus.articles.length;
  const keyOf = (d: { type: string; headline: string }) => `${d.type}|${d.headline.toLowerCase().replace(/\s+/g, ' ').trim()}`;
  const developmentKeys = context.developments.map(keyOf);
  // "New since the last edition": what the previous week's edition selects, worked out from the
  // corpus rather than read from the manifest, so the answer does not depend on which editions
  // this run builds or in what order (editions build in parallel).
  // The first week the corpus covers has no previous edition, so nothing in it is "new".
  const previousWeekKey = e.week ? previousWeek(e.week) : null;
  const previousRange = previousWeekKey ? isoWeekRange(previousWeekKey) : null;
  if (previousRange && corpus.span && corpus.span.from <= previousRange.to) {
    const before = selectDays(previousRange);
    const ids = new Set(before.developments.map((d) => d.id));
    const keys = new Set(before.developments.map(keyOf));
    for (const d of context.developments) d.isNew = !ids.has(d.id) && !keys.has(keyOf(d));
  } else {
    for (const d of context.developments) d.isNew = false;
  }
  const empty = context.developments.length === 0 && context.quotes.length === 0;
  if (e.week) {
    context.edition = { serial: e.serial, week: e.week, previous: previousWeekKey };
    if (empty) context.summary = `Nothing matched this brief in ${e.week} (${e.period.from} to ${e.period.to}): no developments or statements were selected.`;
  }
  const selection: EditionSelection = {
    articles: Object.fromEntries(context.sources.map((s) => [s.id, corpus.byId.get(s.id)?.contentHash ?? ''])),
    developments: context.developments.map((d) => d.id),
    newDevelopments: context.developments.filter((d) => d.isNew).map((d) => d.id),
    quotes: context.quotes.map((q) => q.id),
    stats: `${context.stats.articlesInPeriod}/${context.stats.outlets}`,
    empty,
  };
  return { context, selection, developmentKeys };
}
