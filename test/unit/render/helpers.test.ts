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
