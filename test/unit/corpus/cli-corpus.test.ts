import { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { registerCorpusCommand, runCorpusCommand } from '../../../src/cli/commands/corpus.js';
import { fixtures } from './helpers.js';
import path from 'node:path';

function capture(cwd = fixtures): { io: { stdout: (s: string) => void; stderr: (s: string) => void; cwd: string }; out: () => string } {
  let text = '';
  return { io: { stdout: (s) => (text += s), stderr: (s) => (text += s), cwd }, out: () => text };
}

afterEach(() => {
  process.exitCode = undefined;
});

describe('briefsmith corpus', () => {
  it('prints a readable table and exits 0 when every path could be read', async () => {
    const { io, out } = capture();
    expect(await runCorpusCommand(['mixed', 'bad/broken.jsonl'], {}, io)).toBe(0);
    const text = out();
    expect(text).toMatch(/^10 articles from 3 sources, 2024-01-01 to 2025-03-21\n1 without a date\n/);
    expect(text).toContain('Source');
    expect(text).toMatch(/\n2024-08 +2\n/);
    expect(text).toContain('bad/broken.jsonl:2:58: error: not valid JSON');
    expect(text).toContain('Problems: 2 errors, 1 warning\n');
    expect(text).not.toMatch(/\n\s+at /);
  });

  it('prints JSON with articles, sources, period and problems', async () => {
    const { io, out } = capture();
    await runCorpusCommand(['bad'], { json: true }, io);
    const json = JSON.parse(out()) as Record<string, unknown>;
    expect(json).toMatchObject({ articles: 4, from: '2024-01-01', to: '2024-01-02' });
    expect(json.sources).toEqual([{ name: '(unknown)', count: 4 }]);
    expect(json.problems).toContainEqual(
      expect.objectContaining({ file: 'bad/malformed-front-matter.md', line: 5, severity: 'error', message: expect.stringMatching(/^malformed front matter/) }),
    );
  });

  it('exits 1 when a path cannot be read at all', async () => {
    const { io } = capture();
    expect(await runCorpusCommand(['mixed', 'no-such-dir'], { json: true }, io)).toBe(1);
  });

  it('exits 2 with a one-line message for a malformed --from', async () => {
    const { io, out } = capture();
    expect(await runCorpusCommand(['mixed'], { from: '2025-13-45' }, io)).toBe(2);
    expect(out()).toBe("briefsmith corpus: --from must be a day written yyyy-mm-dd, got '2025-13-45'\n");
  });

  it('registers on a commander program, defaults to corpus/ and honours --from/--to', async () => {
    const { io, out } = capture(path.resolve(fixtures, '../../..'));
    const program = new Command('briefsmith').exitOverride();
    registerCorpusCommand(program, io);
    await program.parseAsync(['corpus', '--json', '--from', '2025-10-01'], { from: 'user' });
    expect(JSON.parse(out())).toMatchObject({ articles: 1, from: '2025-10-11', to: '2025-10-11', problems: [] });
    expect(process.exitCode).toBe(0);
  });
});
