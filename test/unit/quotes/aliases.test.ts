import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadAliases } from '../../../src/brief/aliases.js';
import { aliasIndex, aliasKey, aliasTableOf } from '../../../src/extract/aliases.js';
import { extractQuotes } from '../../../src/extract/quotes/index.js';
import type { EntityKind } from '../../../src/model/extraction.js';

const shipped = fileURLToPath(new URL('../../../corpus/entities.yaml', import.meta.url));

function tempFile(content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'aliases-'));
  const file = join(dir, 'entities.yaml');
  writeFileSync(file, content);
  return file;
}

async function shippedTable() {
  const { aliases, diagnostics } = await loadAliases(shipped);
  expect(diagnostics).toEqual([]);
  return aliasTableOf(aliases!.entities.map((e) => ({ ...e, kind: e.kind as EntityKind | null })));
}

describe('the alias file, as the quote extractor sees it', () => {
  it('loads the shipped corpus/entities.yaml', async () => {
    const table = await shippedTable();
    expect(table['Kim Jong Un']).toContain('Kim Jong-un');
    expect(table['KCNA']).toContain('Korean Central News Agency');
    expect(table['Vladimir Putin']).toContain('Putin');
  });

  it('unifies a speaker written differently across articles', async () => {
    const aliases = await shippedTable();
    // Seed article 004 writes "Kim Jong-un"; KCNA writes "Kim Jong Un".
    const a = extractQuotes({ id: '004', text: 'North Korean leader Kim Jong-un said: "Our friendship is invincible."' }, { aliases });
    const b = extractQuotes({ id: 'kcna', text: '"Our friendship is invincible," Kim Jong Un said.' }, { aliases });
    expect(a[0]?.speaker).toBe('Kim Jong Un');
    expect(b[0]?.speaker).toBe('Kim Jong Un');
  });

  it('reports a malformed entry naming file and line', async () => {
    const file = tempFile('entities:\n  - name: Kim Jong Un\n    aliases: [Kim Jong-un]\n  - kind: person\n    aliases: [x]\n');
    const { aliases, diagnostics } = await loadAliases(file);
    expect(aliases).toBeNull();
    expect(diagnostics[0]).toMatchObject({ file, line: 4 });
  });

  it('reports YAML syntax errors with their line', async () => {
    const file = tempFile('entities:\n  - name: "unterminated\n');
    const { aliases, diagnostics } = await loadAliases(file);
    expect(aliases).toBeNull();
    expect(diagnostics[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it('reports a missing file', async () => {
    const file = join(tmpdir(), 'no-such-dir-xyz', 'entities.yaml');
    const { aliases, diagnostics } = await loadAliases(file);
    expect(aliases).toBeNull();
    expect(diagnostics[0]?.file).toBe(file);
  });
});

describe('alias index', () => {
  it('lets the first entity to claim a name keep it, as the brief and entity recognition do', () => {
    const index = aliasIndex({ 'Korean Central News Agency': ['KCNA'], 'KCNA Watch': ['KCNA'] });
    expect(index.get(aliasKey('KCNA'))).toBe('Korean Central News Agency');
  });
});
