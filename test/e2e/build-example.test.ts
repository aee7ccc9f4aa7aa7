import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfInfo, pdfText, runCli, tempDir } from './helpers.js';

describe('briefsmith build (real Chromium, real PDF)', () => {
  const out = tempDir('bs-e2e-');
  let text = '';
  let result: ReturnType<typeof runCli>;

  beforeAll(() => {
    result = runCli(['build', 'briefs/russia-dprk.yaml', '--out', out, '--as-of', '2025-11-01T09:00:00Z']);
    text = pdfText(path.join(out, 'russia-dprk.pdf')).replace(/\s+/g, ' ');
  });

  it('exits 0 and says what it built', () => {
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/russia-dprk\.pdf/);
  });
  it('prints the title, the period and the timeline heading', () => {
    expect(text).toContain('Russia–North Korea relations');
    expect(text).toMatch(/1 Mar 2025 – 31 Oct 2025/);
    expect(text).toMatch(/KEY DEVELOPMENTS/i);
  });
  it('has a dated timeline entry for the Shoigu–Kim meeting with its citation', () => {
    expect(text).toMatch(/21 Mar 2025 .{0,40}MEETING/i);
    expect(text).toMatch(/Shoigu/);
  });
  it('quotes a statement with its speaker', () => {
    expect(text).toMatch(/NOTABLE STATEMENTS/i);
    expect(text).toMatch(/“Our relations are now based on a solid legal foundation, an alliance treaty,?” Dmitry Medvedev/);
  });
  it('lists the numbered sources', () => {
    expect(text).toMatch(/SOURCES 1\. .*Shoigu/i);
  });
  it('carries the document metadata from the brief, not the clock', () => {
    const info = pdfInfo(path.join(out, 'russia-dprk.pdf'));
    expect(info.Title).toBe('Russia–North Korea relations');
    expect(info.Author).toBe('Briefsmith example desk');
    expect(info.CreationDate).toMatch(/Nov +1 09:00:00 2025/);
    expect(info.Tagged).toBe('yes');
  });
  it('prints the same bytes twice', () => {
    const again = tempDir('bs-e2e-again-');
    expect(runCli(['build', 'briefs/russia-dprk.yaml', '--out', again, '--as-of', '2025-11-01T09:00:00Z']).status).toBe(0);
    expect(readFileSync(path.join(again, 'russia-dprk.pdf')).equals(readFileSync(path.join(out, 'russia-dprk.pdf')))).toBe(true);
  });
});
