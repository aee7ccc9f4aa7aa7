import { describe, expect, it } from 'vitest';
import { formatDiagnostic, UserError } from '../../src/model/diagnostic.js';

describe('formatDiagnostic', () => {
  it('prints file, line, column, severity and message with the hint', () => {
    expect(formatDiagnostic({ severity: 'error', file: 'briefs/a.yaml', line: 12, column: 1, message: 'unknown key', hint: 'did you mean `sections`?' }))
      .toBe('briefs/a.yaml:12:1: error: unknown key (did you mean `sections`?)');
  });
  it('leaves out the position when the problem is the whole file', () => {
    expect(formatDiagnostic({ severity: 'warning', file: 'corpus/x.md', message: 'empty file' })).toBe('corpus/x.md: warning: empty file');
  });
  it('UserError carries every diagnostic', () => {
    const err = new UserError([
      { severity: 'error', file: 'a', line: 1, message: 'one' },
      { severity: 'error', file: 'a', line: 2, message: 'two' },
    ]);
    expect(err.diagnostics).toHaveLength(2);
    expect(err.message).toBe('a:1: error: one\na:2: error: two');
  });
});
