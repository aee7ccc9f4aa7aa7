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
  let start = 0;
  const boundary = /([.!?]["”’)]*)(\s+)(?=["“‘(]?[A-Z0-9])|\n\s*\n/g;
  for (const m of text.matchAll(boundary)) {
    const index = m.index ?? 0;
    if (m[1]) {
      const before = text.slice(start, index + 1);
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
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, out: SentenceSpan[]): void {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end > start) out.push({ start, end });
}
