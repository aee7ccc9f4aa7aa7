import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { colorEnabled, paint } from '../../../src/build/colors.js';
import { createProgress } from '../../../src/build/progress.js';
import { countStatuses, type BuildSummary, type EditionResult } from '../../../src/build/report-types.js';
import { appendStepSummary, formatSummaryTable, summaryJson, summaryMarkdown } from '../../../src/build/summary.js';

const editions: EditionResult[] = [
  { key: 'wk/2025-W11', brief: 'briefs/wk.yaml', week: '2025-W11', status: 'up-to-date', reasons: ['up to date'], output: 'output/wk/2025-W11.pdf', ms: 2, diagnostics: [] },
  { key: 'wk/2025-W12', brief: 'briefs/wk.yaml', week: '2025-W12', status: 'built', reasons: ['2 new articles selected'], output: 'output/wk/2025-W12.pdf', ms: 1234, diagnostics: [] },
  { key: 'broken', brief: 'briefs/broken.yaml', week: null, status: 'failed', reasons: [], output: null, ms: 5, diagnostics: [{ severity: 'error', file: 'briefs/broken.yaml', line: 3, message: 'unknown key `titel`', rule: 'brief/unknown-key' }] },
];
const summary: BuildSummary = { ok: false, interrupted: false, dryRun: false, browserLaunched: true, shard: '1/2', ms: 2500, counts: countStatuses(editions), editions };
const plain = paint(false);

describe('build summaries', () => {
  it('plain table: a row per edition that did something, then totals; no escape codes without colour', () => {
    const text = formatSummaryTable(summary, plain);
    expect(text.includes('\x1b[')).toBe(false);
    expect(text).toMatch(/^edition\s+status\s+time\s+why/m);
    expect(text).toMatch(/wk\/2025-W12\s+built\s+1\.2 s\s+2 new articles selected → output\/wk\/2025-W12\.pdf/);
    expect(text).toMatch(/broken\s+failed\s+5 ms\s+unknown key `titel`/);
    expect(text).not.toMatch(/2025-W11/);
    expect(text).toMatch(/1 built, 1 up to date, 1 failed in 2\.5 s — shard 1\/2\n$/);
    expect(formatSummaryTable(summary, plain, true)).toMatch(/2025-W11\s+up to date/);
  });
  it('a no-op build says no browser was launched', () => {
    const noop: BuildSummary = { ...summary, ok: true, browserLaunched: false, shard: null, editions: [editions[0]!], counts: countStatuses([editions[0]!]) };
    expect(formatSummaryTable(noop, plain)).toBe('0 built, 1 up to date, 0 failed in 2.5 s (no browser launched)\n');
  });
  it('JSON: one document with counts and every edition', () => {
    const doc = JSON.parse(summaryJson(summary));
    expect(doc.counts).toEqual({ built: 1, 'up-to-date': 1, 'would-build': 0, 'skipped-empty': 0, failed: 1 });
    expect(doc.editions).toHaveLength(3);
    expect(doc.ok).toBe(false);
    expect(doc.browserLaunched).toBe(true);
  });
  it('GitHub step summary: Markdown appended to the file', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'bs-gh-')), 'summary.md');
    writeFileSync(file, '# earlier step\n');
    await appendStepSummary(file, summary);
    const md = readFileSync(file, 'utf8');
    expect(md.startsWith('# earlier step\n### Briefsmith build (shard 1/2)')).toBe(true);
    expect(md).toContain('| built | up to date | would build | skipped (empty) | failed | time |');
    expect(md).toContain('| 1 | 1 | 0 | 0 | 1 | 2.5 s |');
    expect(md).toContain('| `wk/2025-W12` | built | 2 new articles selected | 1.2 s |');
    expect(md).toContain('❌ 1 failed');
    expect(summaryMarkdown({ ...summary, editions: [{ ...editions[1]!, key: 'a|b' }] })).toContain('`a\\|b`');
  });
});

describe('colours', () => {
  it('NO_COLOR wins, FORCE_COLOR forces, else only on a terminal', () => {
    expect(colorEnabled({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(colorEnabled({ isTTY: true }, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
    expect(colorEnabled({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorEnabled({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(false);
    expect(colorEnabled({ isTTY: true }, {})).toBe(true);
    expect(colorEnabled({ isTTY: false }, {})).toBe(false);
    expect(paint(true).green('x')).toBe('\x1b[32mx\x1b[39m');
  });
});

describe('progress', () => {
  const sink = (isTTY: boolean) => {
    const chunks: string[] = [];
    return { chunks, stream: { isTTY, columns: 80, write: (s: string) => chunks.push(s) } };
  };
  it('plain lines when not a terminal (CI): no carriage returns, up-to-date editions quiet', () => {
    const { chunks, stream } = sink(false);
    const p = createProgress({ stream, paint: plain });
    p({ kind: 'plan', total: 2 });
    p({ kind: 'start', key: 'wk/2025-W11', index: 0, total: 2 });
    p({ kind: 'done', result: editions[0]!, index: 0, total: 2 });
    p({ kind: 'done', result: editions[1]!, index: 1, total: 2 });
    p.finish();
    const out = chunks.join('');
    expect(out).not.toContain('\r');
    expect(out).toBe('[2/2] built       wk/2025-W12 → output/wk/2025-W12.pdf in 1.2 s (2 new articles selected)\n');
  });
  it('a bar with the current edition in a terminal, cleared at the end', () => {
    const { chunks, stream } = sink(true);
    const p = createProgress({ stream, paint: plain });
    p({ kind: 'plan', total: 2 });
    p({ kind: 'start', key: 'wk/2025-W12', index: 1, total: 2 });
    expect(chunks.at(-1)).toBe(`\r\x1b[2K[${'█'.repeat(12)}${'░'.repeat(12)}] 1/2 wk/2025-W12`);
    p.finish();
    expect(chunks.at(-1)).toBe('\r\x1b[2K');
  });
});
