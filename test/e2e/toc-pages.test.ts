/**
 * Long briefs print twice so the contents can give page numbers; each number must be the
 * page where that section's heading actually is.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BriefContext } from '../../src/brief/context.js';
import { builtinTemplatesDir } from '../../src/build/paths.js';
import { printBrief } from '../../src/render/print-brief.js';
import { PrintPool } from '../../src/render/print-pool.js';
import { loadTemplate } from '../../src/render/render-html.js';
import { pdfInfo, tempDir } from './helpers.js';

function longBrief(): BriefContext {
  const text = (n: number, seed: number) => Array.from({ length: n }, (_, i) => ['delegation', 'missile', 'Pyongyang', 'treaty', 'exercise', 'envoy'][(i + seed) % 6]).join(' ');
  return {
    brief: { name: 'long', title: 'Long weekly brief', subtitle: null, audience: 'analyst', handling: 'OFFICIAL', author: null, organisation: null },
    period: { from: '2024-10-07', to: '2024-10-13' },
    asOf: '2024-10-14T08:00:00Z',
    summary: text(60, 1),
    developments: Array.from({ length: 45 }, (_, i) => ({
      id: `d${i}`, date: `2024-10-${String(7 + (i % 7)).padStart(2, '0')}`, precision: 'day' as const, dateNote: null, type: 'meeting',
      headline: text(40, i), actors: [`Actor ${i % 9}`, `Actor ${(i + 4) % 9}`], location: null, corroboration: 1 + (i % 3), citations: [1 + (i % 20)],
    })),
    quotes: Array.from({ length: 12 }, (_, i) => ({ id: `q${i}`, text: text(35, i), partial: false, speaker: `Speaker ${i}`, role: null, via: null, date: '2024-10-09', citations: [i + 1] })),
    sources: Array.from({ length: 20 }, (_, i) => ({ n: i + 1, id: `a${i}`, title: text(8, i), outlet: 'KCNA', published: '2024-10-09T00:00:00Z', url: `http://kcna.example/${i}` })),
    stats: { articlesRead: 500, articlesInPeriod: 60, outlets: 2, developments: 45, quotes: 12 },
    blocks: [{ title: 'Assessment', markdown: text(80, 3) }],
  };
}

describe('contents page numbers', () => {
  it('prints a long brief twice and numbers each contents entry with its heading’s page', async () => {
    const template = await loadTemplate('sitrep', [builtinTemplatesDir()]);
    const out = path.join(tempDir('bs-e2e-toc-'), 'long.pdf');
    const pool = await PrintPool.launch({ concurrency: 1 });
    const metadata = { title: 'Long', author: 'a', subject: 's', keywords: [], date: new Date('2024-10-14T08:00:00Z'), documentKey: 'k' };
    let passes = 0;
    let fresh: Uint8Array | null = null;
    try {
      const result = await printBrief(pool, { template, context: longBrief(), outFile: out, metadata });
      passes = result.passes;
      // The second print patched the first one's page; loading the numbered HTML afresh prints the same bytes.
      fresh = (await pool.print({ html: result.html, metadata: { lang: template.config.lang ?? 'en', ...metadata } })).bytes;
    } finally {
      await pool.close();
    }
    expect(passes).toBe(2);
    expect(Buffer.from(fresh!).equals(readFileSync(out))).toBe(true);
    const n = Number(pdfInfo(out).Pages);
    expect(n).toBeGreaterThanOrEqual(6);
    const page1 = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', out, '-'], { encoding: 'utf8' });
    const headingPage = (heading: string) => {
      for (let p = 1; p <= n; p++) {
        const text = execFileSync('pdftotext', ['-layout', '-f', String(p), '-l', String(p), out, '-'], { encoding: 'utf8' });
        if (text.split('\n').some((l) => l.trim() === heading)) return p;
      }
      return -1;
    };
    for (const [entry, heading] of [['Key developments', 'KEY DEVELOPMENTS'], ['Notable statements', 'NOTABLE STATEMENTS'], ['Sources', 'SOURCES'], ['Assessment', 'Assessment']] as const) {
      const m = new RegExp(`${entry}\\s+(\\d+)(?!\\.)`).exec(page1);
      expect(m, `${entry} in contents`).not.toBeNull();
      expect(Number(m![1]), entry).toBe(headingPage(heading));
    }
  });
});
