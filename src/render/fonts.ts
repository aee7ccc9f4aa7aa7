/**
 * Fonts travel inside the HTML as data URLs: the print page may load nothing from outside,
 * and the PDF must look the same on every machine whatever fonts it has installed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

interface Face {
  family: string;
  pkg: string;
  file: string;
  weight: number;
  style: 'normal' | 'italic';
}

const SUBSETS = ['latin', 'latin-ext'];
const FACES: Omit<Face, 'file'>[] = [
  { family: 'Source Serif 4', pkg: '@fontsource/source-serif-4', weight: 400, style: 'normal' },
  { family: 'Source Serif 4', pkg: '@fontsource/source-serif-4', weight: 400, style: 'italic' },
  { family: 'Source Serif 4', pkg: '@fontsource/source-serif-4', weight: 600, style: 'normal' },
  { family: 'Inter', pkg: '@fontsource/inter', weight: 400, style: 'normal' },
  { family: 'Inter', pkg: '@fontsource/inter', weight: 600, style: 'normal' },
  { family: 'Inter', pkg: '@fontsource/inter', weight: 700, style: 'normal' },
];

let cached: string | null = null;

/** `@font-face` rules for the built-in fonts, each with its WOFF2 inlined. */
export function embeddedFontCss(): string {
  if (cached !== null) return cached;
  const rules: string[] = [];
  for (const face of FACES) {
    const dir = path.join(path.dirname(require.resolve(`${face.pkg}/package.json`)), 'files');
    const stem = face.pkg.split('/')[1];
    for (const subset of SUBSETS) {
      const data = readFileSync(path.join(dir, `${stem}-${subset}-${face.weight}-${face.style}.woff2`)).toString('base64');
      rules.push(
        `@font-face{font-family:'${face.family}';font-style:${face.style};font-weight:${face.weight};` +
          `src:url(data:font/woff2;base64,${data}) format('woff2');}`,
      );
    }
  }
  cached = rules.join('\n');
  return cached;
}
