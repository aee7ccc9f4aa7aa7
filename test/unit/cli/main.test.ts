import { describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/main.js';

function quiet() {
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  return () => {
    out.mockRestore();
    err.mockRestore();
  };
}

describe('briefsmith exit codes', () => {
  it('--help and --version exit 0', async () => {
    const restore = quiet();
    try {
      expect(await main(['node', 'briefsmith', '--help'])).toBe(0);
      expect(await main(['node', 'briefsmith', '--version'])).toBe(0);
    } finally {
      restore();
    }
  });
  it('an unknown command or option is a usage error (2)', async () => {
    const restore = quiet();
    try {
      expect(await main(['node', 'briefsmith', 'frobnicate'])).toBe(2);
      expect(await main(['node', 'briefsmith', 'build', '--no-such-flag'])).toBe(2);
      expect(await main(['node', 'briefsmith', 'build', '--as-of', 'yesterday-ish'])).toBe(2);
    } finally {
      restore();
    }
  });
  it('a corpus path that does not exist fails the brief (1) before anything is printed', async () => {
    const restore = quiet();
    const { existsSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const out = mkdtempSync(`${tmpdir()}/bs-missing-corpus-`);
    try {
      expect(await main(['node', 'briefsmith', 'build', 'test/fixtures/briefs/missing-corpus.yaml', '--out', out])).toBe(1);
      expect(await main(['node', 'briefsmith', 'plan', 'test/fixtures/briefs/missing-corpus.yaml'])).toBe(1);
      expect(existsSync(`${out}/missing-corpus.pdf`)).toBe(false);
    } finally {
      restore();
    }
  });
  it('a brief that fails to load gives 1', async () => {
    const restore = quiet();
    try {
      expect(await main(['node', 'briefsmith', 'build', 'test/fixtures/briefs/unknown-key.yaml', '--out', 'output/test-unit'])).toBe(1);
    } finally {
      restore();
    }
  });
});
