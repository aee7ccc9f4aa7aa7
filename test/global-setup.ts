import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * End-to-end tests run the compiled CLI, so make sure dist/ matches src/ (and a browser is
 * there) even when vitest is started directly rather than through `npm test`.
 */
export default function setup(): void {
  execFileSync(process.execPath, [path.join(import.meta.dirname, '..', 'scripts', 'setup.mjs'), '--for-tests'], { stdio: 'inherit' });
}
