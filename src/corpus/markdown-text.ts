/**
 * Markdown to plain paragraphs with marked's lexer (no HTML rendering): structure decides the
 * paragraph boundaries, markup is dropped, the words and quotation marks stay as written.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import { reflow } from './reflow.js';
import { decodeEntities } from './entities.js';

export interface MarkdownText {
  text: string;
  /** Text of a level-1 heading that opens the document: the natural title when none is given. */
  leadingHeading: string | null;
}

export function markdownToText(source: string, options: { dropLeadingHeading?: (heading: string) => boolean } = {}): MarkdownText {
  const tokens = new Lexer({ gfm: true }).lex(source);
  const paragraphs: string[] = [];
  let leadingHeading: string | null = null;
  let first = true;
  for (const token of tokens) {
    if (token.type === 'space') continue;
    if (first && token.type === 'heading' && (token as Tokens.Heading).depth === 1) {
      leadingHeading = inline((token as Tokens.Heading).tokens).replace(/\s+/g, ' ').trim();
      first = false;
      if (options.dropLeadingHeading?.(leadingHeading) ?? true) continue;
    }
    first = false;
    block(token, paragraphs);
  }
  return { text: paragraphs.filter((p) => p.trim()).join('\n\n'), leadingHeading };
}

function block(token: Token, out: string[]): void {
  switch (token.type) {
    case 'paragraph':
    case 'text': {
      const t = token as Tokens.Paragraph | Tokens.Text;
      // A paragraph token can hold a whole article written one paragraph per line (common
      // in scraped news saved as .md); reflow decides whether its line breaks are wraps.
      const plain = t.tokens ? inline(t.tokens) : decodeEntities(t.text);
      out.push(reflow(plain, { softBreaks: true }));
      return;
    }
    case 'heading':
      out.push(inline((token as Tokens.Heading).tokens).replace(/\s+/g, ' '));
      return;
    case 'blockquote':
      for (const child of (token as Tokens.Blockquote).tokens) block(child, out);
      return;
    case 'list':
      for (const item of (token as Tokens.List).items) {
        const parts: string[] = [];
        for (const child of item.tokens) block(child, parts);
        out.push(parts.join(' '));
      }
      return;
    case 'code':
      out.push((token as Tokens.Code).text.replace(/\s*\n\s*/g, ' '));
      return;
    case 'table': {
      const t = token as Tokens.Table;
      const row = (cells: Tokens.TableCell[]): string => cells.map((c) => inline(c.tokens).trim()).join(' | ');
      out.push(row(t.header));
      for (const r of t.rows) out.push(row(r));
      return;
    }
    case 'html':
      out.push(reflow(stripTags((token as Tokens.HTML).text)));
      return;
    case 'hr':
    case 'space':
    case 'def':
      return;
    default: {
      const withTokens = token as { tokens?: Token[]; text?: string };
      if (withTokens.tokens) out.push(reflow(inline(withTokens.tokens)));
      else if (typeof withTokens.text === 'string') out.push(reflow(decodeEntities(withTokens.text)));
    }
  }
}

function inline(tokens: Token[] | undefined): string {
  if (!tokens) return '';
  let s = '';
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'escape': {
        const t = token as Tokens.Text;
        // `raw` rather than `text`: marked decodes only some entities in `text`, so decode
        // all of them here from the source, once.
        s += t.tokens ? inline(t.tokens) : token.type === 'escape' ? t.text : decodeEntities(t.raw);
        break;
      }
      case 'codespan':
        s += decodeEntities((token as Tokens.Codespan).text);
        break;
      case 'br':
        s += '\n';
        break;
      case 'image':
        s += (token as Tokens.Image).text;
        break;
      case 'html':
        // Inline tags are dropped; their content arrives as separate text tokens.
        break;
      default: {
        const t = token as { tokens?: Token[]; text?: string };
        s += t.tokens ? inline(t.tokens) : (t.text ?? '');
      }
    }
  }
  return s;
}

function stripTags(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<\/?(p|div|br|li|h[1-6]|blockquote|tr)\b[^>]*>/gi, '\n')
      .replace(/<[^>]*>/g, ''),
  );
}
