/** Selection and ranking on the shipped seed corpus (two articles), plus small synthetic cases. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBrief, type LoadedBrief } from '../../../src/brief/load-brief.js';
import { prepareCorpus, type PreparedCorpus } from '../../../src/brief/prepare-corpus.js';
import { planBrief, resolveBriefPeriod, selectForBrief, type SelectionInput } from '../../../src/brief/select.js';
import type { Diagnostic } from '../../../src/model/diagnostic.js';
import type { Development } from '../../../src/model/extraction.js';

const AS_OF = '2025-11-01T09:00:00Z';
let corpus: PreparedCorpus;
const dir = mkdtempSync(path.join(tmpdir(), 'bs-select-'));
let n = 0;

beforeAll(async () => {
  corpus = await prepareCorpus(['corpus/']);
});

async function brief(yaml: string): Promise<LoadedBrief> {
  const file = path.join(dir, `brief-${++n}.yaml`);
  writeFileSync(file, `title: Test\nperiod: { from: 2025-03-01, to: 2025-10-31 }\naliases: corpus/entities.yaml\n${yaml}`);
  return loadBrief(file);
}

function input(b: LoadedBrief, extra: Partial<SelectionInput> = {}): SelectionInput {
  return { brief: b, articles: corpus.articles, extractions: corpus.extractions, developments: corpus.developments, asOf: AS_OF, ...extra };
}

const text = (d: { headline: string }) => d.headline;

describe('the example brief on the seed corpus', () => {
  it('selects the Shoigu meeting, the Medvedev statement, numbered sources and stats', async () => {
    const b = await loadBrief('briefs/russia-dprk.yaml');
    const ctx = selectForBrief(input(b));
    expect(ctx.brief.title).toBe('Russia–North Korea relations');
    expect(ctx.period).toMatchObject({ from: '2025-03-01', to: '2025-10-31' });
    expect(ctx.developments.some((d) => d.date === '2025-03-21' && d.type === 'meeting' && /Shoigu/.test(d.headline))).toBe(true);
    expect(ctx.quotes.some((q) => q.speaker === 'Dmitry Medvedev' && q.text.startsWith('Our relations are now based'))).toBe(true);
    expect(ctx.sources.map((s) => s.n)).toEqual([1, 2]);
    expect(ctx.stats).toMatchObject({ articlesRead: 2, articlesInPeriod: 2, outlets: 2 });
    expect(ctx.sections).toEqual(['summary', 'toc', 'timeline', 'chart', 'statements', 'by-actor', 'sources', 'stats']); // as the brief chose
    // the timeline reads in date order
    const dates = ctx.developments.map((d) => d.date ?? '');
    expect([...dates].sort()).toEqual(dates);
  });
});

describe('selection filters', () => {
  it('entities, through aliases: any', async () => {
    const ctx = selectForBrief(input(await brief('select:\n  entities: [Sergey Shoigu]\n')));
    expect(ctx.developments.length).toBeGreaterThan(0);
    for (const d of ctx.developments) expect(`${d.headline} ${d.actors.join(' ')}`).toMatch(/Shoigu/);
  });
  it('entities: all and not', async () => {
    // Judged on everything a development involves (all its reports), not only its headline.
    const plan = planBrief(input(await brief('select:\n  entities: { all: [Russia, Kim Jong Un], not: [Ukraine] }\n')));
    const selected = plan.entries.filter((e) => e.kind === 'development' && e.status === 'selected');
    expect(selected.length).toBeGreaterThan(0);
    for (const e of selected) expect(e.matched.entities).toEqual(expect.arrayContaining(['Russia', 'Kim Jong Un']));
    const ukraine = plan.entries.filter((e) => e.kind === 'development' && e.reasons.some((r) => /Ukraine/.test(r)));
    expect(ukraine.length).toBeGreaterThan(0);
    for (const e of ukraine) expect(e.status).not.toBe('selected');
  });
  it('event types', async () => {
    const ctx = selectForBrief(input(await brief('select:\n  types: [weapons-test]\n')));
    expect(ctx.developments.length).toBeGreaterThan(0);
    expect(new Set(ctx.developments.map((d) => d.type))).toEqual(new Set(['weapons-test']));
  });
  it('keywords match whole words, case-insensitively', async () => {
    const singular = selectForBrief(input(await brief('select:\n  keywords: [MISSILE]\n')));
    const plural = selectForBrief(input(await brief('select:\n  keywords: [missiles]\n')));
    expect(singular.developments.map(text).every((h) => /\bmissile\b/i.test(h))).toBe(true);
    expect(plural.developments.length).toBeGreaterThan(0);
    expect(plural.developments.map(text).every((h) => /\bmissiles\b/i.test(h))).toBe(true);
  });
  it('a boolean expression', async () => {
    // A development matches on all its reports' words, so check what the plan says it matched.
    const plan = planBrief(input(await brief("select:\n  match: 'Shoigu AND (Kim OR Pyongyang) NOT Putin'\n")));
    const selected = plan.entries.filter((e) => e.kind === 'development' && e.status === 'selected');
    expect(selected.length).toBeGreaterThan(0);
    for (const e of selected) {
      expect(e.matched.terms).toContain('Shoigu');
      expect(e.matched.terms.some((t) => /^(Kim|Pyongyang)$/.test(t))).toBe(true);
    }
    expect(plan.entries.some((e) => e.kind === 'development' && e.status !== 'selected' && /Putin/.test(e.label))).toBe(true);
  });
  it('sources, by outlet words', async () => {
    // A development one of the named outlets reports is selected and cites every outlet that reports it.
    const wire = selectForBrief(input(await brief('select:\n  sources: [Wire report]\n')));
    const wireN = wire.sources.find((s) => s.id === '2025-03-21-shoigu-meets-kim')?.n;
    expect(wireN).toBeDefined();
    for (const d of wire.developments) expect(d.citations).toContain(wireN);
    const dateline = selectForBrief(input(await brief('select:\n  sources: [Pyongyang-datelined]\n')));
    const datelineN = dateline.sources.find((s) => s.id === '2025-10-11-medvedev-in-pyongyang')?.n;
    for (const d of dateline.developments) expect(d.citations).toContain(datelineN);
    expect(dateline.developments.some((d) => d.headline.includes('Medvedev'))).toBe(true);
    expect(wire.developments.some((d) => d.headline.includes('Medvedev'))).toBe(false);
  });
  it('minimum corroboration and confidence', async () => {
    // Only the treaty is reported by both seed outlets (and they disagree on its date).
    const corroborated = selectForBrief(input(await brief('select:\n  minCorroboration: 2\n'))).developments;
    expect(corroborated.length).toBeGreaterThan(0);
    for (const d of corroborated) expect(d.corroboration).toBeGreaterThanOrEqual(2);
    expect(corroborated.some((d) => d.dateNote !== null)).toBe(true);
    const confident = planBrief(input(await brief('select:\n  minConfidence: 0.5\n')));
    const kept = new Set(confident.context.developments.map((d) => d.id));
    for (const d of corpus.developments.filter((x) => kept.has(x.id))) expect(d.confidence).toBeGreaterThanOrEqual(0.5);
    expect(confident.entries.some((e) => e.reasons.some((r) => /^confidence .* < 0.5$/.test(r)))).toBe(true);
  });
  it('limits per section', async () => {
    const ctx = selectForBrief(input(await brief('limits: { developments: 3, quotes: 1, actors: 2, perActor: 1 }\n')));
    expect(ctx.developments).toHaveLength(3);
    expect(ctx.quotes).toHaveLength(1);
    expect(ctx.byActor!.length).toBeLessThanOrEqual(2);
    for (const a of ctx.byActor!) expect(a.developments.length).toBeLessThanOrEqual(1);
  });
  it('the period filters developments and quotes', async () => {
    const b = await loadBrief(writeBrief('title: March\nperiod: 2025-03\n'));
    const ctx = selectForBrief(input(b));
    expect(ctx.period).toMatchObject({ from: '2025-03-01', to: '2025-03-31', label: 'March 2025' });
    expect(ctx.developments.every((d) => d.date?.startsWith('2025-03'))).toBe(true);
    expect(ctx.quotes.every((q) => q.date?.startsWith('2025-03'))).toBe(true);
    expect(ctx.stats.articlesInPeriod).toBe(1);
  });
});

function writeBrief(yaml: string): string {
  const file = path.join(dir, `brief-${++n}.yaml`);
  writeFileSync(file, yaml);
  return file;
}

describe('ranking', () => {
  const dev = (id: string, over: Partial<Development>): Development => ({
    id,
    date: '2025-03-21',
    precision: 'day',
    dateConflict: null,
    type: 'statement',
    actors: [],
    location: null,
    summary: `Development ${id}`,
    events: [],
    sources: ['2025-03-21-shoigu-meets-kim'],
    corroboration: 1,
    confidence: 0.5,
    ...over,
  });
  const rankOf = async (yaml: string, developments: Development[]) => {
    const plan = planBrief(input(await brief(yaml), { developments }));
    return plan.entries.filter((e) => e.kind === 'development' && e.status === 'selected').sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).map((e) => e.id);
  };
  it('more independent sources rank higher', async () => {
    expect(await rankOf('', [dev('a', {}), dev('b', { corroboration: 3, sources: ['2025-03-21-shoigu-meets-kim', '2025-10-11-medvedev-in-pyongyang'] })])).toEqual(['b', 'a']);
  });
  it("the brief's entities count", async () => {
    expect(await rankOf('select:\n  entities: { any: [Kim Jong Un, Russia] }\n', [dev('a', { actors: ['Kim Jong Un'] }), dev('b', { actors: ['Kim Jong-un', 'Moscow'] })])).toEqual(['b', 'a']);
  });
  it("the brief's type weights count", async () => {
    expect(await rankOf('weights: { weapons-test: 2 }\n', [dev('a', { corroboration: 2 }), dev('b', { type: 'weapons-test' })])).toEqual(['b', 'a']);
  });
  it('recent developments rank higher', async () => {
    expect(await rankOf('', [dev('a', { date: '2025-03-21' }), dev('b', { date: '2025-10-11' })])).toEqual(['b', 'a']);
  });
  it('ties are broken by id, whatever the input order', async () => {
    const list = [dev('c', {}), dev('a', {}), dev('b', {})];
    expect(await rankOf('', list)).toEqual(['a', 'b', 'c']);
    expect(await rankOf('', [...list].reverse())).toEqual(['a', 'b', 'c']);
    const b = await brief('limits: { developments: 2 }\n');
    expect(selectForBrief(input(b, { developments: list })).developments.map((d) => d.id)).toEqual(['a', 'b']);
  });
});

describe('statements', () => {
  it('the same words from several outlets are shown once, citing every source', async () => {
    const original = corpus.articles.find((a) => a.id === '2025-10-11-medvedev-in-pyongyang')!;
    const copy = { ...original, id: 'copy-of-medvedev', source: 'Another outlet' };
    const x = corpus.extractions.find((e) => e.id === original.id)!;
    const xCopy = { ...x, id: copy.id, source: copy.source, quotes: x.quotes.map((q) => ({ ...q, id: `${q.id}-copy`, text: q.text.toUpperCase() })) };
    const ctx = selectForBrief(input(await brief(''), { articles: [...corpus.articles, copy], extractions: [...corpus.extractions, xCopy] }));
    const q = ctx.quotes.find((c) => /solid legal foundation/i.test(c.text))!;
    expect(q.citations).toHaveLength(2);
    expect(q.ids).toHaveLength(2);
    expect(ctx.quotes.filter((c) => /solid legal foundation/i.test(c.text))).toHaveLength(1);
  });
  it('speaker prominence ranks the much-quoted, much-named speaker first', async () => {
    const plan = planBrief(input(await brief('')));
    const quotes = plan.entries.filter((e) => e.kind === 'quote' && e.status === 'selected').sort((a, b) => b.score - a.score);
    expect(quotes[0]?.label).toMatch(/^Dmitry Medvedev:/);
    expect(quotes[0]?.scoreParts.speakerQuotes).toBe(3); // three Medvedev quotations in the October article
    expect(quotes[0]!.scoreParts.speakerMentions).toBeGreaterThan(quotes.at(-1)!.scoreParts.speakerMentions!);
  });
});

describe('analyst control by id', () => {
  it('pin, exclude and reword developments and statements', async () => {
    const base = planBrief(input(await brief('limits: { developments: 2, quotes: 1 }\n')));
    const overLimit = base.entries.find((e) => e.kind === 'development' && e.status === 'over-limit')!;
    const shown = base.context.developments[0]!;
    const quote = base.entries.find((e) => e.kind === 'quote' && e.status === 'over-limit')!;
    const b = await brief(`limits: { developments: 2, quotes: 1 }\npin: [${overLimit.id}, ${quote.id}]\nexclude: [${shown.id}]\nreword:\n  ${overLimit.id}: Reworded headline.\n`);
    const ctx = selectForBrief(input(b));
    const ids = ctx.developments.map((d) => d.id);
    expect(ids).toContain(overLimit.id);
    expect(ids).not.toContain(shown.id);
    expect(ctx.developments.find((d) => d.id === overLimit.id)).toMatchObject({ headline: 'Reworded headline.', pinned: true });
    // pinned items take their places first; the limit still holds
    expect(ctx.quotes.map((q) => q.id)).toEqual([quote.id]);
    expect(ctx.developments).toHaveLength(2);
  });
  it('an id that no longer exists is a warning at its line, never silent', async () => {
    const b = await brief('pin:\n  - no-such-id\nexclude: [gone-too]\nreword:\n  vanished: New words\n');
    const seen: Diagnostic[] = [];
    selectForBrief(input(b, { onDiagnostic: (d) => seen.push(d) }));
    expect(seen).toMatchObject([
      { severity: 'warning', file: b.file, line: 5, column: 5, rule: 'brief/stale-id', message: '`pin`: no development or statement has the id `no-such-id` (any more)' },
      { severity: 'warning', file: b.file, line: 6, column: 11, message: '`exclude`: no development or statement has the id `gone-too` (any more)' },
      { severity: 'warning', file: b.file, line: 8, column: 3, message: '`reword`: no development or statement has the id `vanished` (any more)' },
    ]);
  });
  it('an event type the taxonomy does not have is a warning with the likely fix', async () => {
    const b = await brief('select:\n  types: [meting, military-exercise]\nweights: { weapons-test: 2, wepons-test: 1 }\n');
    const { diagnostics } = planBrief(input(b));
    // military-exercise is a taxonomy type the seed corpus happens not to have: no warning.
    expect(diagnostics).toMatchObject([
      { severity: 'warning', line: 5, column: 11, message: '`meting` is not an event type of the taxonomy', hint: 'did you mean `meeting`?', rule: 'brief/unknown-type' },
      { severity: 'warning', line: 6, column: 29, message: '`wepons-test` is not an event type of the taxonomy', hint: 'did you mean `weapons-test`?' },
    ]);
  });
  it('pinning and excluding the same id is an error', async () => {
    await expect(brief('pin: [x]\nexclude: [x]\n')).rejects.toThrow(/`x` is both pinned and excluded/);
  });
});

describe('sections and editions', () => {
  it('sections, blocks and developments by actor', async () => {
    const ctx = selectForBrief(input(await brief('sections: [timeline, by-actor, markdown, stats]\nblocks:\n  - title: Outlook\n    markdown: "*More* later."\n')));
    expect(ctx.sections).toEqual(['timeline', 'by-actor', 'markdown', 'stats']);
    expect(ctx.blocks).toEqual([{ title: 'Outlook', markdown: '*More* later.' }]);
    const counts = ctx.byActor!.map((a) => a.count);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    // actors are grouped under their canonical names
    expect(ctx.byActor!.map((a) => a.actor)).not.toContain('Shoigu');
  });
  it('the markdown and summary sections drop out when the brief has none', async () => {
    const ctx = selectForBrief(input(await brief('sections: [summary, timeline, statements, markdown, sources, stats]\n')));
    expect(ctx.sections).toEqual(['timeline', 'statements', 'sources', 'stats']);
  });
  it('a weekly brief is one edition per ISO week', async () => {
    const b = await loadBrief(writeBrief('title: Weekly\nperiod: weekly\ntimezone: Asia/Seoul\n'));
    const ctx = selectForBrief(input(b, { week: '2025-W12' }));
    expect(ctx.period).toMatchObject({ from: '2025-03-17', to: '2025-03-23', week: '2025-W12' });
    expect(ctx.edition).toEqual({ serial: '2025-W12', week: '2025-W12', previous: '2025-W11' });
    expect(ctx.developments.length).toBeGreaterThan(0);
    expect(ctx.developments.every((d) => d.isNew === true)).toBe(true); // nothing in 2025-W11
    // a development dated only to the month is not news of any one week of it
    const monthly = { ...corpus.developments[0]!, id: 'month-precision', date: '2025-03', precision: 'month' as const };
    expect(selectForBrief(input(b, { week: '2025-W13', developments: [monthly] })).developments).toEqual([]);
    expect(resolveBriefPeriod(b, { asOf: '2025-03-23T16:00:00Z' })).toMatchObject({ week: '2025-W12', from: '2025-03-17', to: '2025-03-23' });
    expect(resolveBriefPeriod(b, { asOf: '2025-03-23T14:00:00Z' })).toMatchObject({ week: '2025-W11' }); // 23:00 Sunday in Seoul
    // by default: the last complete week before as-of, in the brief's time zone
    const late = selectForBrief(input(b, { asOf: '2025-03-23T16:00:00Z' })); // Monday 01:00 in Seoul
    expect(late.period.week).toBe('2025-W12');
  });
});

describe('coarse dates', () => {
  it('a date counts where it lies; one straddling the edge counts where it starts; a coarser one never in a shorter period', async () => {
    const base = corpus.developments[0]!;
    const developments = [
      { ...base, id: 'in-march', date: '2025-03', precision: 'month' as const },
      { ...base, id: 'in-2025', date: '2025', precision: 'year' as const },
      { ...base, id: 'week-14', date: '2025-W14', precision: 'week' as const }, // 31 Mar – 6 Apr
    ];
    const week = selectForBrief(input(await loadBrief(writeBrief('title: W\nperiod: 2025-W12\n')), { developments }));
    expect(week.developments.map((d) => d.id)).toEqual([]);
    const march = selectForBrief(input(await loadBrief(writeBrief('title: M\nperiod: 2025-03\n')), { developments }));
    expect(march.developments.map((d) => d.id).sort()).toEqual(['in-march', 'week-14']);
    const april = selectForBrief(input(await loadBrief(writeBrief('title: A\nperiod: 2025-04\n')), { developments }));
    expect(april.developments.map((d) => d.id)).toEqual([]);
    const year = selectForBrief(input(await loadBrief(writeBrief('title: Y\nperiod: 2025\n')), { developments }));
    expect(year.developments.map((d) => d.id).sort()).toEqual(['in-2025', 'in-march', 'week-14']);
  });
});
