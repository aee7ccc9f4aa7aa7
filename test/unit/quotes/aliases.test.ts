import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadAliasFile } from '../../../src/extract/aliases.js';
import { extractQuotes } from '../../../src/extract/quotes/index.js';
import { UserError } from '../../../src/model/diagnostic.js';

const shipped = fileURLToPath(new URL('../../../corpus/entities.yaml', import.meta.url));

function tempFile(content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'aliases-'));
  const file = join(dir, 'entities.yaml');
  writeFileSync(file, content);
  return file;
}

describe('alias file', () => {
  it('loads the shipped corpus/entities.yaml', () => {
    const table = loadAliasFile(shipped);
    expect(table['Kim Jong Un']).toContain('Kim Jong-un');
    expect(table['KCNA']).toContain('Korean Central News Agency');
    expect(table['Vladimir Putin']).toContain('Putin');
  });

  it('unifies a speaker written differently across articles', () => {
    const aliases = loadAliasFile(shipped);
    // Seed article 004 writes "Kim Jong-un"; KCNA writes "Kim Jong Un".
    const a = extractQuotes({ id: '004', text: 'North Korean leader Kim Jong-un said: "Our friendship is invincible."' }, { aliases });
    const b = extractQuotes({ id: 'kcna', text: '"Our friendship is invincible," Kim Jong Un said.' }, { aliases });
    expect(a[0]?.speaker).toBe('Kim Jong Un');
    expect(b[0]?.speaker).toBe('Kim Jong Un');
  });

  it('reports a malformed entry as a UserError naming file and line', () => {
    const file = tempFile('entities:\n  - name: Kim Jong Un\n    aliases: [Kim Jong-un]\n  - kind: person\n    aliases: [x]\n');
    try {
      loadAliasFile(file);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(UserError);
      const d = (err as UserError).diagnostics[0]!;
      expect(d.file).toBe(file);
      expect(d.line).toBe(4);
      expect((err as Error).message).toContain(`${file}:4`);
    }
  });

  it('reports YAML syntax errors with their line', () => {
    const file = tempFile('entities:\n  - name: "unterminated\n');
    expect(() => loadAliasFile(file)).toThrow(UserError);
  });

  it('reports a missing file as a UserError', () => {
    expect(() => loadAliasFile(join(tmpdir(), 'no-such-dir-xyz', 'entities.yaml'))).toThrow(UserError);
  });
});
