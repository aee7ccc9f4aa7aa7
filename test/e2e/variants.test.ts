import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, PDFDict, PDFHexString, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfInfo, pdfText, runCli, tempDir } from './helpers.js';

const AS_OF = '2025-11-01T09:00:00Z';
const BRIEFS = {
  analyst: 'briefs/russia-dprk.yaml',
  executive: 'test/e2e/fixtures/russia-dprk-executive.yaml',
  public: 'test/e2e/fixtures/russia-dprk-public.yaml',
};

function pageText(file: string, page: number): string {
  return execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
}

function pages(file: string): number {
  return Number(pdfInfo(file).Pages);
}

describe('audience variants print as real PDFs', () => {
  const out = tempDir('bs-e2e-variants-');
  const file = (name: string) => path.join(out, `${name}.pdf`);
  let result: ReturnType<typeof runCli>;

  beforeAll(() => {
    result = runCli(['build', ...Object.values(BRIEFS), '--out', out, '--as-of', AS_OF]);
  });

  it('builds all three in one run', () => {
    expect(result.status).toBe(0);
    expect(result.stdout.match(/^\S+ +built +/gm)).toHaveLength(3); // one summary row per brief
  });

  it('analyst: every section, in order', () => {
    const text = pdfText(file('russia-dprk')).replace(/\s+/g, ' ');
    const order = ['BOTTOM LINE', 'CONTENTS', 'KEY DEVELOPMENTS', 'DEVELOPMENTS PER WEEK', 'NOTABLE STATEMENTS', 'DEVELOPMENTS BY ACTOR', 'SOURCES'];
    let at = -1;
    for (const heading of order) {
      const i = text.indexOf(heading, at + 1);
      expect(i, heading).toBeGreaterThan(at);
      at = i;
    }
    expect(text).toMatch(/\d+ SOURCES?/);
  });

  it('analyst: the key figures never split from their labels across a page break', () => {
    const n = pages(file('russia-dprk'));
    const withLabels = Array.from({ length: n }, (_, i) => pageText(file('russia-dprk'), i + 1)).filter((t) => /ARTICLES IN PERIOD/.test(t));
    expect(withLabels).toHaveLength(1);
    expect(withLabels[0]).toMatch(/\d+\s+\d+\s+\d+\s+\d+\s*\n\s*ARTICLES IN PERIOD/);
  });

  it('analyst: handling marking, running title and "Page X of Y" on every page', () => {
    const n = pages(file('russia-dprk'));
    expect(n).toBeGreaterThan(2);
    for (let p = 1; p <= n; p++) {
      const lines = pageText(file('russia-dprk'), p).split('\n').filter((l) => l.trim());
      const head = lines.slice(0, 2).join(' ');
      const foot = lines.slice(-2).join(' ');
      expect(head, `page ${p} top`).toMatch(/OFFICIAL/);
      expect(head, `page ${p} top`).toMatch(/Russia–North Korea relations/);
      expect(foot, `page ${p} bottom`).toMatch(/OFFICIAL/);
      expect(foot, `page ${p} bottom`).toContain(`Page ${p} of ${n}`);
    }
  });

  it('analyst: PDF bookmarks for the sections and document metadata', async () => {
    const doc = await PDFDocument.load(readFileSync(file('russia-dprk')));
    const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    const titles: string[] = [];
    const walk = (ref: unknown) => {
      let node = ref ? doc.context.lookup(ref as never, PDFDict) : undefined;
      while (node) {
        titles.push(String(node.lookup(PDFName.of('Title'))?.toString()));
        walk(node.get(PDFName.of('First')));
        const next = node.get(PDFName.of('Next'));
        node = next ? doc.context.lookup(next, PDFDict) : undefined;
      }
    };
    walk(outlines.get(PDFName.of('First')));
    const joined = titles.join('|');
    expect(joined).toMatch(/Key developments/i);
    expect(joined).toMatch(/Sources/i);
    const info = pdfInfo(file('russia-dprk'));
    expect(info.Title).toBe('Russia–North Korea relations');
    expect(info.Subject).toMatch(/2025-03-01 to 2025-10-31/);
    expect(info.Keywords).toMatch(/Pyongyang/);
    expect(doc.catalog.lookup(PDFName.of('Lang'), PDFHexString).decodeText()).toBe('en-GB');
    expect(info.Tagged).toBe('yes');
  });

  it('embeds its fonts', () => {
    const fonts = execFileSync('pdffonts', [file('russia-dprk')], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line, line).toMatch(/(Inter|SourceSerif)/);
    for (const line of fonts) expect(line.split(/\s+/).slice(-5, -4)[0], line).toBe('yes');
  });

  it('executive: at most two pages, bottom line and top developments, marking on every page', () => {
    const n = pages(file('russia-dprk-executive'));
    expect(n).toBeLessThanOrEqual(2);
    const text = pdfText(file('russia-dprk-executive')).replace(/\s+/g, ' ');
    expect(text).toMatch(/BOTTOM LINE/);
    expect(text).toMatch(/KEY DEVELOPMENTS/);
    expect(text).toMatch(/further developments in the full report/);
    expect(text).not.toMatch(/DEVELOPMENTS BY ACTOR/);
    for (let p = 1; p <= n; p++) expect(pageText(file('russia-dprk-executive'), p)).toContain(`Page ${p} of ${n}`);
  });

  it('public: no handling marking anywhere, plain-language labels', () => {
    const text = pdfText(file('russia-dprk-public'));
    expect(text).not.toMatch(/OFFICIAL/);
    expect(text).toMatch(/WHAT HAPPENED/);
    expect(text).toMatch(/WHERE THIS COMES FROM/);
    expect(text).toMatch(/Weapons test|WEAPONS TEST/);
    const n = pages(file('russia-dprk-public'));
    for (let p = 1; p <= n; p++) expect(pageText(file('russia-dprk-public'), p)).toContain(`Page ${p} of ${n}`);
  });

  it('prints every variant to the same bytes twice, in parallel or not', () => {
    const again = tempDir('bs-e2e-variants-again-');
    expect(runCli(['build', ...Object.values(BRIEFS), '--out', again, '--as-of', AS_OF]).status).toBe(0);
    for (const name of ['russia-dprk', 'russia-dprk-executive', 'russia-dprk-public']) {
      expect(readFileSync(path.join(again, `${name}.pdf`)).equals(readFileSync(file(name))), name).toBe(true);
    }
  });

  it('leaves no temporary files behind', () => {
    expect(execFileSync('ls', [out], { encoding: 'utf8' })).not.toMatch(/\.tmp/);
  });
});
