import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../../src/render/find-browser.js';
import { UserError } from '../../../src/model/diagnostic.js';

function fakeBinary(dir: string, name: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, '#!/bin/sh\n');
  chmodSync(file, 0o755);
  return file;
}

describe('findBrowser', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bs-browser-'));
  const chromium = fakeBinary(dir, 'chromium');

  it('prefers PUPPETEER_EXECUTABLE_PATH', () => {
    const custom = fakeBinary(dir, 'my-chrome');
    expect(findBrowser({ PUPPETEER_EXECUTABLE_PATH: custom, PATH: dir })).toBe(custom);
  });
  it('rejects a PUPPETEER_EXECUTABLE_PATH that is not executable, naming it', () => {
    expect(() => findBrowser({ PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chrome', PATH: dir })).toThrow(/\/nonexistent\/chrome/);
  });
  it('finds chromium on the PATH', () => {
    expect(findBrowser({ PATH: `/nonexistent${path.delimiter}${dir}` })).toBe(chromium);
  });
  it('falls back to Puppeteer\'s own download when it exists', () => {
    expect(findBrowser({ PATH: '/nonexistent' }, () => chromium)).toBe(chromium);
  });
  it('says how to install a browser when none is found', () => {
    try {
      findBrowser({ PATH: '/nonexistent' }, () => '/nonexistent/puppeteer-chrome');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(UserError);
      expect((err as Error).message).toMatch(/apt-get install chromium/);
      expect((err as Error).message).toMatch(/PUPPETEER_EXECUTABLE_PATH/);
    }
  });
});
