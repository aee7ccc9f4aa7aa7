import { describe, expect, it } from 'vitest';
import { formatDateValue, renderMarkdown } from '../../../src/render/helpers.js';

describe('formatDateValue', () => {
  it('prints each precision without inventing a day', () => {
    expect(formatDateValue('2025-03-21', 'day')).toBe('21 Mar 2025');
    expect(formatDateValue('2024-10', 'month')).toBe('October 2024');
    expect(formatDateValue('2025-W12', 'week')).toBe('week 12, 2025');
    expect(formatDateValue('2025-Q1', 'quarter')).toBe('Q1 2025');
    expect(formatDateValue('2024', 'year')).toBe('2024');
    expect(formatDateValue(null)).toBe('undated');
  });
});

describe('renderMarkdown', () => {
  it('keeps formatting', () => {
    expect(renderMarkdown('**bold** and _it_')).toBe('<p><strong>bold</strong> and <em>it</em></p>\n');
  });
  it('removes scripts, images, iframes and styles that could fetch or run anything', () => {
    const html = renderMarkdown('<script>alert(1)</script><img src="http://127.0.0.1:9/x.png"><iframe src="file:///etc/passwd"></iframe><style>@import "http://x"</style>\n\n![a](http://127.0.0.1/y.png) text');
    expect(html).not.toMatch(/<script|<img|<iframe|<style|src=|file:/);
    expect(html).toContain('text');
  });
  it('drops javascript: links but keeps the words', () => {
    const html = renderMarkdown('[click](javascript:alert(1))');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('click');
  });
});

import Handlebars from 'handlebars';
import { cssString, localeFor, plural, registerHelpers, truncate } from '../../../src/render/helpers.js';

describe('more helpers', () => {
  const hbs = Handlebars.create();
  registerHelpers(hbs, { lang: 'fr' });
  const run = (src: string, ctx: object = {}) => hbs.compile(src, { strict: true })(ctx);
  it('formats dates in the template language', () => {
    expect(run('{{date "2024-10" "month"}}')).toBe('octobre 2024');
    expect(localeFor('en-GB').code).toBe('en-GB');
    expect(localeFor('xx').code).toBe('en-GB');
  });
  it('truncates at a word with an ellipsis', () => {
    expect(truncate('The quick brown fox jumps', 15)).toBe('The quick…');
    expect(truncate('short', 15)).toBe('short');
  });
  it('pluralises', () => {
    expect(plural(1, 'source')).toBe('1 source');
    expect(plural(3, 'source')).toBe('3 sources');
    expect(plural(2, 'country', 'countries')).toBe('2 countries');
  });
  it('makes CSS strings that cannot close the style element', () => {
    expect(cssString('a "b" \\ </style>')).toBe('"a \\"b\\" \\\\ \\3c /style\\3e "');
  });
  it('cites, compares and combines', () => {
    expect(run('{{cite c}}', { c: [1, 2] })).toBe('<span class="cites"><a class="cite" href="#src-1">[1]</a><a class="cite" href="#src-2">[2]</a></span>');
    expect(run('{{#if (and (gt a 1) (not b))}}y{{/if}}{{#if (or b (lte a 1))}}n{{/if}}', { a: 2, b: false })).toBe('y');
    expect(run('{{#if (eq t "x")}}x{{/if}}{{#if (ne t "x")}}n{{/if}}{{#if (gte a 2)}}g{{/if}}{{#if (lt a 2)}}l{{/if}}', { t: 'x', a: 2 })).toBe('xg');
  });
});
