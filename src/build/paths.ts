import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository (or installed package) root: two levels up from src/build or dist/build. */
export function packageRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
}

/** Built-in templates ship with the package, last in the lookup order. */
export function builtinTemplatesDir(): string {
  return path.join(packageRoot(), 'templates');
}

let version: string | null = null;

/** The tool's version (package.json): part of every edition's inputs. */
export function toolVersion(): string {
  version ??= (JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  return version;
}
