/**
 * Finds temporal expressions and says what they mean, without a calendar. Rules are plain
 * regular expressions run over the whole text (irregexp scans megabytes per second; a parser
 * per candidate would not), each paired with a builder that checks context and may refuse.
 */
import {
  COUNT_RE, DAYNUM_RE, DECADE_WORDS, MONTHS, MONTH_RE, ORDINALS, SEASONS, WEEKDAYS, WEEKDAY_RE,
  YEAR_RE, countValue,
} from './lexicon.js';
import type { Direction, Meaning, Mention, Mod, Unit } from './types.js';

interface Rule {
  re: RegExp;
  build: (m: RegExpExecArray, text: string) => Mention | Mention[] | null;
}

const lower = (s: string | undefined): string => (s ?? '').toLowerCase();
const dayNum = (s: string): number => parseInt(s, 10);
const month = (s: string): number => MONTHS[s.toLowerCase().replace('.', '')] ?? 0;

function at(m: RegExpExecArray, meaning: Meaning, mod?: Mod): Mention {
  const mention: Mention = { start: m.index, end: m.index + m[0].length, meaning };
  if (mod) mention.mod = mod;
  return mention;
}

function direction(word: string | undefined): Direction {
  switch (lower(word)) {
    case 'last':
    case 'past':
    case 'previous':
      return 'last';
    case 'next':
    case 'coming':
      return 'next';
    case 'this':
    case 'current':
      return 'this';
    default:
      return null;
  }
}

function modOf(word: string | undefined): Mod | undefined {
  const w = lower(word);
  if (w === 'early' || w.includes('beginning') || w.includes('start')) return 'START';
  if (w === 'mid' || w.includes('middle')) return 'MID';
  if (w === 'late' || w.includes('end')) return 'END';
  return undefined;
}

function previousWord(text: string, index: number): string {
  const m = /([A-Za-z]+)[^A-Za-z\n]{0,3}$/.exec(text.slice(Math.max(0, index - 24), index));
  return lower(m?.[1]);
}

/** Words after which a capitalised month name is the month, not the verb or the modal. */
const MONTH_CONTEXT = new Set([
  'in', 'since', 'until', 'till', 'by', 'before', 'after', 'during', 'from', 'through', 'of', 'to',
  'and', 'or', 'between', 'early', 'late', 'mid', 'last', 'next', 'this', 'end', 'beginning',
  'start', 'middle', 'around', 'throughout', 'until', 'that', 'each', 'every', 'for', 'on', 'as',
]);

/** A following word that makes a four-digit number a quantity rather than a year. */
const QUANTITY_AFTER =
  /^\s*(?:%|percent\b|per\b|pct\b|[a-z]+s\b(?<!\b(?:was|has|is|as|this|its|his|ITS|ends|sees|says|marks|saw|plus)\b))/;
const NOT_YEAR_BEFORE = new Set([
  'about', 'some', 'nearly', 'almost', 'approximately', 'over', 'than', 'total', 'totalling',
  'totaling', 'no', 'number', 'flight', 'route', 'room', 'model', 'boeing', 'airbus', 'page', 'at',
  'least', 'only', 'just', 'of', 'to', 'with', 'the', 'additional', 'another', 'than',
]);
const YEAR_ALWAYS_BEFORE = new Set([
  'in', 'since', 'until', 'till', 'by', 'during', 'from', 'before', 'after', 'through', 'fiscal',
  'calendar', 'year', 'early', 'mid', 'late', 'between', 'circa', 'spring', 'summer', 'autumn',
  'fall', 'winter', 'end', 'for',
]);

function looksLikeYear(text: string, start: number, end: number, year: number): boolean {
  const before = text[start - 1] ?? '';
  if (/[$£€#\d.,/]/.test(before) && !(before === ',' && text[start - 2] === ' ')) {
    if (before !== '(' ) return false;
  }
  const after = text.slice(end, end + 24);
  if (/^(?:[.,]\d|\d|-\d{2,}(?!\d)(?!s))/.test(after)) {
    // "1987-88" is a year range handled by the range rule; digits glued on are not years.
    if (!/^[-–]\d{2}\b/.test(after)) return false;
  }
  const prev = previousWord(text, start);
  if (YEAR_ALWAYS_BEFORE.has(prev)) return !/^\s*(?:%|percent\b|pct\b)/.test(after);
  if (NOT_YEAR_BEFORE.has(prev)) return prev === 'of' || prev === 'the' || prev === 'to' ? !QUANTITY_AFTER.test(after) && year % 100 !== 0 : false;
  if (QUANTITY_AFTER.test(after)) {
    // "the 1986 crop", "1987 sales": years modify plural nouns too; round numbers rarely do.
    return year % 50 !== 0 && prev !== '' && !/^\d/.test(prev);
  }
  return true;
}

const ORD_WORD = '(first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current)';
const UNIT_WORD = '(days?|weeks?|months?|years?|decades?)';

function unitOf(word: string): Unit {
  const w = lower(word).replace(/s$/, '');
  return (w === 'decade' ? 'decade' : w) as Unit;
}

function yearPhrase(s: string | undefined): { year?: number; yearOffset?: number } {
  const w = lower(s).trim();
  if (!w) return {};
  if (/^\d{4}$/.test(w)) return { year: Number(w) };
  if (w.startsWith('last')) return { yearOffset: -1 };
  if (w.startsWith('next')) return { yearOffset: 1 };
  if (w.startsWith('this')) return { yearOffset: 0 };
  return {};
}

/** The noun phrase after "a day before": up to punctuation, a conjunction or six words. */
function anchorPhrase(text: string, from: number): { phrase: string; start: number; end: number } | null {
  const rest = text.slice(from, from + 120);
  const lead = /^\s+/.exec(rest)?.[0].length ?? 0;
  const words: string[] = [];
  const re = /[^\s,.;:!?()"“”]+/y;
  let pos = lead;
  let lastEnd = lead;
  while (words.length < 6) {
    re.lastIndex = pos;
    const m = re.exec(rest);
    if (!m) break;
    const w = m[0];
    const lw = w.toLowerCase();
    if (words.length > 0 && /^(?:and|but|or|that|which|who|when|where|while|as|in|on|at|to|for|with|from|by|of|was|were|is|are|had|has)$/.test(lw)) break;
    words.push(w);
    lastEnd = pos + w.length;
    pos = lastEnd;
    const ws = /^[ \t]+/.exec(rest.slice(pos))?.[0].length ?? 0;
    if (ws === 0) break;
    pos += ws;
  }
  if (words.length === 0 || !/^[A-Za-z\d]/.test(words[0]!)) return null;
  const first = words[0]!.toLowerCase();
  // "a day after he was hounded": a clause, not a noun phrase; keep it whole up to punctuation.
  if (/^(?:he|she|it|they|we|i|you)$/.test(first)) {
    const clause = /^[^,.;:!?()"“”]{1,80}/.exec(rest.slice(lead))?.[0].trimEnd() ?? '';
    return clause ? { phrase: clause, start: from + lead, end: from + lead + clause.length } : null;
  }
  // "a day before he arrived" is a clause; keep it, the event extractor can still use it.
  if (/^(?:the|a|an)$/.test(first) && words.length === 1) return null;
  return { phrase: rest.slice(lead, lastEnd), start: from + lead, end: from + lastEnd };
}

const RULES: Rule[] = [
  // 2025-03-21, 2025/03/21
  {
    re: new RegExp(`\\b(${YEAR_RE})([-/])(0?[1-9]|1[0-2])\\2(3[01]|[12]\\d|0?[1-9])(?![\\d/])`, 'g'),
    build: (m, text) => {
      if (/[\d/-]/.test(text[m.index - 1] ?? '')) return null;
      return at(m, { kind: 'calendar', year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) });
    },
  },
  // 3/21/2025, 10/26/89 (US order: the corpora are US/UK wire copy, and day-first slashes are rare there)
  {
    re: /\b(1[0-2]|0?[1-9])\/(3[01]|[12]\d|0?[1-9])\/(\d{4}|\d{2})(?![\d/])/g,
    build: (m, text) => {
      if (/[\d/.]/.test(text[m.index - 1] ?? '')) return null;
      let y = Number(m[3]);
      if (m[3]!.length === 2) y += y >= 50 ? 1900 : 2000;
      return at(m, { kind: 'calendar', year: y, month: Number(m[1]), day: Number(m[2]) });
    },
  },
  // (Friday,) 21 March (2025); 3-5 March; the 21st of March
  {
    re: new RegExp(
      `\\b(?:(${WEEKDAY_RE}),?\\s+)?(?:[Tt]he\\s+)?(${DAYNUM_RE})(?:\\s*(?:-|–|to|and)\\s*(${DAYNUM_RE}))?(?:\\s+of)?\\s+(${MONTH_RE})\\b\\.?(?:,?\\s+(${YEAR_RE})(?![\\d,]\\d))?`,
      'g',
    ),
    build: (m, text) => {
      if (/[\d.,$]/.test(text[m.index - 1] ?? '')) return null;
      const mo = month(m[4]!);
      const meaning: Meaning = { kind: 'calendar', month: mo, day: dayNum(m[2]!) };
      if (m[5]) meaning.year = Number(m[5]);
      if (m[3]) meaning.endDay = dayNum(m[3]);
      const mention = at(m, meaning);
      // A bare abbreviation needs its day: "5 Mar" yes, but keep "Mar." period out of the span.
      if (!m[5] && m[0].endsWith('.')) mention.end -= 1;
      return mention;
    },
  },
  // (Friday,) March 21(, 2025); Oct. 11; March 3-5
  {
    re: new RegExp(
      `\\b(?:(${WEEKDAY_RE}),?\\s+)?(${MONTH_RE})\\.?\\s+(${DAYNUM_RE})(?:\\s*(?:-|–|to|through)\\s*(${DAYNUM_RE}))?(?![\\d%])(?!,\\d)(?:,?\\s+(${YEAR_RE})(?![\\d,]\\d)|,?\\s+Juche\\s*(\\d{1,3})(?:\\s*\\(${YEAR_RE}\\))?)?(?!\\w)`,
      'g',
    ),
    build: (m, text) => {
      // "the February 8 Vinalon Complex", "the April 25 House of Culture": a name, not a date.
      if (!m[5] && !m[1] && previousWord(text, m.index) === 'the' && /^\s+[A-Z][a-z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) && !/^\s+(?:Juche|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(text.slice(m.index + m[0].length))) return null;
      const mo = month(m[2]!);
      if (mo === 5 && !m[1] && !m[5] && !MONTH_CONTEXT.has(previousWord(text, m.index)) && /^[A-Z]/.test(text.slice(m.index + 3).trim()) === false) {
        // "May 5" could open "May 5 people…"; only trust it with a day-like continuation.
        if (!/^\s*(?:,|\.|\)|$)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) return null;
      }
      const meaning: Meaning = { kind: 'calendar', month: mo, day: dayNum(m[3]!) };
      if (m[5]) meaning.year = Number(m[5]);
      // KCNA style: "January 1, Juche 113 (2024)"; the Juche era counts from 1912 = Juche 1.
      else if (m[6]) meaning.year = 1911 + Number(m[6]);
      if (m[4]) meaning.endDay = dayNum(m[4]);
      return at(m, meaning);
    },
  },
  // June last year, 21 October this year, October 11 next year
  {
    re: new RegExp(`\\b(?:(${DAYNUM_RE})\\s+)?(${MONTH_RE})\\.?(?:\\s+(${DAYNUM_RE}))?,?\\s+(last|this|next)\\s+year\\b(?!['’]s)`, 'g'),
    build: (m) => {
      const dayText = m[1] ?? m[3];
      const offset = lower(m[4]) === 'last' ? -1 : lower(m[4]) === 'next' ? 1 : 0;
      const mention = at(m, { kind: 'calendar', month: month(m[2]!), yearOffset: offset });
      if (dayText && mention.meaning.kind === 'calendar') mention.meaning.day = dayNum(dayText);
      return mention;
    },
  },
  // March 2025, March of 2025, Oct. 2024, February Juche 91 (2002)
  {
    re: new RegExp(`\\b(${MONTH_RE})\\.?(?:\\s+of)?,?\\s+(?:(${YEAR_RE})(?![\\d,]\\d)\\b|Juche\\s*(\\d{1,3})(?:\\s*\\(${YEAR_RE}\\))?(?!\\w))`, 'g'),
    build: (m) => at(m, { kind: 'calendar', year: m[2] ? Number(m[2]) : 1911 + Number(m[3]), month: month(m[1]!) }),
  },
  // (last|next|this) March; "in June"
  {
    re: /\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Cc]oming)\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s*\d)/g,
    build: (m, text) => {
      const mo = month(m[2]!);
      if (!m[1]) {
        const prev = previousWord(text, m.index);
        const ambiguous = mo === 3 || mo === 5;
        if (ambiguous && !MONTH_CONTEXT.has(prev)) return null;
        // A sentence-initial "March" or "May" is most likely the verb or the modal.
        if (!prev && ambiguous) return null;
      }
      return at(m, { kind: 'monthName', month: mo, dir: direction(m[1]) });
    },
  },
  // 1987; 1950–1953; 1987/88; fiscal 1989; FY2024
  {
    re: new RegExp(`\\b(?:(fiscal|calendar|FY)\\s*)?(${YEAR_RE})(?:\\s*(?:-|–|/|to|through)\\s*(${YEAR_RE}|\\d\\d)(?![\\d,.]\\d))?(?!'?s\\b)\\b`, 'gi'),
    build: (m, text) => {
      const yearStart = m.index + m[0].indexOf(m[2]!);
      const year = Number(m[2]);
      if (!m[1] && !looksLikeYear(text, yearStart, yearStart + 4, year)) return null;
      if (m[3]) {
        let to = Number(m[3]);
        if (m[3].length === 2) to += Math.floor(year / 100) * 100 + (to < year % 100 ? 100 : 0);
        if (to > year && to - year < 200) return at(m, { kind: 'yearRange', from: year, to });
        // "1987-1" is not a range; fall back to the year alone.
        const single = at(m, { kind: 'calendar', year });
        single.end = yearStart + 4;
        return single;
      }
      return at(m, { kind: 'calendar', year });
    },
  },
  // the 1990s, the '90s, the nineties
  {
    re: /\b(?:[Tt]he\s+)?(?:(\d{3})0'?s|'(\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b/g,
    build: (m, text) => {
      if (m[1]) {
        const d = Number(m[1]);
        if (d < 150 || d > 209) return null;
        if (/[$£€\d.,]/.test(text[m.index - 1] ?? '')) return null;
        return at(m, { kind: 'decade', decade: d });
      }
      const digit = m[2] ? Number(m[2]) : (DECADE_WORDS[lower(m[3])] ?? 0);
      // Decade words with no century ("the '90s") are resolved in the resolver, which knows the reference.
      return at(m, { kind: 'decade', decade: -digit });
    },
  },
  // the 20th century, the twenty-first century, this century
  {
    re: /\b(?:[Tt]he\s+)?(?:(\d{1,2})(?:st|nd|rd|th)|(eighteenth|nineteenth|twentieth|twenty-first))[-\s]+[Cc]entury\b|\b([Tt]his|[Ll]ast|[Nn]ext)\s+century\b/g,
    build: (m) => {
      if (m[3]) return at(m, { kind: 'offset', unit: 'century', n: direction(m[3]) === 'last' ? -1 : direction(m[3]) === 'next' ? 1 : 0 });
      const ord = m[1] ? Number(m[1]) : { eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21 }[lower(m[2])] ?? 0;
      if (ord < 1 || ord > 22) return null;
      return at(m, { kind: 'century', century: ord - 1 });
    },
  },
  // today, yesterday, tomorrow, the day before yesterday, yesterday morning
  {
    re: /\b(?:(the\s+day\s+(?:before|after))\s+)?(today|yesterday|tomorrow|tonight)(?:\s+(morning|afternoon|evening|night))?\b/gi,
    build: (m, text) => {
      const w = lower(m[2]);
      // "Today show", "Today's Zaman": capitalised mid-sentence means a name.
      // "NBC's "Today" program": a quoted or programme title.
      if (m[2] === 'Today' && /^["”'’]?\s*(?:show|program|programme)\b|^["”]/.test(text.slice(m.index + 5, m.index + 20))) return null;
      if (m[2] === 'Today' && m.index > 0 && !/[.!?\n"“]\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index)) && !/^'s?\b/.test(text.slice(m.index + 5))) {
        if (/[a-z]/.test(text[m.index - 2] ?? '')) return null;
      }
      let n = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      if (m[1]) n += lower(m[1]).endsWith('before') ? -1 : 1;
      return at(m, { kind: 'offset', unit: 'day', n });
    },
  },
  // last year, this week, next month, earlier this year, late last year, the coming week
  {
    re: /\b(?:(earlier|later|early|late|mid)[-\s]+)?(last|this|next|past|coming|current|previous)\s+(week|month|year|quarter|weekend|decade)\b(?!-)/gi,
    build: (m, text) => {
      // "This Week" mid-sentence in title case is a programme or a magazine, not a week.
      if (/^[A-Z]/.test(m[3]!) && /^[A-Z]/.test(m[2]!) && m.index > 0 && !/[.!?\n]\s*["“]?$/.test(text.slice(Math.max(0, m.index - 3), m.index))) return null;
      let dir = direction(m[2]);
      const prev = previousWord(text, m.index);
      const unit = unitOf(m[3]!);
      const det = !m[1] && (prev === 'the' || prev === 'a');
      if (det && dir === 'last') {
        // "the last week", "the past year" are stretches of time, not the calendar unit.
        if (lower(m[2]) === 'previous') return at(m, { kind: 'narrative', unit, n: -1 });
        return null;
      }
      if (lower(m[2]) === 'past' && !m[1] && prev !== 'this') return null;
      if (lower(m[2]) === 'previous') return at(m, { kind: 'narrative', unit, n: -1 });
      if (det && lower(m[2]) === 'coming') dir = 'next';
      const n = dir === 'last' ? -1 : dir === 'next' ? 1 : 0;
      return at(m, { kind: 'offset', unit, n }, modOf(m[1]));
    },
  },
  // (over) the weekend
  {
    re: /\b[Tt]he\s+weekend\b/g,
    build: (m) => at(m, { kind: 'weekend', dir: null }),
  },
  // (last|next|this) Friday (night)
  {
    re: new RegExp(`\\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\\s+)?(${WEEKDAY_RE})(?:\\s+(?:morning|afternoon|evening|night))?\\b`, 'g'),
    build: (m) => at(m, { kind: 'weekday', weekday: WEEKDAYS[lower(m[2])] ?? 1, dir: direction(m[1]) }),
  },
  // three days ago, a year earlier, two weeks later, a day before <event>
  {
    re: new RegExp(
      `\\b(?:(?:nearly|almost|about|some|roughly|around|more\\s+than|less\\s+than|just|only)\\s+)?(${COUNT_RE})[-\\s]+${UNIT_WORD}\\s+(ago|earlier|later|before|after|previously|prior\\s+to|ahead\\s+of|following|from\\s+now|hence|on)\\b`,
      'gi',
    ),
    build: (m, text) => {
      const n = countValue(m[1]!);
      if (n === null) return null;
      const unit = unitOf(m[2]!);
      if (unit === 'decade') return null;
      const rel = lower(m[3]).replace(/\s+/g, ' ');
      if (rel === 'ago') return at(m, unit === 'year' ? { kind: 'narrative', unit, n: -n, fromReference: true } : { kind: 'offset', unit, n: -n });
      if (rel === 'from now' || rel === 'hence') return at(m, { kind: 'offset', unit, n });
      if (rel === 'on') {
        // "two days on" is narrative; "two years on from" is not worth the guess.
        return at(m, { kind: 'narrative', unit, n });
      }
      const sign = rel === 'earlier' || rel === 'before' || rel === 'previously' || rel === 'prior to' || rel === 'ahead of' ? -1 : 1;
      if (rel === 'earlier' || rel === 'later' || rel === 'previously') return at(m, { kind: 'narrative', unit, n: sign * n });
      const end = m.index + m[0].length;
      const np = anchorPhrase(text, end);
      if (!np) {
        if (rel === 'following') return null;
        return at(m, { kind: 'narrative', unit, n: sign * n });
      }
      const mention = at(m, { kind: 'anchored', unit, n: sign * n, phrase: np.phrase, phraseStart: np.start });
      mention.end = np.end;
      return mention;
    },
  },
  // the day before, the next day, the following week, the same day, the day after <event>
  {
    re: /\b[Tt]he\s+(?:(next|following|previous|preceding|same)\s+(day|week|month|year)|(day|week)\s+(before|after|earlier|later))\b/g,
    build: (m, text) => {
      if (m[1]) {
        const w = lower(m[1]);
        const n = w === 'same' ? 0 : w === 'previous' || w === 'preceding' ? -1 : 1;
        return at(m, { kind: 'narrative', unit: unitOf(m[2]!), n, coarsen: true });
      }
      const unit = unitOf(m[3]!);
      const n = lower(m[4]) === 'before' || lower(m[4]) === 'earlier' ? -1 : 1;
      if (lower(m[4]) === 'before' || lower(m[4]) === 'after') {
        const np = anchorPhrase(text, m.index + m[0].length);
        if (np && !/^(?:yesterday|tomorrow)\b/i.test(np.phrase)) {
          const mention = at(m, { kind: 'anchored', unit, n, phrase: np.phrase, phraseStart: np.start });
          mention.end = np.end;
          return mention;
        }
      }
      return at(m, { kind: 'narrative', unit, n });
    },
  },
  // year-earlier, the year-ago quarter (adjectives in earnings copy)
  {
    re: /\b(?:[Tt]he\s+(?:comparable\s+|same\s+)?)?(year|quarter|month)-(earlier|ago)(?:\s+(quarter|period|month))?\b/gi,
    build: (m) => at(m, { kind: 'narrative', unit: unitOf(m[1]!), n: -1, fromReference: lower(m[2]) === 'ago' }),
  },
  // the 1988 third quarter, this year's first quarter, next year's second half
  {
    re: new RegExp(`\\b(?:[Tt]he\\s+)?(${YEAR_RE}|this\\s+year's|last\\s+year's|next\\s+year's)\\s+(?:fiscal\\s+)?(first|second|third|fourth|final)[-\\s]+(quarter|half)\\b`, 'gi'),
    build: (m) => {
      const yp = yearPhrase(m[1]);
      const w = lower(m[2]);
      const k = w === 'final' ? (lower(m[3]) === 'half' ? 2 : 4) : (ORDINALS[w] ?? 0);
      if (!k || (lower(m[3]) === 'half' && k > 2)) return null;
      return at(m, lower(m[3]) === 'half' ? { kind: 'half', h: k, ...yp } : { kind: 'quarter', q: k, ...yp });
    },
  },
  // the third quarter (of 2024), first-quarter, the latest quarter
  {
    re: new RegExp(`\\b(?:[Tt]he\\s+)?${ORD_WORD}[-\\s]+(?:fiscal\\s+)?quarter\\b(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?(${YEAR_RE}|this\\s+year|last\\s+year|next\\s+year)\\b)?`, 'gi'),
    build: (m) => {
      const w = lower(m[1]);
      const yp = yearPhrase(m[2]);
      if (w === 'last' || w === 'latest') {
        if (yp.year !== undefined || yp.yearOffset !== undefined) return at(m, { kind: 'quarter', q: 4, ...yp });
        return at(m, { kind: 'offset', unit: 'quarter', n: -1 });
      }
      if (w === 'current') return at(m, { kind: 'offset', unit: 'quarter', n: 0 });
      const q = w === 'final' ? 4 : (ORDINALS[w] ?? 0);
      if (!q) return null;
      return at(m, { kind: 'quarter', q, ...yp });
    },
  },
  // Q1 2025, Q3, 2024 Q3
  {
    re: new RegExp(`\\bQ([1-4])(?:\\s*[-/]?\\s*(${YEAR_RE}|'\\d\\d))?\\b`, 'g'),
    build: (m) => {
      const q = Number(m[1]);
      if (!m[2]) return at(m, { kind: 'quarter', q });
      const y = m[2].startsWith("'") ? 2000 + Number(m[2].slice(1)) : Number(m[2]);
      return at(m, { kind: 'quarter', q, year: y });
    },
  },
  // the first half (of 2025), H1 2025
  {
    re: new RegExp(`\\b(?:[Tt]he\\s+)?(first|second|latter|last|1st|2nd)\\s+half\\b(?:\\s+(?:of\\s+)?(?:the\\s+)?(${YEAR_RE}|this\\s+year|last\\s+year|next\\s+year|year)\\b)?|\\bH([12])\\s*(${YEAR_RE})\\b`, 'gi'),
    build: (m) => {
      if (m[3]) return at(m, { kind: 'half', h: Number(m[3]), year: Number(m[4]) });
      const w = lower(m[1]);
      const h = w === 'first' || w === '1st' ? 1 : 2;
      if (!m[0].toLowerCase().startsWith('the') && !m[2]) return null;
      return at(m, { kind: 'half', h, ...yearPhrase(m[2]) });
    },
  },
  // last summer, the summer of 2024, winter 2023, this spring
  {
    re: new RegExp(`\\b(?:([Ll]ast|[Tt]his|[Nn]ext|[Tt]he|[Cc]oming|[Pp]ast)\\s+)?(spring|summer|autumn|fall|winter|Spring|Summer|Autumn|Fall|Winter)\\b(?:\\s+(?:of\\s+)?(${YEAR_RE})\\b(?![\\d,]\\d))?`, 'g'),
    build: (m, text) => {
      const season = SEASONS[lower(m[2])];
      if (!season) return null;
      const det = lower(m[1]);
      const year = m[3] ? Number(m[3]) : undefined;
      if (year !== undefined) return at(m, { kind: 'season', season, year, dir: null });
      if (!det) return null;
      if (det === 'the') {
        // "the fall of Saigon", "the spring offensive": only "in the summer" reads as a date.
        if (season === 'FA' && /^\s+of\b/.test(text.slice(m.index + m[0].length))) return null;
        const prev = previousWord(text, m.index);
        if (!/^(?:in|during|over|by|until|since|through)$/.test(prev)) return null;
        if (/^\s+(?:of|months?)\b/.test(text.slice(m.index + m[0].length)) && season !== 'FA') return null;
        return at(m, { kind: 'season', season, dir: null });
      }
      return at(m, { kind: 'season', season, dir: direction(det) });
    },
  },
  // Juche 113 (2024), Juche113.1.2.
  {
    re: new RegExp(`\\bJuche\\s*(\\d{1,3})(?:\\.(\\d{1,2})\\.(\\d{1,2})\\.?)?(?:\\s*\\((${YEAR_RE})\\))?`, 'g'),
    build: (m) => {
      const year = 1911 + Number(m[1]);
      if (year < 1912) return null;
      const meaning: Meaning = { kind: 'calendar', year };
      if (m[2] && m[3]) {
        meaning.month = Number(m[2]);
        meaning.day = Number(m[3]);
      }
      return at(m, meaning);
    },
  },
  // (by) the end of the year / the beginning of the month
  {
    re: /\b[Tt]he\s+(end|beginning|start|middle)\s+of\s+the\s+(year|month|week)\b/g,
    build: (m) => at(m, { kind: 'offset', unit: unitOf(m[2]!), n: 0 }, modOf(m[1])),
  },
];

/** "early", "mid-", "late", "the end of" before a month, year, season or decade: same value, a mod. */
const MOD_PREFIX = /(?:\b([Ee]arly|[Mm]id|[Ll]ate|[Ee]nd)(?:-|\s+)|\b[Tt]he\s+(end|beginning|start|middle)\s+of\s+)$/;

function attachMod(text: string, mention: Mention): void {
  if (mention.mod) return;
  const k = mention.meaning.kind;
  const eligible =
    k === 'monthName' || k === 'season' || k === 'decade' || k === 'century' || k === 'quarter' || k === 'half' ||
    (k === 'calendar' && mention.meaning.day === undefined);
  if (!eligible) return;
  const m = MOD_PREFIX.exec(text.slice(Math.max(0, mention.start - 20), mention.start));
  if (!m) return;
  const mod = modOf(m[1] ?? m[2]);
  if (!mod) return;
  // "the late 1970s": the article stays outside the modifier.
  mention.start -= m[0].length;
  mention.mod = mod;
}

/** All non-overlapping mentions, leftmost-longest, in text order. */
export function recognise(text: string): Mention[] {
  const found: Mention[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const built = rule.build(m, text);
      if (!built) continue;
      for (const b of Array.isArray(built) ? built : [built]) if (b.end > b.start) found.push(b);
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Mention[] = [];
  for (const cand of found) {
    if (taken.some((t) => cand.start < t.end && t.start < cand.end)) continue;
    taken.push(cand);
  }
  taken.sort((a, b) => a.start - b.start);
  for (const t of taken) attachMod(text, t);
  return taken;
}
