/**
 * Joins two dates written as one period ("from March to June 2025", "between 2020 and 2023",
 * "1–3 March"). A single DateRef with `endValue` lets the timeline draw a span, not two points.
 */
import type { DateRef } from '../../model/extraction.js';

const JOINER = /^\s*(?:-|–|—|to|until|till|through|and)\s*$/i;
const OPENER = /\b(?:from|between)\s+$/i;

export function joinRanges(text: string, refs: DateRef[]): DateRef[] {
  const out: DateRef[] = [];
  for (let i = 0; i < refs.length; i++) {
    const a = refs[i]!;
    const b = refs[i + 1];
    if (b && !a.endValue && !b.endValue && !a.anchor && !b.anchor) {
      const between = text.slice(a.end, b.start);
      const opened = OPENER.test(text.slice(Math.max(0, a.start - 10), a.start));
      const dashLike = /^\s*(?:-|–|—|through|until|till)\s*$/i.test(between);
      const sameKind = a.precision === b.precision && /^\d/.test(a.value) && /^\d/.test(b.value) && a.value < b.value;
      if (JOINER.test(between) && (opened || dashLike) && sameKind) {
        const span = text.slice(a.start, b.end);
        out.push({ ...a, span, end: b.end, endValue: b.value, resolution: a.resolution === 'explicit' ? b.resolution : a.resolution });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
