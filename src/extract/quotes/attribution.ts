/**
 * Finding who said a quotation: the reporting cue and the speaker mention in the writer's
 * words around it, in the patterns news copy uses —
 *   "…," X said      "…," said X      X said: "…"      X told Reuters "…"
 *   "…," according to X       "…" — X       X, in a post on VK, said "…"
 * and, failing those, the speaker carried over from a neighbouring quotation (the second half
 * of a split quote, a quotation continued in the next paragraph, a floating quote).
 */
import { findCues, type CueMatch } from './cues.js';
import { endsSentence } from './layout.js';
import { isTitleWord, readMention, type Mention } from './mentions.js';

/** A full stop, ! or ? inside `s` that ends a sentence ("Mr. Obama" and "U.S." do not). */
function hasSentenceEnd(s: string): boolean {
  for (let i = 0; i < s.length - 1; i++) if (/[.!?]/.test(s[i]!) && /\s/.test(s[i + 1]!) && endsSentence(s, i)) return true;
  return false;
}

export type AttributionHow =
  | 'after'
  | 'before'
  | 'dash'
  | 'continued'
  | 'same-paragraph'
  | 'floating'
  | 'none';

export interface Attribution {
  mention: Mention | null;
  /** Absolute offset of the mention in the article, for resolving it against what came before. */
  mentionPos: number;
  cue: string | null;
  how: AttributionHow;
}

export const NO_ATTRIBUTION: Attribution = { mention: null, mentionPos: -1, cue: null, how: 'none' };

/** How far past the closing mark a cue may sit and still belong to the quotation. */
const AFTER_WINDOW = 90;

/** Where the speaker named after the cue stops ("said Kim Yo Jong, vice director…, in a statement"). */
const AFTER_CUE_STOP =
  /\s+(?:in|on|at|during|after|before|when|while|as|adding|who|which|to|from|via|through|according|referring|speaking|citing|of\s+the\s+(?=\p{Ll}))\b|[;:.!?]\s|[;:.!?]$|\s[—–]\s|\(/u;

function mentionAfterCue(region: string, cue: CueMatch, base: number): Mention | null {
  const rest = region.slice(cue.end);
  const lead = rest.match(/^[\s,]*/)![0].length;
  let body = rest.slice(lead);
  const stop = body.search(AFTER_CUE_STOP);
  if (stop >= 0) body = body.slice(0, stop);
  body = body.replace(/[,.\s]+$/, '');
  if (!body) return null;
  return readMention(body, base + cue.end + lead);
}

/** `region` is the writer's text after the closing mark, up to the end of the sentence. */
export function attributeAfter(region: string, base: number, sentenceClosed = false): Attribution | null {
  const head = region.slice(0, AFTER_WINDOW);
  const dash = head.match(/^\s*[—–―]+\s*|^\s*--?\s+/);
  if (dash && !findCues(head).length) {
    const body = region.slice(dash[0].length).replace(/[,.;\s]+$/, '');
    const m = readMention(body, base + dash[0].length);
    if (m && m.kind !== 'nominal') return { mention: m, mentionPos: m.offset, cue: null, how: 'dash' };
  }
  // After a quotation that ended its own sentence only a dash can still attach a speaker.
  if (sentenceClosed) return null;
  const cues = findCues(head);
  for (const cue of cues) {
    const pre = region.slice(0, cue.start);
    // The attribution follows the quotation directly; a full stop in between means a new sentence.
    if (hasSentenceEnd(pre)) break;
    const cleaned = pre.replace(/^[\s,—–-]+/, '');
    const preOffset = base + (pre.length - cleaned.length);
    if (cue.canonical === 'according to' || cleaned.trim() === '') {
      if (cue.canonical === 'told') continue;
      const m = mentionAfterCue(region, cue, base);
      if (m) return { mention: m, mentionPos: m.offset, cue: cue.canonical, how: 'after' };
      continue;
    }
    const m = readMention(cleaned.replace(/\s+(?:also|later|then|further|again|once|recently|previously|had|has|have|was|is|would|will|had\s+earlier)\s*$/i, ''), preOffset);
    if (m) return { mention: m, mentionPos: m.offset, cue: cue.canonical, how: 'after' };
    break;
  }
  return null;
}

/** `region` is the writer's text from the start of the sentence to the opening mark. */
export function attributeBefore(region: string, base: number): Attribution | null {
  const cues = findCues(region);
  for (let k = cues.length - 1; k >= 0; k--) {
    const cue = cues[k]!;
    if (cue.canonical === 'according to') {
      const m = mentionAfterCue(region, cue, base);
      if (m) return { mention: m, mentionPos: m.offset, cue: cue.canonical, how: 'before' };
      continue;
    }
    const subject = region.slice(0, cue.start);
    if (/ing$/i.test(cue.written) && /,\s*$/.test(subject)) {
      // "Shoigu emphasized …, adding that …": the participle shares the main clause's subject.
      const m = leadingSubject(subject, base);
      return m ? { mention: m, mentionPos: m.offset, cue: cue.canonical, how: 'before' } : null;
    }
    const trimmed = subject.replace(/\s+(?:also|later|then|further|again|once|recently|previously|has|have|had|was|is|would|will|had\s+earlier|once\s+again|repeatedly|publicly|reportedly|separately|earlier|flatly|angrily|frequently|often|has\s+repeatedly|has\s+long|went\s+on\s+to)\s*$/i, '');
    if (trimmed.trim() === '') {
      // "Said Trump: …" — the speaker follows the cue.
      const m = mentionAfterCue(region, cue, base);
      if (m && cue.canonical !== 'told') return { mention: m, mentionPos: m.offset, cue: cue.canonical, how: 'before' };
      continue;
    }
    const m = readMention(trimmed, base);
    if (m) return { mention: m, mentionPos: m.offset, cue: cue.canonical, how: 'before' };
  }
  return null;
}

/** The noun phrase a sentence opens with, when it is a name, a pronoun or a titled name. */
function leadingSubject(sentence: string, base: number): Mention | null {
  const lead = sentence.match(/^\s*/)![0].length;
  const toks = sentence.slice(lead).split(/\s+/);
  const taken: string[] = [];
  let next = '';
  for (const t of toks) {
    const capital = /^[\p{Lu}]/u.test(t);
    if (taken.length === 0 && !capital) return null;
    if (capital || isTitleWord(t) || /^(?:of|the|de|al)$/.test(t)) taken.push(t);
    else {
      next = t;
      break;
    }
    if (/[,;:]$/.test(t)) break;
  }
  // The phrase must be followed by its verb; "State media …" stops at a noun, not a verb.
  if (taken.length === 0 || !/(?:ed|s|w|t|d|ke|ve)$/.test(next)) return null;
  return readMention(taken.join(' '), base + lead);
}
