/** Handlebars helpers available to every template. Each is documented in the README. */
import { format, parseISO } from 'date-fns';
import type Handlebars from 'handlebars';
import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import type { Precision } from '../model/extraction.js';

/** Formats a TIMEX-style value at its own precision: `2025-03` prints as "March 2025", never "1 March". */
export function formatDateValue(value: string | null | undefined, precision?: Precision | null): string {
  if (!value) return 'undated';
  if (/^\d{4}-\d{2}-\d{2}/.test(value) && (precision === 'day' || !precision)) return format(parseISO(value.slice(0, 10)), 'd MMM yyyy');
  if (/^\d{4}-\d{2}$/.test(value)) return format(parseISO(`${value}-01`), 'MMMM yyyy');
  if (/^\d{4}-W\d{2}$/.test(value)) return `week ${Number(value.slice(6))}, ${value.slice(0, 4)}`;
  if (/^\d{4}-Q\d$/.test(value)) return `Q${value.slice(6)} ${value.slice(0, 4)}`;
  return value;
}

export function renderMarkdown(source: string): string {
  const html = marked.parse(source, { async: false, gfm: true });
  // Markdown may come from a brief or an article: allow only inert formatting and no URLs
  // the browser could fetch (images, iframes, styles are dropped outright).
  return sanitizeHtml(html, {
    allowedTags: ['p', 'br', 'strong', 'em', 'b', 'i', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre', 'h3', 'h4', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
    allowedAttributes: { a: ['href'] },
    allowedSchemes: ['http', 'https', 'mailto'],
  });
}

export function registerHelpers(hbs: typeof Handlebars): void {
  hbs.registerHelper('date', (value: string | null, precision: unknown) =>
    formatDateValue(value, typeof precision === 'string' ? (precision as Precision) : null),
  );
  hbs.registerHelper('datetime', (value: string) => (value ? format(parseISO(value), "d MMM yyyy, HH:mm 'UTC'") : ''));
  hbs.registerHelper('markdown', (source: string | null) => new hbs.SafeString(source ? renderMarkdown(source) : ''));
  hbs.registerHelper('cite', (numbers: number[]) =>
    new hbs.SafeString(
      (numbers ?? []).map((n) => `<a class="cite" href="#src-${Number(n)}">[${Number(n)}]</a>`).join(''),
    ),
  );
  hbs.registerHelper('plural', (count: number, singular: string, plural: unknown) =>
    `${count} ${count === 1 ? singular : typeof plural === 'string' ? plural : `${singular}s`}`,
  );
  hbs.registerHelper('join', (list: unknown[], sep: unknown) => (list ?? []).join(typeof sep === 'string' ? sep : ', '));
  hbs.registerHelper('gt', (a: number, b: number) => a > b);
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
}
