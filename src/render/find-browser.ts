/**
 * Which Chromium to print with. Order (DESIGN.md): PUPPETEER_EXECUTABLE_PATH, a system
 * Chrome/Chromium on the PATH, Puppeteer's own download. Puppeteer's download is switched
 * off in this project, so the last only applies where a user installed one themselves.
 */
import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../model/diagnostic.js';

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

export function findBrowser(env: NodeJS.ProcessEnv = process.env, puppeteerPath?: () => string): string {
  const fromEnv = env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new UserError({
      severity: 'error',
      file: 'PUPPETEER_EXECUTABLE_PATH',
      message: `${fromEnv} is not an executable file`,
      hint: 'point it at a Chrome or Chromium binary, or unset it to use the one on the PATH',
    });
  }
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of SYSTEM_NAMES) {
      const candidate = path.join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  if (puppeteerPath) {
    try {
      const downloaded = puppeteerPath();
      if (downloaded && existsSync(downloaded)) return downloaded;
    } catch {
      // Puppeteer throws when it has no download; fall through to the helpful error.
    }
  }
  throw new UserError({
    severity: 'error',
    file: 'browser',
    message: 'no Chrome or Chromium found (looked at PUPPETEER_EXECUTABLE_PATH, then chromium/google-chrome on the PATH)',
    hint: 'on Debian or Ubuntu: `sudo apt-get install chromium`; or set PUPPETEER_EXECUTABLE_PATH to a Chrome binary',
  });
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
