/**
 * Publication dates as they arrive in front matter and JSON: ISO strings, YAML dates, epoch
 * milliseconds. Anything else is refused rather than guessed, because `Date.parse` reads
 * "03/04/2025" by the machine's locale and time zone and would shift a brief's period.
 */
export type PublishedResult =
  | { ok: true; iso: string; day: string }
  | { ok: false; reason: string };

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

export function parsePublished(value: unknown): PublishedResult {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, reason: 'not a valid date' };
    const iso = value.toISOString().replace(/\.000Z$/, 'Z');
    return { ok: true, iso, day: iso.slice(0, 10) };
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { ok: false, reason: 'not a valid date' };
    return parsePublished(new Date(value));
  }
  if (typeof value !== 'string') return { ok: false, reason: `expected a date, got ${describe(value)}` };
  const text = value.trim();
  const m = ISO.exec(text);
  if (!m) return { ok: false, reason: `'${text}' is not an ISO 8601 date (yyyy-mm-dd or yyyy-mm-ddThh:mm:ssZ)` };
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const day = `${y}-${mo}-${d}`;
  if (!isValidDay(day)) return { ok: false, reason: `'${text}' is not a calendar date` };
  if (h === undefined) return { ok: true, iso: `${day}T00:00:00Z`, day };
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) {
    return { ok: false, reason: `'${text}' has an impossible time of day` };
  }
  // The written day is kept (not converted to UTC): it is the desk's own date, and a
  // "+09:00" evening must not move a Pyongyang article to the previous day.
  const z = zone === undefined || zone.toUpperCase() === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return { ok: true, iso: `${day}T${h}:${mi}:${s ?? '00'}${frac ?? ''}${z}`, day };
}

export function isValidDay(day: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping' : typeof value;
}
