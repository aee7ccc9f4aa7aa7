/**
 * Tense of the clause around an expression, HeidelTime-style: news anchors "on Friday" to the
 * publication day, and the verb decides whether that is the Friday before or after it.
 */

export type Tense = 'past' | 'future' | 'present' | 'unknown';

const FUTURE_WORDS = new Set(['will', "'ll", 'shall', "won't", 'would', 'upcoming', 'tomorrow']);
/** Two-word cues: "plans to", "is to", "due to" (as "is due to" — bare "due to" means "because of"). */
const FUTURE_BEFORE_TO = new Set([
  'plans', 'plan', 'planned', 'planning', 'is', 'are', 'going', 'expected', 'scheduled', 'set',
  'due', 'intends', 'intend', 'aims', 'aim', 'slated', 'poised', 'hopes', 'wants', 'seeks',
]);
const PAST_IRREGULAR = new Set([
  'was', 'were', 'had', 'did', 'met', 'said', 'told', 'held', 'took', 'made', 'began', 'came',
  'went', 'saw', 'gave', 'got', 'left', 'sent', 'rose', 'fell', 'won', 'lost', 'paid', 'sold',
  'bought', 'put', 'led', 'struck', 'spoke', 'wrote', 'ran', 'shot', 'found', 'brought', 'thought',
  'felt', 'kept', 'knew', 'stood', 'heard', 'meant', 'became', 'built', 'drew', 'flew', 'fought',
  'grew', 'hit', 'quit', 'read', 'sought', 'spent', 'taught', 'threw', 'understood', 'wore',
  'ago', 'earlier', 'previously', 'oversaw', 'underwent', 'withdrew', 'forecast', 'broke', 'chose',
  'froze', 'arose', 'sank', 'swore', 'tore',
]);
const NOT_PAST_ED = new Set([
  'need', 'needed', 'seed', 'speed', 'feed', 'red', 'bed', 'shed', 'hundred', 'united', 'limited',
  'indeed', 'proceed', 'exceed', 'succeed', 'breed', 'steed', 'greed', 'weed', 'embed', 'wed',
  'unprecedented', 'detailed', 'skilled', 'advanced', 'armed', 'based', 'related', 'proposed',
  'expected', 'scheduled', 'planned', 'supposed', 'alleged', 'so-called', 'called', 'named',
]);
const PRESENT_WORDS = new Set(['is', 'are', 'says', 'say', 'am', 'does', 'do', 'has', 'have']);
/** The reporting verb dates the report, not the reported event; trust it less than content verbs. */
const REPORTING = new Set(['said', 'told', 'stated', 'reported', 'announced', 'added', 'noted', 'according']);
const REPORTING_PENALTY = 10;

const BOUNDARY = /[.!?;\n]/;
const RIGHT_BREAK = /,|\b(?:that|which|who|when|where|while|because|but|and)\b/;
/** A cue after the expression governs it less often than one before ("met Monday", "will meet on Thursday"). */
const RIGHT_PENALTY = 15;
/** Deadline words: "payable Dec. 15", "by Jan. 14", "effective Dec. 7" look ahead. */
const DEADLINE_BEFORE = /\b(?:by|until|till|through|payable|effective|expires?|due|starting|beginning|from now)\s+(?:on\s+)?(?:the\s+)?$/i;
const WORD = /[A-Za-z][A-Za-z'-]*/g;

interface Cue {
  tense: Tense;
  pos: number;
  weight: number;
}

function clauseBounds(text: string, start: number, end: number): [number, number] {
  let left = start;
  const minLeft = Math.max(0, start - 180);
  while (left > minLeft && !BOUNDARY.test(text[left - 1] ?? '')) left--;
  let right = end;
  const maxRight = Math.min(text.length, end + 120);
  while (right < maxRight && !BOUNDARY.test(text[right] ?? '')) right++;
  // To the right, a comma or "that" opens another clause: "said Friday that he would…" dates the saying.
  const tail = RIGHT_BREAK.exec(text.slice(end, right));
  if (tail) right = end + tail.index;
  return [left, right];
}

/** The tense cue nearest the expression wins; a modal governs the verbs after it. */
export function clauseTense(text: string, start: number, end: number): Tense {
  if (DEADLINE_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return 'future';
  if (/\bsince\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 12), start))) return 'past';
  // "Wednesday's ruling": a possessive names something that has happened.
  if (/^['’]s\b/.test(text.slice(end, end + 3))) return 'past';
  const [left, right] = clauseBounds(text, start, end);
  const clause = text.slice(left, right);
  const cues: Cue[] = [];
  const tokens: { w: string; pos: number }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(clause); m; m = WORD.exec(clause)) {
    const pos = left + m.index;
    if (pos >= start && pos < end) continue; // the expression's own words ("last", "next")
    tokens.push({ w: m[0].toLowerCase(), pos });
  }
  for (let i = 0; i < tokens.length; i++) {
    const { w, pos } = tokens[i]!;
    const prev = tokens[i - 1]?.w ?? '';
    const prev2 = tokens[i - 2]?.w ?? '';
    const next = tokens[i + 1]?.w ?? '';
    if (FUTURE_WORDS.has(w) || w.endsWith("'ll")) {
      cues.push({ tense: 'future', pos, weight: 0 });
      continue;
    }
    if (FUTURE_BEFORE_TO.has(w) && next === 'to') {
      cues.push({ tense: 'future', pos, weight: 0 });
      continue;
    }
    const modalGoverned =
      FUTURE_WORDS.has(prev) || prev === 'to' || ((prev === 'be' || prev === 'have') && (FUTURE_WORDS.has(prev2) || prev2 === 'to'));
    if (modalGoverned) continue;
    const looksPast = PAST_IRREGULAR.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w));
    if (looksPast) {
      cues.push({ tense: 'past', pos, weight: REPORTING.has(w) ? REPORTING_PENALTY : 0 });
    } else if (PRESENT_WORDS.has(w)) {
      // "has met" is past (present perfect); "is to" was handled above.
      if ((w === 'has' || w === 'have') && (PAST_IRREGULAR.has(next) || next.endsWith('ed') || next === 'been')) {
        cues.push({ tense: 'past', pos, weight: 0 });
      } else {
        cues.push({ tense: 'present', pos, weight: 25 });
      }
    } else if (REPORTING.has(w)) {
      cues.push({ tense: 'past', pos, weight: REPORTING_PENALTY });
    }
  }
  let best: Cue | null = null;
  let bestScore = Infinity;
  for (const c of cues) {
    const dist = c.pos < start ? start - c.pos : c.pos - end + RIGHT_PENALTY;
    const score = dist + c.weight;
    if (score < bestScore || (score === bestScore && c.tense === 'future')) {
      best = c;
      bestScore = score;
    }
  }
  return best?.tense ?? 'unknown';
}
