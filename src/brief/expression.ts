/**
 * The keyword expression language of `select.match`:
 *
 *   "Kim Jong Un" AND (missile OR launch) NOT exercise
 *
 * Terms are words or "quoted phrases", matched as whole words, case-insensitively; spaces and
 * hyphens inside a phrase match each other ("Kim Jong Un" finds "Kim Jong-un"). Operators are
 * written in capitals: NOT binds tightest, then AND, then OR; two terms side by side mean AND
 * (so `a NOT b` is `a AND NOT b`). Parentheses group.
 */
import type { MatchExpr } from './schema.js';

export class ExpressionError extends Error {
  /** 0-based offset into the expression where the problem is. */
  readonly offset: number;
  readonly hint: string | undefined;
  constructor(message: string, offset: number, hint?: string) {
    super(message);
    this.name = 'ExpressionError';
    this.offset = offset;
    this.hint = hint;
  }
}

type Token = { kind: 'term'; value: string; at: number } | { kind: 'and' | 'or' | 'not' | '(' | ')'; at: number };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')') {
      tokens.push({ kind: c, at: i });
      i++;
    } else if (c === '"' || c === '“') {
      const close = source.slice(i + 1).search(/["”]/);
      if (close < 0) throw new ExpressionError('unclosed quotation mark', i, 'end the phrase with "');
      const value = source.slice(i + 1, i + 1 + close).trim();
      if (!value) throw new ExpressionError('empty phrase ""', i, 'put words between the quotation marks, or remove them');
      tokens.push({ kind: 'term', value, at: i });
      i += close + 2;
    } else {
      const m = /^[^\s()"“”]+/.exec(source.slice(i));
      const word = m![0];
      if (word === 'AND' || word === 'OR' || word === 'NOT') tokens.push({ kind: word.toLowerCase() as 'and' | 'or' | 'not', at: i });
      else tokens.push({ kind: 'term', value: word, at: i });
      i += word.length;
    }
  }
  return tokens;
}

/** Parses an expression; throws ExpressionError with the offset of the first problem. */
export function parseExpression(source: string): MatchExpr {
  const tokens = tokenize(source);
  let pos = 0;
  const peek = () => tokens[pos];
  const endAt = source.length;

  const expectOperand = (after: Token | undefined): never => {
    const at = peek()?.at ?? endAt;
    const what = after ? (after.kind === '(' ? 'after `(`' : `after ${after.kind.toUpperCase()}`) : 'here';
    const found = peek() ? `\`${peek()!.kind === 'term' ? (peek() as { value: string }).value : peek()!.kind.toUpperCase()}\`` : 'the end';
    throw new ExpressionError(`expected a word, a "phrase" or \`(\` ${what}, found ${found}`, at, 'operators AND, OR and NOT need a word or phrase on their right');
  };

  const primary = (after: Token | undefined): MatchExpr => {
    const t = peek();
    if (!t) return expectOperand(after);
    if (t.kind === 'term') {
      pos++;
      return { op: 'term', term: t.value };
    }
    if (t.kind === '(') {
      pos++;
      if (peek()?.kind === ')') throw new ExpressionError('empty parentheses', t.at, 'put a word or phrase inside, or remove them');
      const inner = or(t);
      if (peek()?.kind !== ')') throw new ExpressionError('`(` is never closed', t.at, 'add `)`');
      pos++;
      return inner;
    }
    if (t.kind === ')' && !after) throw new ExpressionError('`)` without a matching `(`', t.at, 'remove it, or add `(` before');
    return expectOperand(after);
  };
  const unary = (after: Token | undefined): MatchExpr => {
    const t = peek();
    if (t?.kind === 'not') {
      pos++;
      return { op: 'not', arg: unary(t) };
    }
    return primary(after);
  };
  const and = (after: Token | undefined): MatchExpr => {
    const args = [unary(after)];
    for (;;) {
      const t = peek();
      if (t?.kind === 'and') {
        pos++;
        args.push(unary(t));
      } else if (t && (t.kind === 'term' || t.kind === '(' || t.kind === 'not')) {
        args.push(unary(t));
      } else break;
    }
    return args.length === 1 ? args[0]! : { op: 'and', args };
  };
  const or = (after: Token | undefined): MatchExpr => {
    const args = [and(after)];
    while (peek()?.kind === 'or') {
      const t = peek();
      pos++;
      args.push(and(t));
    }
    return args.length === 1 ? args[0]! : { op: 'or', args };
  };

  if (tokens.length === 0) throw new ExpressionError('the expression is empty', 0, 'write words or "phrases", e.g. missile OR launch');
  const expr = or(undefined);
  const rest = peek();
  if (rest) {
    if (rest.kind === ')') throw new ExpressionError('`)` without a matching `(`', rest.at, 'remove it, or add `(` before');
    throw new ExpressionError('unexpected text', rest.at);
  }
  return expr;
}

/** Every term of an expression (for highlighting and for "matched" lists). */
export function termsOf(expr: MatchExpr): string[] {
  if (expr.op === 'term') return [expr.term];
  if (expr.op === 'not') return termsOf(expr.arg);
  return expr.args.flatMap(termsOf);
}

const cache = new Map<string, RegExp>();

/** A whole-word, case-insensitive matcher for a word or phrase. */
export function termRegExp(term: string): RegExp {
  let re = cache.get(term);
  if (!re) {
    const body = term
      .trim()
      .split(/[\s\-‐-―]+/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]"))
      .join('[\\s\\-‐-―]+');
    re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu');
    cache.set(term, re);
  }
  return re;
}

/** Whether a text satisfies the expression, and which of its (non-negated) terms occur. */
export function evaluate(expr: MatchExpr, text: string): { matched: boolean; terms: string[] } {
  const found = new Set<string>();
  const walk = (e: MatchExpr, negated: boolean): boolean => {
    switch (e.op) {
      case 'term': {
        const hit = termRegExp(e.term).test(text);
        if (hit && !negated) found.add(e.term);
        return hit;
      }
      case 'not':
        return !walk(e.arg, !negated);
      case 'and':
        return e.args.map((a) => walk(a, negated)).every(Boolean);
      case 'or':
        return e.args.map((a) => walk(a, negated)).some(Boolean);
    }
  };
  const matched = walk(expr, false);
  return { matched, terms: [...found] };
}

/** Readable form of a parsed expression (for `briefsmith plan`). */
export function formatExpression(expr: MatchExpr): string {
  switch (expr.op) {
    case 'term':
      return /\s/.test(expr.term) ? `"${expr.term}"` : expr.term;
    case 'not':
      return `NOT ${wrap(expr.arg)}`;
    case 'and':
    case 'or':
      return expr.args.map(wrap).join(expr.op === 'and' ? ' AND ' : ' OR ');
  }
}

function wrap(e: MatchExpr): string {
  return e.op === 'and' || e.op === 'or' ? `(${formatExpression(e)})` : formatExpression(e);
}
