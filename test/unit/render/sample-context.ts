import type { BriefContext } from '../../../src/brief/context.js';

/** A small context exercising every field a template may meet. */
export function sampleContext(opts: { withOptional?: boolean } = {}): BriefContext {
  const ctx: BriefContext = {
    brief: { name: 'weekly', title: 'Weekly test', subtitle: 'A subtitle', audience: 'analyst', handling: 'TLP:AMBER', author: 'Desk', organisation: 'Org' },
    period: { from: '2024-03-04', to: '2024-03-10' },
    asOf: '2024-03-11T08:00:00.000Z',
    summary: 'The **bottom line**.',
    developments: [
      { id: 'd1', date: '2024-03-04', precision: 'day', dateNote: null, type: 'test-launch', headline: 'A missile was launched.', actors: ['North Korea'], location: 'Sea of Japan', corroboration: 3, citations: [1, 2] },
      { id: 'd2', date: '2024-03-06', precision: 'day', dateNote: null, type: 'meeting', headline: 'Envoys met.', actors: ['Russia', 'North Korea'], location: null, corroboration: 1, citations: [2] },
      { id: 'd3', date: '2024-03', precision: 'month', dateNote: 'Sources differ: 2024-03 vs 2024-02', type: 'statement', headline: 'A statement.', actors: [], location: null, corroboration: 1, citations: [1] },
    ],
    quotes: [{ id: 'q1', text: 'We will respond.', partial: false, speaker: 'Kim Yo Jong', role: 'Vice department director', via: 'KCNA', date: '2024-03-05', citations: [1] }],
    sources: [
      { n: 1, id: 'a1', title: 'First', outlet: 'KCNA', published: '2024-03-05T00:00:00Z', url: 'http://kcna.example/1' },
      { n: 2, id: 'a2', title: 'Second', outlet: 'Yonhap', published: null, url: 'javascript:alert(1)' },
    ],
    stats: { articlesRead: 10, articlesInPeriod: 4, outlets: 2, developments: 3, quotes: 1 },
  };
  if (opts.withOptional) {
    ctx.sections = ['summary', 'stats', 'toc', 'timeline', 'chart', 'statements', 'by-actor', 'markdown', 'sources'];
    ctx.blocks = [{ title: 'Assessment', markdown: 'We **assess** it is likely.' }];
    ctx.edition = { serial: '11', week: '2024-W10', previous: '10' };
    ctx.developments[0]!.isNew = true;
  }
  return ctx;
}
