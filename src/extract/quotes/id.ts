import { createHash } from 'node:crypto';

/**
 * Briefs pin and exclude quotes by id, so the id depends only on the article and the words
 * quoted — not on offsets, which shift when an article is corrected above the quote.
 */
export function quoteId(articleId: string, text: string): string {
  const normalised = text.replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(`${articleId}\u0000${normalised}`).digest('hex').slice(0, 16);
}
