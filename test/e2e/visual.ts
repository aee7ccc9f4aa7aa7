/**
 * The visual regression check (issue #7): page 1 of a built PDF, rendered small by pdftoppm,
 * against the reference PNG committed for its audience in test/fixtures/visual/. A failure
 * leaves the actual and diff images in .tmp/visual/ (ignored by git); only an explicit update
 * rewrites a reference.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { diffPages } from '../support/page-diff.js';
import { repoRoot } from './helpers.js';

export const REFERENCE_DIR = path.join(repoRoot, 'test', 'fixtures', 'visual');
export const ARTIFACT_DIR = path.join(repoRoot, '.tmp', 'visual');
export const UPDATE_COMMAND = 'npm run test:visual:update';

/**
 * Most of a page that may differ, as a fraction of its pixels (0.2 %, about 310 of the 331×468).
 * Measured on the example briefs: two builds differ in 0 pixels (as do Chromium 150 and 156);
 * stand-ins for another rasteriser's anti-aliasing and for sub-pixel drift (pdftoppm
 * -aaVector no; the page moved 0.02 mm) reach 0.08 % and 0.13 %; the smallest layout changes
 * tried, a centred title and recoloured rules, 0.40 % and 0.42 %; a hidden title-block marking
 * 11 %. The handling marking in the page margins alone is 30–150 px at this size, below it:
 * that one is checked as text on every page by variants.test.ts.
 */
export const TOLERANCE = 0.002;

/**
 * Page 1 at 40 dpi: the whole A4 page in 331×468 px, some 45 KB as PNG. In colour, not grey:
 * the analyst's red accent and the public blue are nearly the same grey, and an accent swap
 * measured 0 differing pixels in grey.
 */
export function renderFirstPage(pdf: string, png: string): void {
  mkdirSync(path.dirname(png), { recursive: true });
  execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '40', '-png', '-singlefile', pdf, png.replace(/\.png$/, '')]);
}

export interface VisualCheck {
  ok: boolean;
  /** Differing pixels over all pixels; null when there was nothing to compare with. */
  fraction: number | null;
  message: string;
}

export interface CheckOptions {
  referenceDir?: string;
  artifactDir?: string;
  /** Rewrite the reference from this build instead of comparing (UPDATE_VISUAL=1). */
  update?: boolean;
}

/** Renders page 1 of `pdf` and compares it with `<referenceDir>/<audience>.png`. */
export function checkFirstPage(audience: string, pdf: string, opts: CheckOptions = {}): VisualCheck {
  const referenceDir = opts.referenceDir ?? REFERENCE_DIR;
  const artifactDir = opts.artifactDir ?? ARTIFACT_DIR;
  const reference = path.join(referenceDir, `${audience}.png`);
  const actual = path.join(artifactDir, `${audience}.actual.png`);
  const diff = path.join(artifactDir, `${audience}.diff.png`);
  rmSync(diff, { force: true }); // a stale diff from an earlier failure would mislead
  renderFirstPage(pdf, actual);

  if (opts.update) {
    const changed = !existsSync(reference) || !readFileSync(reference).equals(readFileSync(actual));
    if (changed) {
      mkdirSync(referenceDir, { recursive: true });
      copyFileSync(actual, reference);
    }
    rmSync(actual);
    return { ok: true, fraction: null, message: `${audience}: reference ${changed ? 'rewritten' : 'unchanged'}: ${shown(reference)}` };
  }
  if (!existsSync(reference)) {
    return { ok: false, fraction: null, message: `${audience}: no reference image at ${shown(reference)}; page 1 is at ${shown(actual)}.\n${howToAccept()}` };
  }

  const want = PNG.sync.read(readFileSync(reference));
  const got = PNG.sync.read(readFileSync(actual));
  if (want.width !== got.width || want.height !== got.height) {
    return {
      ok: false,
      fraction: null,
      message: `${audience}: page 1 is ${got.width}×${got.height} px, its reference ${want.width}×${want.height} px (did the page size change?)\n  reference: ${shown(reference)}\n  actual:    ${shown(actual)}\n${howToAccept()}`,
    };
  }
  const result = diffPages(want, got);
  const pct = `${(result.fraction * 100).toFixed(3)} %`;
  if (result.fraction <= TOLERANCE) {
    rmSync(actual);
    return { ok: true, fraction: result.fraction, message: `${audience}: ${pct} of page 1 differs (tolerance ${percent(TOLERANCE)})` };
  }
  writeFileSync(diff, PNG.sync.write(result.image));
  return {
    ok: false,
    fraction: result.fraction,
    message: [
      `${audience}: page 1 no longer looks like its reference: ${pct} of its pixels differ (${result.differing} px; tolerance ${percent(TOLERANCE)}).`,
      `  reference: ${shown(reference)}`,
      `  actual:    ${shown(actual)}`,
      `  diff:      ${shown(diff)} (red: differs; yellow: anti-aliasing or a sub-pixel shift, not counted)`,
      howToAccept(),
    ].join('\n'),
  };
}

function howToAccept(): string {
  return `If page 1 is meant to look like this now, look at the actual image, then accept it with \`${UPDATE_COMMAND}\` (or UPDATE_VISUAL=1 npx vitest run test/e2e/visual.test.ts) and look at the new reference before committing it.`;
}

const percent = (f: number) => `${(f * 100).toFixed(2)} %`;

/** Repository paths relative to its root, so the message can be pasted; others as they are. */
function shown(file: string): string {
  const rel = path.relative(repoRoot, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
}
