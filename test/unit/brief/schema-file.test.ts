import { readFileSync } from 'node:fs';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { discoverBriefs } from '../../../src/brief/discover.js';
import { BRIEF_SCHEMA_FILE, briefJsonSchema, renderBriefJsonSchema } from '../../../src/brief/json-schema.js';
import { loadBrief } from '../../../src/brief/load-brief.js';

describe('the shipped JSON Schema', () => {
  it('is up to date with the zod schema (run `npm run schema` after changing src/brief/schema.ts)', () => {
    expect(readFileSync(BRIEF_SCHEMA_FILE, 'utf8')).toBe(renderBriefJsonSchema());
  });
  it('documents the fields and rejects unknown keys', () => {
    const schema = briefJsonSchema() as { properties: Record<string, { description?: string }>; additionalProperties: unknown };
    expect(schema.additionalProperties).toBe(false);
    for (const key of ['title', 'period', 'select', 'sections', 'pin', 'exclude', 'reword', 'extends', 'timezone', 'summary', 'blocks']) {
      expect(schema.properties[key], key).toBeDefined();
    }
    expect(schema.properties.period?.description).toMatch(/ISO week/);
  });
});

describe('the example briefs', () => {
  it('each names the schema for editors and loads without errors', async () => {
    const files = (await glob('briefs/**/*.{yaml,yml}')).sort();
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).toMatch(/^# yaml-language-server: \$schema=(\.\.\/)+schema\/brief\.schema\.json$/m);
      await expect(loadBrief(file, { allowAbstract: true }), file).resolves.toBeTruthy();
    }
  });
  it('bases are not discovered as briefs to build', async () => {
    const found = await discoverBriefs();
    expect(found).toContain('briefs/russia-dprk.yaml');
    expect(found).toContain('briefs/weekly-sitrep.yaml');
    expect(found.some((f) => f.includes('_base'))).toBe(false);
  });
  it('two audiences share one selection through extends', async () => {
    const exec = await loadBrief('briefs/russia-dprk-executive.yaml');
    const pub = await loadBrief('briefs/russia-dprk-public.yaml');
    expect(exec.spec.select).toEqual(pub.spec.select);
    expect(exec.files).toEqual(['briefs/russia-dprk-executive.yaml', 'briefs/_base/russia-dprk.yaml']);
    expect([exec.spec.audience, pub.spec.audience]).toEqual(['executive', 'public, press']);
    expect(exec.spec.abstract).toBe(false); // `abstract` is not inherited
    expect((await loadBrief('briefs/_base/russia-dprk.yaml', { allowAbstract: true })).spec.abstract).toBe(true);
    // what build does: a base on its own is an error, pointing at `abstract`
    await expect(loadBrief('briefs/_base/russia-dprk.yaml')).rejects.toThrow(/_base\/russia-dprk\.yaml:5:11: error: this is an abstract base/);
  });
});
