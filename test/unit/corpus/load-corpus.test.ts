import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, streamCorpus } from '../../../src/corpus/index.js';
import type { Diagnostic } from '../../../src/model/diagnostic.js';
import { fixtures, withTempDir } from './helpers.js';

const mixed = path.join(fixtures, 'mixed');
const opts = { cwd: fixtures };

function only(diagnostics: Diagnostic[], file: string): Diagnostic[] {
  return diagnostics.filter((d) => d.file === file);
}

describe('loadCorpus: formats', () => {
  it('loads every article format from a folder, recursively, in a fixed order', async () => {
    const { articles, diagnostics, stats } = await loadCorpus(['mixed'], opts);
    expect(articles.map((a) => a.id)).toEqual([
      'fm-article',
      'bom',
      'b-1',
      expect.stringMatching(/^bundle\/[0-9a-f]{12}$/),
      '42',
      'crlf-1',
      'nested/deep',
      'plain',
    ]);
    // README.md without front matter, entities.yaml and notes.rst are not articles.
    expect(stats.ignoredFiles).toBe(3);
    expect(diagnostics.map((d) => `${d.file}:${d.rule}`)).toEqual(['mixed/plain.txt:corpus/no-date']);
  });

  it('reads front matter fields, keeps unknown ones as metadata, and turns Markdown into paragraphs', async () => {
    const { articles } = await loadCorpus(['mixed/2025-03-21-front-matter.md'], opts);
    const a = articles[0]!;
    expect(a).toMatchObject({
      id: 'fm-article',
      title: 'Talks in Pyongyang',
      published: '2025-03-21T09:30:00+09:00',
      source: 'Example Wire',
      url: 'https://example.org/talks',
      tags: ['russia', 'north-korea'],
      metadata: { desk: 'Seoul' },
      location: { file: 'mixed/2025-03-21-front-matter.md', line: 1 },
      referenceDate: '2025-03-21',
    });
    expect(a.text).toBe(
      'PYONGYANG, March 21 (Example) - The two sides "agreed to deepen ties", an official said on Friday, adding that further talks would follow.\n\n' +
        'A second paragraph with a link and code.',
    );
    expect(a.dateline).toEqual({ raw: 'PYONGYANG, March 21 (Example) -', place: 'PYONGYANG', date: '2025-03-21', start: 0, end: 31 });
    expect(a.text.slice(a.dateline!.start, a.dateline!.end)).toBe(a.dateline!.raw);
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads JSON Lines with text, body or content, a date alias, and numeric ids', async () => {
    const { articles } = await loadCorpus(['mixed/bundle.jsonl'], opts);
    expect(articles.map((a) => [a.title, a.text, a.published, a.location.line])).toEqual([
      ['First', 'First paragraph.\n\nSecond paragraph.', '2024-08-02T00:00:00Z', 1],
      ['Second, no id', 'Body under the key body.', '2024-08-03T00:00:00Z', 3],
      ['Third', 'Text under the key content.', '2024-09-30T00:00:00Z', 4],
    ]);
    expect(articles[0]!.metadata).toEqual({ topic: 'Home News' });
    expect(articles[0]!.dateline).toEqual({ raw: 'Pyongyang, August 2 (KCNA) --', place: 'Pyongyang', date: '2024-08-02', start: 0, end: 0, inText: false });
    expect(articles[2]!.metadata).toEqual({ extra: { nested: true } });
  });

  it('handles CRLF line ends, a BOM and decomposed accents', async () => {
    const { articles } = await loadCorpus(['mixed/crlf.ndjson', 'mixed/bom.md', 'mixed/plain.txt'], opts);
    expect(articles[0]!.text).toBe('Line ends are CRLF, and a BOM opens the file.');
    expect(articles[1]!.title).toBe('BOM article');
    expect(articles[1]!.text.startsWith('Café written')).toBe(true);
    expect(articles[2]!.text).toBe(
      'A plain text article without front matter. It has no date at all, and its lines are wrapped at a narrow width, the way e-mail used to be, so that reflow has to join them.\n\n' +
        'Its second paragraph is separated by a blank line, also wrapped across two lines.',
    );
    expect(articles[2]!.title).toBe('A plain text article without front matter.');
    expect(articles[2]!.published).toBeNull();
  });

  it('expands globs, relative to a root for ids', async () => {
    const { articles } = await loadCorpus(['mixed/**/*.markdown', 'mixed/*.txt'], { ...opts, root: 'mixed' });
    expect(articles.map((a) => a.id)).toEqual(['nested/deep', 'plain']);
  });

  it('derives the same ids whatever the working directory and input order', async () => {
    const a = await loadCorpus([path.join(mixed, 'plain.txt'), mixed], { root: mixed });
    const b = await loadCorpus([mixed], { cwd: '/', root: mixed });
    expect(a.articles.map((x) => x.id).sort()).toEqual(b.articles.map((x) => x.id).sort());
    expect(a.articles.map((x) => x.contentHash).sort()).toEqual(b.articles.map((x) => x.contentHash).sort());
  });

  it('loads the shipped example corpus', async () => {
    const { articles, diagnostics } = await loadCorpus([path.join(fixtures, '../../../corpus')]);
    expect(diagnostics).toEqual([]);
    expect(articles.map((a) => [a.id, a.published, a.referenceDate])).toEqual([
      ['2025-03-21-shoigu-meets-kim', '2025-03-21T00:00:00Z', '2025-03-21'],
      ['2025-10-11-medvedev-in-pyongyang', '2025-10-11T00:00:00Z', '2025-10-11'],
    ]);
    const medvedev = articles[1]!;
    expect(medvedev.dateline).toMatchObject({ raw: 'Pyongyang, October 11, 2025 –', place: 'Pyongyang', date: '2025-10-11', start: 0 });
    expect(medvedev.text.split('\n\n')).toHaveLength(26);
    expect(medvedev.text).toContain('“Our relations are now based on a solid legal foundation, an alliance treaty,” Medvedev stated');
  });
});

describe('loadCorpus: bad input never stops the rest', () => {
  it('reports each bad file by file and line, and still loads the good articles', async () => {
    const { articles, diagnostics } = await loadCorpus(['bad'], opts);
    expect(articles.map((a) => a.id).sort()).toEqual(['bad-date', 'code-tag', 'ok-1', 'ok-2']);
    const lines = diagnostics.map((d) => `${d.file}:${d.line ?? '-'} ${d.severity} ${d.rule}`);
    expect(lines).toEqual([
      'bad/alias-bomb.md:2 error corpus/front-matter',
      'bad/bad-date.md:3 warning corpus/bad-date',
      'bad/broken.jsonl:2 error corpus/bad-json',
      'bad/broken.jsonl:3 error corpus/bad-json',
      'bad/code-tag.md:3 warning corpus/bad-date',
      'bad/empty.md:- warning corpus/empty',
      'bad/list-front-matter.md:2 error corpus/front-matter',
      'bad/malformed-front-matter.md:5 error corpus/front-matter',
      'bad/no-body.md:1 error corpus/no-text',
      'bad/unclosed-front-matter.md:1 error corpus/front-matter',
    ]);
    for (const d of diagnostics) {
      expect(d.message).not.toContain('\n');
      expect(d.message).not.toMatch(/at .*\.ts:\d+/);
    }
    expect(only(diagnostics, 'bad/bad-date.md')[0]!.message).toContain("'2025-13-45' is not a calendar date");
    expect(articles.find((a) => a.id === 'bad-date')).toMatchObject({ published: null, referenceDate: null });
  });

  it('reports binary files, undecodable bytes and oversized files without reading on', async () => {
    await withTempDir(async (dir) => {
      await writeFile(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
      await writeFile(path.join(dir, 'latin1.md'), Buffer.from('---\ntitle: x\n---\nfirst line\nna\xefve caf\xe9\n', 'latin1'));
      await writeFile(path.join(dir, 'latin1.jsonl'), Buffer.concat([Buffer.from('{"id":"j1","text":"fine"}\n{"id":"j2","text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]));
      await writeFile(path.join(dir, 'big.md'), 'x'.repeat(2048));
      await writeFile(path.join(dir, 'long-line.jsonl'), `{"id":"l1","text":"${'y'.repeat(4000)}"}\n{"id":"l2","text":"after"}\n`);
      await writeFile(path.join(dir, 'ok.md'), 'Still loaded.');
      const { articles, diagnostics } = await loadCorpus([dir], { cwd: dir, limits: { maxArticleBytes: 1024 } });
      expect(articles.map((a) => a.id)).toEqual(['j1', 'l2', 'ok']);
      expect(diagnostics.filter((d) => d.rule !== 'corpus/no-date').map((d) => `${d.file}:${d.line ?? '-'}:${d.column ?? '-'} ${d.rule}`)).toEqual([
        'big.md:-:- corpus/too-large',
        'binary.txt:-:- corpus/binary',
        'latin1.jsonl:2:- corpus/encoding',
        'latin1.md:5:3 corpus/encoding',
        'long-line.jsonl:1:- corpus/too-large',
      ]);
    });
  });

  it.skipIf(process.platform === 'win32')('does not hang on a FIFO named like an article', async () => {
    await withTempDir(async (dir) => {
      execFileSync('mkfifo', [path.join(dir, 'pipe.md'), path.join(dir, 'pipe.jsonl')]);
      const { diagnostics } = await loadCorpus(['pipe.md', 'pipe.jsonl'], { cwd: dir });
      expect(diagnostics.map((d) => `${d.file} ${d.message}`)).toEqual(['pipe.md not a regular file', 'pipe.jsonl not a regular file']);
    });
  });

  it('refuses front matter above the size limit', async () => {
    await withTempDir(async (dir) => {
      await writeFile(path.join(dir, 'fm.md'), `---\ntitle: "${'z'.repeat(70 * 1024)}"\n---\nBody`);
      const { articles, diagnostics } = await loadCorpus([dir], { cwd: dir });
      expect(articles).toEqual([]);
      expect(diagnostics[0]).toMatchObject({ file: 'fm.md', line: 1, rule: 'corpus/front-matter', message: expect.stringContaining('longer than 64 KiB') });
    });
  });

  it('reports paths that cannot be read at all', async () => {
    const { diagnostics, stats } = await loadCorpus(['missing-folder', 'mixed/notes.rst', 'nothing/*.md', 'mixed/plain.txt'], opts);
    expect(stats.failedPaths).toEqual(['missing-folder', 'mixed/notes.rst', 'nothing/*.md']);
    expect(diagnostics.slice(0, 3).map((d) => `${d.file}: ${d.message}`)).toEqual([
      'missing-folder: no such file or folder',
      'mixed/notes.rst: not an article file',
      'nothing/*.md: pattern matched no article files (.md, .markdown, .txt, .jsonl, .ndjson)',
    ]);
    expect(stats.kept).toBe(1);
  });
});

describe('loadCorpus: duplicates', () => {
  it('reports a clashing id with both locations and keeps the first', async () => {
    const { articles, diagnostics } = await loadCorpus(['dup'], opts);
    const clash = diagnostics.find((d) => d.rule === 'corpus/duplicate-id')!;
    expect(clash).toMatchObject({ severity: 'error', file: 'dup/b.md', line: 1 });
    expect(clash.message).toBe("duplicate id 'same-id', first used at dup/a.md:1; this copy skipped");
    expect(articles.filter((a) => a.id === 'same-id')).toHaveLength(1);
  });

  it('warns about exact and near-duplicate copies, naming both articles', async () => {
    const { diagnostics } = await loadCorpus(['dup'], opts);
    const dups = diagnostics.filter((d) => d.rule === 'corpus/duplicate' || d.rule === 'corpus/near-duplicate');
    expect(dups.map((d) => `${d.file}:${d.line} ${d.message}`)).toEqual([
      "dup/syndicated.jsonl:1 'wire-a-1' has the same text as 'same-id' (dup/a.md:1)",
      "dup/syndicated.jsonl:2 'wire-b-7' has the same text as 'same-id' (dup/a.md:1)",
      expect.stringMatching(/^dup\/syndicated\.jsonl:3 'wire-c-3' is a near-duplicate of 'same-id' \(dup\/a\.md:1\), about \d+% alike$/),
    ]);
  });

  it('can be turned off', async () => {
    const { diagnostics } = await loadCorpus(['dup/syndicated.jsonl'], { ...opts, duplicates: false });
    expect(diagnostics).toEqual([]);
  });
});

describe('streaming and filtering', () => {
  it('filters by period while streaming and counts what it left out', async () => {
    const { articles, stats } = await loadCorpus(['mixed'], { ...opts, from: '2024-08-01', to: '2024-08-31' });
    expect(articles.map((a) => a.id)).toEqual(['b-1', expect.stringMatching(/^bundle\//)]);
    expect(stats.read).toBe(8);
    expect(stats.filteredOut).toBe(6);
  });

  it('applies a caller filter', async () => {
    const { articles } = await loadCorpus(['mixed'], { ...opts, filter: (a) => a.source === 'KCNA' });
    expect(articles).toHaveLength(2);
  });

  it('refuses a malformed period bound', async () => {
    await expect(loadCorpus(['mixed'], { ...opts, from: '2024-13-01' })).rejects.toThrow(/yyyy-mm-dd/);
  });

  it('yields articles one at a time and returns the statistics', async () => {
    const seen: string[] = [];
    const problems: Diagnostic[] = [];
    const stream = streamCorpus(['mixed/bundle.jsonl', 'bad/broken.jsonl'], { ...opts, onDiagnostic: (d) => problems.push(d) });
    let next = await stream.next();
    while (!next.done) {
      seen.push(next.value.id);
      next = await stream.next();
    }
    expect(seen).toHaveLength(5);
    expect(next.value).toMatchObject({ files: 2, read: 5, kept: 5, skipped: 2, failedPaths: [] });
    expect(problems.map((p) => p.line)).toEqual([2, 3]);
  });
});
