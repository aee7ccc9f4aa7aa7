/** Walking-skeleton date finder on chrono-node; the dates issue replaces it. */
import * as chrono from 'chrono-node';
import type { DateRef } from '../../model/extraction.js';

export function extractDates(text: string, referenceDate: string | null): DateRef[] {
  const ref = referenceDate ? new Date(`${referenceDate}T12:00:00Z`) : new Date(0);
  return chrono.en.parse(text, { instant: ref, timezone: 'UTC' }, { forwardDate: false }).map((r) => {
    const d = r.start;
    const year = d.get('year');
    const month = String(d.get('month')).padStart(2, '0');
    const day = String(d.get('day')).padStart(2, '0');
    const precise = d.isCertain('day') || d.isCertain('weekday') || !d.isCertain('month');
    return {
      span: r.text,
      value: precise ? `${year}-${month}-${day}` : `${year}-${month}`,
      precision: precise ? 'day' : 'month',
      start: r.index,
      end: r.index + r.text.length,
      resolution: referenceDate ? (d.isCertain('year') ? 'explicit' : 'relative-to-publication') : 'unresolved',
    } satisfies DateRef;
  });
}
