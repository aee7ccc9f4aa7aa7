/**
 * Event extraction: a sentence whose verb (or light verb + event noun, or pattern) names a
 * kind of happening from the taxonomy becomes an event, with actors from the entity
 * mentions of its clause, a location, a date and a one-line summary. Which type: triggers.ts
 * finds the candidate triggers, frame.ts reads negation and modality around each, choose.ts
 * applies the priority rules.
 *
 * Dates: the DateRef nearest the trigger inside the sentence; a DateRef anchored to another
 * happening ("a day before Shoigu's arrival", `anchor: { phrase, offsetDays }`) is resolved
 * against the dated event of that actor; a sentence without a date inherits the article's
 * lead event's date (`dateSource: 'inherited'`) unless it is background, perfect-tense,
 * hypothetical or future, which get no date and a low confidence.
 */
import { createHash } from 'node:crypto';
import type { DateRef, ExtractedEvent, Precision } from '../../model/extraction.js';
import { TITLE_WORDS } from '../entities/gazetteer.js';
import type { RecognisedEntity } from '../entities/index.js';
import { splitSentences } from '../sentences.js';
import { chooseType } from './choose.js';
import type { Taxonomy } from './taxonomy.js';
import { findCandidates } from './triggers.js';
import { wordsOf } from './words.js';

/** What the date normaliser may add to a DateRef for "a day before X": resolved by us against X. */
export interface DateAnchor {
  phrase: string;
  offsetDays: number;
}
export type AnchoredDateRef = DateRef & { anchor?: DateAnchor | null };

export interface EventInput {
  id: string;
  text: string;
  referenceDate: string | null;
}

const PERFECT = /\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en|wn|ne)\b/;
const ATTRIBUTION_TAIL = /,?\s+(?:according to [^,.;]{1,80}|(?:reported|said|told|citing)\s+[^,.;]{1,60}|[^,.;]{1,60}\s(?:reported|said|says|reports))\s*([.!?]?)$/;
const MAX_ACTORS = 6;

interface Trigger {
  type: number;
  score: number;
  start: number;
  end: number;
  /** Modal, infinitive or future before the verb. */
  irrealis: boolean;
}

export interface EventOptions {
  taxonomy: Taxonomy;
  entities: RecognisedEntity[];
}

export function extractEvents(input: EventInput, dates: AnchoredDateRef[], options: EventOptions): ExtractedEvent[] {
  const { taxonomy, entities } = options;
  const text = input.text;
  const drafts: Draft[] = [];
  let ei = 0;
  let di = 0;
  for (const s of splitSentences(text)) {
    while (ei < entities.length && entities[ei]!.start < s.start) ei++;
    while (di < dates.length && dates[di]!.start < s.start) di++;
    const sentence = text.slice(s.start, s.end);
    const trigger = findTrigger(sentence, s.start, taxonomy);
    if (!trigger) continue;
    const mentions: RecognisedEntity[] = [];
    for (let k = ei; k < entities.length && entities[k]!.start < s.end; k++) mentions.push(entities[k]!);
    const sentenceDates: AnchoredDateRef[] = [];
    for (let k = di; k < dates.length && dates[k]!.start < s.end; k++) if (dates[k]!.end <= s.end) sentenceDates.push(dates[k]!);
    drafts.push(draftEvent(text, s, sentence, trigger, mentions, sentenceDates, taxonomy));
  }
  resolveAnchors(drafts, taxonomy);
  return finish(input, drafts, taxonomy);
}

interface Draft {
  start: number;
  end: number;
  sentence: string;
  type: number;
  score: number;
  actors: string[];
  location: string | null;
  dateRef: AnchoredDateRef | null;
  anchor: DateAnchor | null;
  anchorActors: string[];
  date: string | null;
  precision: Precision | null;
  dateSource: ExtractedEvent['dateSource'];
  background: boolean;
  hedged: boolean;
  perfect: boolean;
  irrealis: boolean;
}

/** The sentence's event type and the trigger that decided it (offsets in the article), or null. */
function findTrigger(sentence: string, offset: number, taxonomy: Taxonomy): Trigger | null {
  const words = wordsOf(sentence);
  const choice = chooseType(sentence, words, findCandidates(sentence, words, taxonomy), taxonomy);
  return choice && { type: choice.type, score: choice.score, start: offset + choice.start, end: offset + choice.end, irrealis: choice.irrealis };
}

function draftEvent(
  text: string,
  s: { start: number; end: number },
  sentence: string,
  trigger: Trigger,
  mentions: RecognisedEntity[],
  sentenceDates: AnchoredDateRef[],
  taxonomy: Taxonomy,
): Draft {
  // The trigger's clause: from the sentence start to the first clause break after the trigger.
  const afterTrigger = text.slice(trigger.end, s.end);
  const BREAK = /[,;:]\s|\s[–—-]\s|\s(?:which|who|while|as|amid|after|because)\s/g;
  let brk = BREAK.exec(afterTrigger);
  // "During the talks, Medvedev expressed…": the trigger ends a fronted phrase; its clause goes on.
  if (brk && brk.index < 3 && !text.slice(s.start, trigger.start).includes(',')) brk = BREAK.exec(afterTrigger);
  const clauseEnd = brk ? trigger.end + brk.index : s.end;
  // Appositives (", a key ally of President Vladimir Putin,") describe, they do not act.
  const appositives: [number, number][] = [];
  for (const m of sentence.matchAll(/,\s+(?:a|an|the)\s[^,]{0,90},/g)) appositives.push([s.start + (m.index ?? 0), s.start + (m.index ?? 0) + m[0].length]);
  const inAppositive = (e: RecognisedEntity) => appositives.some(([a, b]) => e.start >= a && e.end <= b);

  const actors: string[] = [];
  let location: string | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const e = mentions[k]!;
    const before = text.slice(Math.max(s.start, e.start - 12), e.start);
    const placeCue = /\b(?:in|at|near|to|into|from|outside|visited|visit|visits|visiting|toward|towards)\s+$/i.test(before);
    const possessive = /^['’]s\b/.test(text.slice(e.end, e.end + 3)); // "in Russia's war": not a place
    if ((e.kind === 'place' || e.kind === 'country') && placeCue && !possessive && e.start >= trigger.start - 40 && e.start < clauseEnd && location === null) {
      location = e.canonical;
      continue;
    }
    // "A day before Shoigu's arrival": a name inside a date expression dates the event, it does not act in it.
    if (e.start >= clauseEnd || inAppositive(e) || e.media || sentenceDates.some((d) => e.start >= d.start && e.end <= d.end) || inTimeAnchor(text, e)) continue;
    if (e.kind === 'place') {
      if (e.country && !placeCue) pushUnique(actors, e.country);
      continue;
    }
    // "North Korean leader Kim Jong Un": the country is the person's title, not another actor.
    const next = mentions[k + 1];
    if (e.kind !== 'person' && next?.kind === 'person') {
      const gap = text.slice(e.end, next.start).trim().toLowerCase();
      if (gap.split(/\s+/).every((w) => w === '' || TITLE_WORDS.has(w.replace(/[.,]/g, '')))) continue;
    }
    pushUnique(actors, e.canonical);
  }
  actors.splice(MAX_ACTORS);
  if (location === null) {
    const loc = mentions.find(
      (e) => e.kind === 'place' && e.start < clauseEnd && /\b(?:in|at|near)\s+(?:the\s+)?$/i.test(text.slice(Math.max(s.start, e.start - 10), e.start)) && !/^['’]s\b/.test(text.slice(e.end, e.end + 3)),
    );
    if (loc) location = loc.canonical;
  }

  const triggerMid = (trigger.start + trigger.end) / 2;
  let dateRef: AnchoredDateRef | null = null;
  let bestDistance = Infinity;
  for (const d of sentenceDates) {
    if (!d.value && !d.anchor) continue;
    const distance = Math.abs((d.start + d.end) / 2 - triggerMid);
    if (distance < bestDistance) {
      bestDistance = distance;
      dateRef = d;
    }
  }
  let anchor: DateAnchor | null = dateRef?.anchor && (dateRef.resolution === 'unresolved' || !dateRef.value) ? dateRef.anchor : null;
  if (!dateRef) anchor = findAnchorPhrase(sentence);
  const anchorActors = anchor ? mentions.filter((e) => e.kind === 'person' || e.kind === 'organisation' || e.kind === 'country').filter((e) => anchor!.phrase.includes(e.text)).map((e) => e.canonical) : [];

  const background = taxonomy.background?.test(sentence) ?? false;
  const hedged = taxonomy.hedge?.test(sentence) ?? false;
  const perfect = PERFECT.test(sentence.slice(0, trigger.end - s.start + 1));
  const draft: Draft = {
    start: s.start,
    end: s.end,
    sentence,
    type: trigger.type,
    score: trigger.score,
    actors,
    location,
    dateRef,
    anchor,
    anchorActors,
    date: null,
    precision: null,
    dateSource: 'none',
    background,
    hedged,
    perfect,
    irrealis: trigger.irrealis,
  };
  if (dateRef && !anchor && dateRef.value) {
    draft.date = dateRef.value;
    draft.precision = dateRef.precision;
    draft.dateSource = dateRef.resolution === 'explicit' ? 'explicit' : 'relative';
  }
  return draft;
}

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10 };

/** Fallback when the date normaliser gave nothing: "A day before Shoigu's arrival". */
function findAnchorPhrase(sentence: string): DateAnchor | null {
  const m = /\b(an?|one|two|three|four|five|six|seven|ten|\d{1,2})\s+(days?|weeks?)\s+(before|after|ahead of|prior to)\s+([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s\s+(?:arrival|visit|trip|meeting|talks|summit|departure|speech))/i.exec(sentence);
  if (!m) return null;
  const n = NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
  const days = n * (m[2]!.toLowerCase().startsWith('week') ? 7 : 1);
  return { phrase: m[0], offsetDays: /after/i.test(m[3]!) ? days : -days };
}

/** Anchored dates: the day of the happening the phrase names (that actor's dated event) plus the offset. */
function resolveAnchors(drafts: Draft[], taxonomy: Taxonomy): void {
  for (const d of drafts) {
    if (!d.anchor) continue;
    const wantsVisit = /arriv|visit|trip|meeting|talks|summit|departure/i.test(d.anchor.phrase);
    let best: Draft | null = null;
    let bestScore = -1;
    for (const other of drafts) {
      if (other === d || !other.date || other.anchor || other.dateSource === 'none') continue;
      if (!d.anchorActors.some((a) => other.actors.includes(a))) continue;
      let score = other.precision === 'day' ? 2 : 1;
      if (wantsVisit && /meeting|visit/.test(taxonomy.types[other.type]?.id ?? '')) score += 1;
      if (score > bestScore) {
        bestScore = score;
        best = other;
      }
    }
    // No event of that actor: the article's lead happening is the best guess at what is meant.
    best ??= drafts.find((o) => o !== d && o.date && o.precision === 'day' && !o.anchor && (o.dateSource === 'explicit' || o.dateSource === 'relative')) ?? null;
    if (!best?.date) continue;
    d.date = best.precision === 'day' ? addDays(best.date, d.anchor.offsetDays) : best.date;
    d.precision = best.precision;
    d.dateSource = 'relative';
  }
}

function finish(input: EventInput, drafts: Draft[], taxonomy: Taxonomy): ExtractedEvent[] {
  const lead = drafts.find((d) => d.date && d.precision === 'day' && (d.dateSource === 'explicit' || d.dateSource === 'relative') && !d.background && !d.irrealis);
  return drafts.map((d, index) => {
    const spec = taxonomy.types[d.type]!;
    const canInherit = !d.background && !d.perfect && !d.irrealis;
    let { date, precision, dateSource } = d;
    if (!date && canInherit) {
      // "Kim oversaw the launches" right after the dated test: that test's date, not the lead's.
      const prev = drafts[index - 1];
      const sameThread = prev?.date && prev.type === d.type && prev.dateSource !== 'none' && !input.text.slice(prev.end, d.start).includes('\n');
      const source = sameThread ? prev : lead;
      if (source?.date) {
        date = source.date;
        precision = source.precision;
        dateSource = 'inherited';
      } else if (input.referenceDate) {
        date = input.referenceDate;
        precision = 'day';
        dateSource = 'publication';
      }
    }
    let confidence = 0.45 + Math.min(0.25, d.score * 0.2) + (d.actors.length ? 0.1 : 0);
    if (dateSource === 'explicit' || dateSource === 'relative') confidence += 0.15;
    if (dateSource === 'inherited') confidence -= 0.1;
    if (dateSource === 'publication') confidence -= 0.15;
    if (d.background) confidence = date ? 0.3 : 0.15;
    if (d.hedged) confidence *= 0.75;
    if (d.perfect && !d.date) confidence *= 0.6;
    if (d.irrealis) confidence *= 0.6;
    const event: ExtractedEvent = {
      id: createHash('sha256').update(`${input.id}\u0000${d.start}\u0000${d.sentence.replace(/\s+/g, ' ')}`).digest('hex').slice(0, 16),
      date,
      precision,
      dateSource,
      type: spec.id,
      actors: d.actors,
      location: d.location,
      summary: summarise(d.sentence),
      start: d.start,
      end: d.end,
      confidence: Math.round(Math.max(0.05, Math.min(0.95, confidence)) * 100) / 100,
    };
    if (spec.plover) event.plover = spec.plover;
    if (d.background) event.background = true;
    if (d.dateRef && date === d.dateRef.value) event.dateSpan = d.dateRef.span;
    return event;
  });
}

/** The sentence without attribution clutter, at most ~200 characters, cut at a clause boundary. */
export function summarise(sentence: string, max = 200): string {
  let s = sentence.replace(/\s+/g, ' ').trim();
  // "- A Russian delegation arrived …": what a dateline's "--" leaves, or a list bullet.
  s = s.replace(/^[-–—•*]+\s*/u, '');
  s = s.replace(/^(?:according to [^,]{1,80},\s*)/i, '');
  s = s.replace(/^(?:state media(?: outlet)?\s+)?(?:(?:the\s+)?(?:Korean Central News Agency|KCNA|TASS|Yonhap|Xinhua|RIA Novosti|Interfax|Reuters)(?:\s*\([A-Z]+\))?)\s+(?:reported|said|says|reports)\s+(?:that\s+)?/i, '');
  const tail = ATTRIBUTION_TAIL.exec(s);
  if (tail && tail.index > 15) s = `${s.slice(0, tail.index)}${tail[1] || '.'}`;
  if (s.length > max) s = s.replace(/^(?:In|On|At|During|Amid|After|Following|As|While|Yet|However|Meanwhile)\b[^,]{0,90},\s+/, '');
  s = s.charAt(0).toUpperCase() + s.slice(1);
  if (s.length <= max) return s;
  const window = s.slice(0, max);
  let cut = -1;
  for (const m of window.matchAll(/[,;:](?=\s)|\s[–—]\s|\s(?:which|while|as|after|amid|including|but)\s/g)) if ((m.index ?? 0) >= 60) cut = m.index ?? cut;
  if (cut < 0) cut = window.lastIndexOf(' ');
  return `${s.slice(0, cut > 0 ? cut : max).replace(/[\s,;:–—]+$/, '')}…`;
}

/** "before Shoigu's arrival", "after Lavrov’s visit": the name only places the event in time. */
function inTimeAnchor(text: string, e: RecognisedEntity): boolean {
  return (
    /\b(?:before|after|ahead of|prior to|since|following|until)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, e.start - 16), e.start)) &&
    /^['’]s\s+(?:arrival|visit|trip|departure|meeting|talks|summit|speech|death|election|inauguration)\b/i.test(text.slice(e.end, e.end + 16))
  );
}

function pushUnique(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

export function addDays(isoDay: string, days: number): string {
  const d = new Date(`${isoDay.slice(0, 10)}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
