/** A template's type labels are keyed by taxonomy ids; a key that names no type labels nothing. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadTaxonomy } from '../../../src/extract/events/taxonomy.js';

const templatesDir = path.resolve(import.meta.dirname, '../../../templates');

describe('built-in templates: typeLabels', () => {
  const ids = new Set(loadTaxonomy().types.map((t) => t.id));
  for (const name of readdirSync(templatesDir)) {
    const file = path.join(templatesDir, name, 'template.yaml');
    if (!existsSync(file)) continue;
    it(`${name}: every typeLabels key is an event type`, () => {
      const labels = (parse(readFileSync(file, 'utf8')) as { typeLabels?: Record<string, string> } | null)?.typeLabels ?? {};
      expect(Object.keys(labels).filter((k) => !ids.has(k))).toEqual([]);
    });
  }
});
