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
