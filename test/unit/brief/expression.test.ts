import { describe, expect, it } from 'vitest';
import { evaluate, ExpressionError, formatExpression, parseExpression, termRegExp } from '../../../src/brief/expression.js';

const matches = (expr: string, text: string) => evaluate(parseExpression(expr), text).matched;

describe('keyword expressions', () => {
  it('parses precedence: NOT, then AND (explicit or side by side), then OR', () => {
    expect(formatExpression(parseExpression('"Kim Jong Un" AND (missile OR launch) NOT exercise'))).toBe('"Kim Jong Un" AND (missile OR launch) AND NOT exercise');
    expect(formatExpression(parseExpression('a OR b c'))).toBe('a OR (b AND c)');
    expect(formatExpression(parseExpression('NOT NOT a'))).toBe('NOT NOT a');
  });
  it('matches whole words, case-insensitively; phrases match across spaces and hyphens', () => {
    expect(matches('missile', 'New MISSILE tested')).toBe(true);
    expect(matches('missile', 'missiles tested')).toBe(false);
    expect(matches('Kim', 'Kimchi')).toBe(false);
    expect(matches('"Kim Jong Un"', 'met Kim Jong-un on Saturday')).toBe(true);
    expect(matches('U.S.', 'the U.S. and South Korea')).toBe(true);
    expect(termRegExp("Moscow's").test('Moscow’s appreciation')).toBe(true);
  });
  it('evaluates and reports the terms that matched', () => {
    const expr = parseExpression('"Kim Jong Un" AND (missile OR launch) NOT exercise');
    expect(evaluate(expr, 'Kim Jong Un oversaw the missile launch')).toEqual({ matched: true, terms: ['Kim Jong Un', 'missile', 'launch'] });
    expect(evaluate(expr, 'Kim Jong Un oversaw the missile exercise').matched).toBe(false);
    expect(evaluate(expr, 'Kim Jong Un gave a speech').matched).toBe(false);
  });
  it('reports the offset of a mistake', () => {
    const offsetOf = (s: string) => {
      try {
        parseExpression(s);
      } catch (e) {
        if (e instanceof ExpressionError) return [e.offset, e.message];
        throw e;
      }
      return null;
    };
    expect(offsetOf('a AND')).toEqual([5, 'expected a word, a "phrase" or `(` after AND, found the end']);
    expect(offsetOf('(a OR b')).toEqual([0, '`(` is never closed']);
    expect(offsetOf('a OR b)')).toEqual([6, '`)` without a matching `(`']);
    expect(offsetOf('a "b c')).toEqual([2, 'unclosed quotation mark']);
    expect(offsetOf('a ()')).toEqual([2, 'empty parentheses']);
    expect(offsetOf('  ')).toEqual([0, 'the expression is empty']);
    expect(offsetOf('OR a')).toEqual([0, 'expected a word, a "phrase" or `(` here, found `OR`']);
  });
});

describe('entity aliases', () => {
  it('canonical names, mentions under any alias, counted once each', async () => {
    const { AliasMap } = await import('../../../src/brief/aliases.js');
    const aliases = new AliasMap([{ name: 'Sergei Shoigu', kind: 'person', aliases: ['Shoigu', 'Sergey Shoigu'] }]);
    expect(aliases.canonical('shoigu')).toBe('Sergei Shoigu');
    expect(aliases.canonical('Someone Else')).toBe('Someone Else');
    expect(aliases.mentions('Sergei Shoigu', 'Sergey Shoigu arrived')).toBe(true);
    expect(aliases.countMentions('Shoigu', 'Sergei Shoigu met Kim. Shoigu said.')).toBe(2);
  });
  it('the alias file format, with positioned errors', async () => {
    const { loadAliases } = await import('../../../src/brief/aliases.js');
    const ok = await loadAliases('corpus/entities.yaml');
    expect(ok.diagnostics).toEqual([]);
    expect(ok.aliases?.canonical('DPRK')).toBe('North Korea');
  });
});
