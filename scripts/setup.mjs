#!/usr/bin/env node
// Makes a fresh machine ready, and does nothing on a ready one: npm dependencies, the
// compiled CLI, a headless Chromium, and (for the tests) poppler's pdftotext/pdfinfo/pdftoppm.
// Plain JavaScript on purpose: it runs before any dependency is installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const forTests = process.argv.includes('--for-tests');
const log = (msg) => process.stderr.write(`setup: ${msg}\n`);

function run(cmd, args, opts = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], ...opts });
  if (result.status !== 0) {
    log(`\`${cmd} ${args.join(' ')}\` failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    try {
      accessSync(path.join(dir, name), constants.X_OK);
      return path.join(dir, name);
    } catch {
      /* not here */
    }
  }
  return null;
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);

// 1. Node itself.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  log(`Node ${process.versions.node} is too old: Briefsmith needs Node 20.19 or later`);
  process.exit(1);
}

// 2. npm dependencies: install when missing or when the lock file changed since the last install.
const installedLock = path.join(root, 'node_modules', '.package-lock.json');
if (!existsSync(installedLock) || mtime(path.join(root, 'package-lock.json')) > mtime(installedLock)) {
  log('installing npm dependencies (npm ci)');
  // Puppeteer must not try to download a browser: this machine cannot reach its host.
  run('npm', ['ci', '--no-audit', '--no-fund'], { env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: 'true' } });
}

// 3. The compiled CLI (bin/briefsmith.js runs dist/), rebuilt when a source file is newer.
const builtEntry = path.join(root, 'dist', 'cli', 'main.js');
if (mtime(builtEntry) < newestMtime(path.join(root, 'src'))) {
  log('compiling TypeScript');
  run('npx', ['tsc', '-p', 'tsconfig.build.json']);
}

// 4. System packages: a browser to print with, and poppler to read PDFs back in tests.
const wanted = [];
const hasBrowser =
  (process.env.PUPPETEER_EXECUTABLE_PATH && existsSync(process.env.PUPPETEER_EXECUTABLE_PATH)) ||
  ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'].some(onPath);
if (!hasBrowser) wanted.push('chromium');
if (forTests && !onPath('pdftotext')) wanted.push('poppler-utils');
if (wanted.length > 0) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = onPath('apt-get');
  const sudo = !isRoot && onPath('sudo') && spawnSync('sudo', ['-n', 'true']).status === 0;
  if (!apt || (!isRoot && !sudo)) {
    log(`missing: ${wanted.join(', ')}. Install them (Debian/Ubuntu: \`sudo apt-get install ${wanted.join(' ')}\`),`);
    log('or set PUPPETEER_EXECUTABLE_PATH to a Chrome or Chromium binary, then run this command again.');
    process.exit(1);
  }
  log(`installing ${wanted.join(', ')} with apt-get`);
  const prefix = isRoot ? [] : ['sudo', '-n'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const aptRun = (args) => (prefix.length ? run('sudo', ['-n', 'apt-get', ...args], { env }) : run('apt-get', args, { env }));
  aptRun(['update', '-qq']);
  aptRun(['install', '-y', '-qq', '--no-install-recommends', ...wanted]);
}

if (forTests) {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  } catch {
    log('pdftotext does not run; the end-to-end tests need poppler-utils');
    process.exit(1);
  }
}
log('ready');
