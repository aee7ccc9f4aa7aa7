/**
 * Handlebars helpers available to every template. Each is documented, with an example, in
 * the README's template section; keep the two in step.
 */
import { format, parseISO, type Locale } from 'date-fns';
import * as locales from 'date-fns/locale';
import type Handlebars from 'handlebars';
import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import type { Precision } from '../model/extraction.js';

export interface HelperOptions {
  /** BCP 47 tag (`en-GB`, `fr`, `de`) naming the date-fns locale for month and day names. */
  lang?: string;
}

/** The date-fns locale for a BCP 47 tag: `en-GB` → enGB, `fr-CA` → frCA or fr; unknown → enGB. */
export function localeFor(lang: string | undefined): Locale {
  const table = locales as unknown as Record<string, Locale>;
  if (!lang) return table.enGB!;
  const [language = '', region = ''] = lang.split(/[-_]/);
  return table[`${language.toLowerCase()}${region.toUpperCase()}`] ?? table[language.toLowerCase()] ?? table.enGB!;
}

/** Formats a TIMEX-style value at its own precision: `2025-03` prints as "March 2025", never "1 March". */
export function formatDateValue(value: string | null | undefined, precision?: Precision | null, locale?: Locale): string {
  if (!value) return 'undated';
  const opts = locale ? { locale } : {};
  if (/^\d{4}-\d{2}-\d{2}/.test(value) && (precision === 'day' || !precision)) return format(parseISO(value.slice(0, 10)), 'd MMM yyyy', opts);
  if (/^\d{4}-\d{2}$/.test(value) || (/^\d{4}-\d{2}-\d{2}/.test(value) && precision === 'month')) return format(parseISO(`${value.slice(0, 7)}-01`), 'MMMM yyyy', opts);
  if (/^\d{4}-W\d{2}$/.test(value)) return `week ${Number(value.slice(6))}, ${value.slice(0, 4)}`;
  if (/^\d{4}-Q\d$/.test(value)) return `Q${value.slice(6)} ${value.slice(0, 4)}`;
  return value;
}

/** An ISO date-time as "1 Nov 2025, 09:00 UTC", in UTC whatever the machine's time zone. */
export function formatDateTime(value: string, locale?: Locale): string {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  const utc = new Date(d.getTime() + d.getTimezoneOffset() * 60_000);
  return format(utc, "d MMM yyyy, HH:mm 'UTC'", locale ? { locale } : {});
}

export function renderMarkdown(source: string): string {
  const html = marked.parse(source, { async: false, gfm: true });
  // Markdown may come from a brief or an article: allow only inert formatting and no URLs
  // the browser could fetch (images, iframes, styles are dropped outright).
  return sanitizeHtml(html, {
    allowedTags: ['p', 'br', 'strong', 'em', 'b', 'i', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre', 'h3', 'h4', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
    allowedAttributes: { a: ['href'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    disallowedTagsMode: 'discard',
  });
}

/** Cuts `text` at a word boundary to at most `max` characters, ending with "…". */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, Math.max(1, max - 1)).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${(atWord.length >= max * 0.5 ? atWord : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** `3 articles`, `1 article`; a third argument gives an irregular plural. */
export function plural(count: number, singular: string, pluralForm?: string): string {
  return `${count} ${count === 1 ? singular : (pluralForm ?? `${singular}s`)}`;
}

/** A string for a CSS `content:` value: quotes and backslashes escaped, no way out of the <style>. */
export function cssString(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[<>&\n\r\t\f\v]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

export function registerHelpers(hbs: typeof Handlebars, options: HelperOptions = {}): void {
  const locale = localeFor(options.lang);
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  hbs.registerHelper('date', (value: string | null, precision: unknown) => formatDateValue(value, (str(precision) as Precision | undefined) ?? null, locale));
  hbs.registerHelper('datetime', (value: string) => (value ? formatDateTime(value, locale) : ''));
  hbs.registerHelper('formatDate', (value: string | null, pattern: unknown) =>
    value ? format(parseISO(value), str(pattern) ?? 'd MMM yyyy', { locale }) : '',
  );
  hbs.registerHelper('markdown', (source: string | null) => new hbs.SafeString(source ? renderMarkdown(source) : ''));
  hbs.registerHelper('cite', (numbers: number[]) =>
    new hbs.SafeString(
      `<span class="cites">${(numbers ?? []).map((n) => `<a class="cite" href="#src-${Number(n)}">[${Number(n)}]</a>`).join('')}</span>`,
    ),
  );
  hbs.registerHelper('plural', (count: number, singular: string, pluralForm: unknown) => plural(Number(count), singular, str(pluralForm)));
  hbs.registerHelper('truncate', (text: string | null, max: unknown) => truncate(text ?? '', typeof max === 'number' ? max : 120));
  hbs.registerHelper('join', (list: unknown[], sep: unknown) => (list ?? []).join(str(sep) ?? ', '));
  hbs.registerHelper('cssString', (value: unknown) => new hbs.SafeString(cssString(String(value ?? ''))));
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hbs.registerHelper('ne', (a: unknown, b: unknown) => a !== b);
  hbs.registerHelper('gt', (a: number, b: number) => a > b);
  hbs.registerHelper('gte', (a: number, b: number) => a >= b);
  hbs.registerHelper('lt', (a: number, b: number) => a < b);
  hbs.registerHelper('lte', (a: number, b: number) => a <= b);
  // Variadic: the last argument Handlebars passes is its options object, not a value.
  hbs.registerHelper('and', (...args: unknown[]) => args.slice(0, -1).every(Boolean));
  hbs.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  hbs.registerHelper('not', (a: unknown) => !a);
}
