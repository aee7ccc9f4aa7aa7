/**
 * Temporal expressions in news text, normalised to TIMEX3-style values against the article's
 * reference day (dateline or publication day).
 */
import type { DateRef } from '../../model/extraction.js';
import { offsetDays, resolveAnchorFromText, sentences, shiftDay } from './anchored.js';
import { parseDay } from './calendar.js';
import { joinRanges } from './ranges.js';
import { recognise } from './recognise.js';
import { type Resolved, resolveMeaning } from './resolve.js';
import { type Tense, clauseTense } from './tense.js';
import type { Unit } from './types.js';

export interface ExtractDatesOptions {
  /**
   * Date "a day before Shoigu's arrival" from another sentence of the same text that dates the
   * same actor's visit. Default true; turn off to leave every anchored expression to a later stage
   * (its `anchor` field is set either way).
   */
  resolveAnchors?: boolean;
}

export type { Tense } from './tense.js';
export { clauseTense } from './tense.js';

type AnchorUnit = 'day' | 'week' | 'month' | 'year';
const asAnchorUnit = (u: Unit): AnchorUnit => (u === 'week' || u === 'month' || u === 'year' ? u : 'day');

/**
 * Every dated temporal expression in `text`, in text order, non-overlapping.
 * `referenceDate` is `yyyy-MM-dd` (anything after the day is ignored) or null. Never throws:
 * text it cannot read yields no dates rather than an exception in the middle of a corpus run.
 */
export function extractDates(text: string, referenceDate: string | null, options: ExtractDatesOptions = {}): DateRef[] {
  try {
    if (typeof text !== 'string' || text.length === 0) return [];
    return extract(text, referenceDate, options);
  } catch {
    return [];
  }
}

function extract(text: string, referenceDate: string | null, options: ExtractDatesOptions): DateRef[] {
  const ref = parseDay(referenceDate);
  const mentions = recognise(text);
  const refs: DateRef[] = [];
  const anchored: { ref: DateRef; unit: Unit; n: number }[] = [];
  let previous: Resolved | null = null;
  let previousEnd = 0;
  for (const mention of mentions) {
    let tense: Tense | undefined;
    const resolved = resolveMeaning(mention.meaning, {
      ref,
      previous,
      previousInSentence: previous !== null && !/[.!?]\s|\n/.test(text.slice(previousEnd, mention.start)),
      tense: () => (tense ??= clauseTense(text, mention.start, mention.end)),
    });
    if (!resolved) continue;
    const dateRef: DateRef = {
      span: text.slice(mention.start, mention.end),
      value: resolved.value,
      precision: resolved.precision,
      start: mention.start,
      end: mention.end,
      resolution: resolved.resolution,
    };
    if (resolved.endValue) dateRef.endValue = resolved.endValue;
    if (mention.mod) dateRef.mod = mention.mod;
    const meaning = mention.meaning;
    if (meaning.kind === 'anchored') {
      dateRef.anchor = {
        phrase: meaning.phrase,
        offsetDays: offsetDays(meaning.unit, meaning.n),
        amount: meaning.n,
        unit: asAnchorUnit(meaning.unit),
      };
      anchored.push({ ref: dateRef, unit: meaning.unit, n: meaning.n });
    } else if (/^\d{3}/.test(resolved.value) && meaning.kind !== 'narrative') {
      // Narrative dates are not anchors themselves: "a year earlier … a year earlier" must not drift.
      previous = resolved;
      previousEnd = mention.end;
    }
    refs.push(dateRef);
  }
  if (anchored.length > 0 && options.resolveAnchors !== false) resolveAnchors(text, referenceDate, refs, anchored);
  return joinRanges(text, refs);
}

function resolveAnchors(
  text: string,
  referenceDate: string | null,
  refs: DateRef[],
  anchored: { ref: DateRef; unit: Unit; n: number }[],
): void {
  const sents = sentences(text);
  for (const { ref, unit, n } of anchored) {
    const phrase = ref.anchor!.phrase;
    // "two days before March 21": the anchor is itself a date, not an event to look up.
    const inner = extract(phrase, referenceDate, { resolveAnchors: false })[0];
    const value =
      inner && inner.start === 0 ? shiftDay(inner.value, unit, n) : resolveAnchorFromText(text, ref, unit, n, refs, sents);
    if (value) ref.value = value;
    else if (unit !== 'day') {
      ref.value = unit === 'week' ? 'XXXX-WXX' : unit === 'month' ? 'XXXX-XX' : 'XXXX';
      ref.precision = unit === 'week' ? 'week' : unit === 'month' ? 'month' : 'year';
    }
  }
}
