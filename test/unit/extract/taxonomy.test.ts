import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { compileTaxonomy, inflect, loadTaxonomy } from '../../../src/extract/events/taxonomy.js';
import { UserError } from '../../../src/model/diagnostic.js';
import { article } from './helpers.js';

describe('taxonomy', () => {
  it('the built-in taxonomy maps every type to PLOVER', () => {
    const t = loadTaxonomy();
    expect(t.types.length).toBeGreaterThanOrEqual(12);
    for (const type of t.types) expect(type.plover, type.id).toMatch(/^[A-Z]+$/);
  });

  it('inflects verb lemmas', () => {
    const forms = (w: string) => inflect(w).map((f) => f.form);
    expect(forms('visit')).toEqual(['visit', 'visited', 'visits', 'visiting']);
    expect(forms('ban')).toEqual(['ban', 'banned', 'bans', 'banning']);
    expect(forms('meet')).toEqual(['meet', 'met', 'met', 'meets', 'meeting']);
    expect(forms('deny')).toEqual(['deny', 'denied', 'denies', 'denying']);
    expect(forms('sanction')).toContain('sanctioned');
  });

  it('a user taxonomy file adds its own types', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'briefsmith-tax-'));
    try {
      const file = path.join(dir, 'events.yaml');
      writeFileSync(
        file,
        'types:\n  - id: cyber-attack\n    plover: ASSAULT\n    family: conflict\n    verbs: [hack]\n    patterns: [\'\\bransomware\\b\']\n',
      );
      const taxonomy = loadTaxonomy(file);
      const events = extractArticle(article('Hackers linked to Pyongyang hacked a crypto exchange in Seoul on Monday.'), { taxonomy }).events;
      expect(events.map((e) => e.type)).toEqual(['cyber-attack']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a broken taxonomy is a user error with the file and the problem', () => {
    expect(() => compileTaxonomy('types: [{ id: Bad Id }]', 'my.yaml')).toThrow(UserError);
    expect(() => compileTaxonomy("types:\n  - id: x\n    patterns: ['(']\n", 'my.yaml')).toThrow(/bad pattern/);
    expect(() => compileTaxonomy('types: [', 'my.yaml')).toThrow(/not valid YAML/);
  });

  it('its hash changes with its text (part of the cache key)', () => {
    const a = compileTaxonomy('types:\n  - id: x\n    verbs: [meet]\n', 'a');
    const b = compileTaxonomy('types:\n  - id: x\n    verbs: [meet, visit]\n', 'b');
    expect(a.hash).not.toBe(b.hash);
  });
});
