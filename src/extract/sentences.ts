/** Sentence boundaries that survive abbreviations common in wire copy ("U.S.", "Gen.", "Feb."). */
export interface SentenceSpan {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'sgt', 'capt', 'gov', 'sen', 'rep', 'st', 'jr', 'sr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'etc', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e',
]);

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const block of lineBlocks(text)) splitBlock(text, block.start, block.end, spans);
  return spans;
}

/**
 * Lines that stand alone (headings such as "Looking Ahead", a dateline, a list lead ending in
 * ":") end a sentence even without a full stop; hard-wrapped lines do not.
 */
function lineBlocks(text: string): SentenceSpan[] {
  const blocks: SentenceSpan[] = [];
  let start = 0;
  let pos = 0;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(pos, lineEnd).trim();
    if (nl >= 0 && line && isStandalone(line, text.slice(nl + 1, nl + 80))) {
      blocks.push({ start, end: lineEnd });
      start = nl + 1;
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  blocks.push({ start, end: text.length });
  return blocks;
}

function isStandalone(line: string, next: string): boolean {
  if (/[.!?]["”’)]*$/.test(line)) return false; // handled by the sentence rules
  if (/:$/.test(line)) return true;
  if (!/^\s*["“]?[A-Z]/.test(next)) return false;
  if (line.length > 90) return false;
  const words = line.split(/\s+/);
  const capitalised = words.filter((w) => /^[A-Z0-9“"]/.test(w)).length;
  return capitalised / words.length >= 0.6 || / [–—-]$/.test(line);
}

function splitBlock(text: string, blockStart: number, blockEnd: number, spans: SentenceSpan[]): void {
  const block = text.slice(blockStart, blockEnd);
  const local: SentenceSpan[] = [];
  splitText(block, local);
  for (const s of local) spans.push({ start: s.start + blockStart, end: s.end + blockStart });
}

function splitText(text: string, spans: SentenceSpan[]): void {
  let start = 0;
  const boundary = /([.!?]["”’)]*)(\s+)(?=["“‘(]?[A-Z0-9])|\n\s*\n|(?<=^[A-Z][A-Za-z .'-]{1,40}, [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?(?: \([A-Z]+\))?\s*(?:[–—]|--?))\s/g;
  for (const m of text.matchAll(boundary)) {
    const index = m.index ?? 0;
    if (m[1]) {
      const before = text.slice(Math.max(start, index - 24), index + 1);
      const lastWord = /([A-Za-z.]+)\.$/.exec(before)?.[1]?.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(lastWord) || /^[a-z]$/.test(lastWord) || /(^|\.)[a-z]\.[a-z]$/i.test(lastWord)) continue;
      pushTrimmed(text, start, index + m[1].length, spans);
      start = index + m[1].length + (m[2]?.length ?? 0);
    } else {
      pushTrimmed(text, start, index, spans);
      start = index + m[0].length;
    }
  }
  pushTrimmed(text, start, text.length, spans);
}

function pushTrimmed(text: string, start: number, end: number, out: SentenceSpan[]): void {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end > start) out.push({ start, end });
}
