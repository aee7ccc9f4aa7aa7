import { extractDates } from '../../../src/extract/dates/index.js';
import type { DateRef } from '../../../src/model/extraction.js';

/** The DateRef whose span is exactly `span`, or undefined. */
export function find(text: string, ref: string | null, span: string): DateRef | undefined {
  return extractDates(text, ref).find((d) => d.span === span);
}

export function spans(text: string, ref: string | null): string[] {
  return extractDates(text, ref).map((d) => d.span);
}
