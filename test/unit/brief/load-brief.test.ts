import { describe, expect, it } from 'vitest';
import { loadBrief } from '../../../src/brief/load-brief.js';
import { UserError } from '../../../src/model/diagnostic.js';

async function diagnosticsOf(file: string) {
  try {
    await loadBrief(file);
  } catch (err) {
    if (err instanceof UserError) return err.diagnostics;
    throw err;
  }
  throw new Error('expected the brief to be rejected');
}

describe('loadBrief', () => {
  it('loads the example brief with its defaults', async () => {
    const brief = await loadBrief('briefs/russia-dprk.yaml');
    expect(brief.name).toBe('russia-dprk');
    expect(brief.spec.template).toBe('sitrep');
    expect(brief.spec.period).toEqual({ kind: 'range', from: '2025-03-01', to: '2025-10-31' });
  });
  it('points at the line of an unknown key', async () => {
    const [d] = await diagnosticsOf('test/fixtures/briefs/unknown-key.yaml');
    expect(d).toMatchObject({ file: 'test/fixtures/briefs/unknown-key.yaml', line: 5 });
    expect(d?.message).toMatch(/unknown key `sectoins`/);
    expect(d?.hint).toBe('did you mean `sections`?');
  });
  it('points at the line of a malformed date', async () => {
    const [d] = await diagnosticsOf('test/fixtures/briefs/bad-date.yaml');
    expect(d).toMatchObject({ line: 3 });
    expect(d?.message).toMatch(/period\.from/);
  });
  it('names a missing file', async () => {
    const [d] = await diagnosticsOf('briefs/does-not-exist.yaml');
    expect(d?.file).toBe('briefs/does-not-exist.yaml');
  });
});
