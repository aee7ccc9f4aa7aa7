/**
 * The executive variant promises two pages at most. Its limits (6 developments, 2 quotes,
 * headlines cut at 220 characters) are what keep that promise; this prints a worst case —
 * many long developments, many long quotes, a long bottom line — and counts the pages.
 */
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { BriefContext } from '../../src/brief/context.js';
import { builtinTemplatesDir } from '../../src/build/paths.js';
import { PrintPool } from '../../src/render/print-pool.js';
import { loadTemplate } from '../../src/render/render-html.js';

const words = (n: number) => Array.from({ length: n }, (_, i) => ['Pyongyang', 'announced', 'strategic', 'missile', 'exercise', 'alliance', 'delegation', 'minister'][i % 8]).join(' ');

function worstCase(): BriefContext {
  return {
    brief: { name: 'w', title: 'A long title for a weekly situation report on the Korean peninsula and beyond', subtitle: words(20), audience: 'executive', handling: 'OFFICIAL-SENSITIVE', author: null, organisation: 'Desk' },
    period: { from: '2024-10-07', to: '2024-10-13' },
    asOf: '2024-10-14T08:00:00Z',
    summary: `${words(90)}.\n\n${words(60)}.`,
    developments: Array.from({ length: 40 }, (_, i) => ({
      id: `d${i}`,
      date: `2024-10-${String(7 + (i % 7)).padStart(2, '0')}`,
      precision: 'day' as const,
      dateNote: i % 5 === 0 ? 'Sources differ: 2024-10-07 vs 2024-10-08' : null,
      type: 'military-exercise',
      headline: words(70),
      actors: ['Kim Jong Un', 'Korean People’s Army', 'Ministry of National Defence', 'Russia', 'United States', 'Japan'],
      location: 'Sea of Japan',
      corroboration: 1 + (i % 4),
      citations: Array.from({ length: 6 }, (_, k) => k + 1),
      isNew: i % 2 === 0,
    })),
    quotes: Array.from({ length: 10 }, (_, i) => ({ id: `q${i}`, text: words(80), partial: false, speaker: 'Kim Yo Jong', role: 'Vice department director of the Central Committee', via: 'KCNA', date: '2024-10-10', citations: [i + 1] })),
    sources: Array.from({ length: 12 }, (_, i) => ({ n: i + 1, id: `a${i}`, title: words(12), outlet: 'KCNA', published: '2024-10-10T00:00:00Z', url: `http://kcna.example/${i}` })),
    stats: { articlesRead: 1000, articlesInPeriod: 67, outlets: 3, developments: 40, quotes: 10 },
  };
}

describe('sitrep-executive', () => {
  it('stays within two pages for a worst-case week', async () => {
    const template = await loadTemplate('sitrep-executive', [builtinTemplatesDir()]);
    const pool = await PrintPool.launch({ concurrency: 1 });
    try {
      const { bytes } = await pool.print({ html: template.render(worstCase()), metadata: { title: 't', author: 'a', subject: 's', keywords: [], date: new Date('2024-10-14T08:00:00Z'), documentKey: 'k' } });
      if (process.env.BRIEFSMITH_KEEP) (await import('node:fs')).writeFileSync(process.env.BRIEFSMITH_KEEP, bytes);
      expect((await PDFDocument.load(bytes)).getPageCount()).toBeLessThanOrEqual(2);
    } finally {
      await pool.close();
    }
  });
});
