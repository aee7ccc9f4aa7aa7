import { describe, expect, it } from 'vitest';
import { buildViewModel, eventsChart } from '../../../src/render/view-model.js';
import { sampleContext } from './sample-context.js';

describe('buildViewModel', () => {
  it('fills absent optional fields so strict templates never meet a missing one', () => {
    const v = buildViewModel(sampleContext());
    expect(v.blocks).toEqual([]);
    expect(v.edition).toBeNull();
    expect(v.developments.every((d) => d.isNew === false)).toBe(true);
    expect(v.view.marking).toBe('TLP:AMBER');
  });
  it('keeps the given optional fields', () => {
    const v = buildViewModel(sampleContext({ withOptional: true }));
    expect(v.edition?.serial).toBe('11');
    expect(v.developments[0]?.isNew).toBe(true);
    expect(v.view.newCount).toBe(1);
    expect(v.blocks[0]).toMatchObject({ title: 'Assessment', id: 'block-1' });
  });
  it('groups developments by actor, busiest first', () => {
    const v = buildViewModel(sampleContext());
    expect(v.view.byActor.map((g) => [g.actor, g.count])).toEqual([['North Korea', 2], ['Russia', 1]]);
    expect(v.view.byActor[0]?.developments.map((d) => d.id)).toEqual(['d1', 'd2']);
  });
  it('limits developments to the best corroborated, in date order, and counts what it left out', () => {
    const v = buildViewModel(sampleContext(), { limits: { developments: 2 } });
    expect(v.developments.map((d) => d.id)).toEqual(['d1', 'd2']);
    expect(v.view.omitted.developments).toBe(1);
  });
  it('builds a table of contents from the shown sections and blocks, only for long briefs', () => {
    const v = buildViewModel(sampleContext({ withOptional: true }));
    expect(v.view.showToc).toBe(true);
    expect(v.view.toc.map((t) => t.title)).toEqual(['Bottom line', 'Key developments', 'Events per day', 'Notable statements', 'Developments by actor', 'Assessment', 'Sources']);
    const short = buildViewModel({ ...sampleContext(), sections: ['summary', 'toc', 'timeline'] });
    expect(short.view.showToc).toBe(false);
    expect(short.view.sections.map((s) => s.name)).toEqual(['summary', 'timeline']);
  });
  it('takes labels, type labels and marking from the template config', () => {
    const v = buildViewModel(sampleContext(), { marking: false, labels: { timeline: 'What happened' }, typeLabels: { 'test-launch': 'Weapons test' } });
    expect(v.view.marking).toBeNull();
    expect(v.view.sections.find((s) => s.name === 'timeline')?.title).toBe('What happened');
    expect(v.developments[0]?.typeLabel).toBe('Weapons test');
    expect(v.developments[1]?.typeLabel).toBe('meeting');
  });
  it('links only http(s) source URLs and gives quotes their outlet', () => {
    const v = buildViewModel(sampleContext());
    expect(v.sources.map((s) => s.href)).toEqual(['http://kcna.example/1', null]);
    expect(v.quotes[0]?.outlet).toBe('KCNA');
  });
});

describe('eventsChart', () => {
  it('draws one bar per day with developments and counts coarse dates apart', () => {
    const c = eventsChart(sampleContext().developments, { from: '2024-03-04', to: '2024-03-10' });
    expect(c.unit).toBe('day');
    expect(c.total).toBe(2);
    expect(c.unplaced).toBe(1);
    expect(c.svg.match(/<rect /g)).toHaveLength(2);
    expect(c.svg).toMatch(/^<svg class="chart" xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(c.svg).not.toMatch(/href|url\(|<image|<foreignObject/);
    expect(c.peak).toEqual({ label: '4 Mar', count: 1 });
  });
  it('switches to weeks for long periods', () => {
    const c = eventsChart([{ date: '2024-06-05', precision: 'day' }, { date: '2024-06-06', precision: 'day' }], { from: '2024-01-01', to: '2024-12-31' });
    expect(c.unit).toBe('week');
    expect(c.svg.match(/<rect /g)).toHaveLength(1);
    expect(c.peak).toEqual({ label: '3 Jun', count: 2 });
  });
  it('is the same for the same input', () => {
    const p = { from: '2024-03-04', to: '2024-03-10' };
    expect(eventsChart(sampleContext().developments, p).svg).toBe(eventsChart(sampleContext().developments, p).svg);
  });
});

describe('sections', () => {
  it('shows the key figures but keeps them out of the contents', () => {
    const v = buildViewModel(sampleContext({ withOptional: true }));
    expect(v.view.sections.map((s) => s.name)).toContain('stats');
    expect(v.view.toc.map((t) => t.id)).not.toContain('sec-stats');
  });
});
