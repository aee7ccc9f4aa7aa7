/**
 * Compares two renders of a page the way a reader would see a difference, not the way a
 * rasteriser happens to anti-alias. pixelmatch judges each pixel (perceptual YIQ colour
 * distance; anti-aliased edge pixels are detected and ignored), and a pixel only counts when
 * it still differs with either image nudged by up to one pixel in any direction.
 *
 * The nudge is there because pixelmatch alone counts every glyph edge of a sub-pixel drift:
 * the example pages moved by 0.02 mm (a thirtieth of a pixel at 40 dpi) differ in 0.4–1 % of
 * their pixels, as much as a centred title. Nudged, that drift leaves 0.11–0.13 % and the
 * centred title 0.4 %, while a missing, moved or recoloured element still counts in full.
 */
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/**
 * pixelmatch's colour threshold (its default is 0.1). 0.05 is the largest that still sees the
 * templates' palest bands: the bottom-line wash #f4f1ee and the badge grey #eef1f4 against
 * white are YIQ distances of about 94 and 98, which 0.1 (up to 352) ignores and 0.05 (up to
 * 88) does not.
 */
export const THRESHOLD = 0.05;

export interface PageDiff {
  width: number;
  height: number;
  /** Pixels that differ however the actual image is nudged by up to one pixel. */
  differing: number;
  /** `differing` over the page's pixel count. */
  fraction: number;
  /** The reference faded to grey; red: differing; yellow: anti-aliasing or a sub-pixel shift, not counted. */
  image: PNG;
}

type Rgb = [number, number, number];
const RED: Rgb = [255, 0, 0];
const YELLOW: Rgb = [255, 255, 0];

export function diffPages(reference: PNG, actual: PNG, threshold = THRESHOLD): PageDiff {
  const { width, height } = reference;
  if (actual.width !== width || actual.height !== height) {
    throw new RangeError(`page sizes differ: reference ${width}×${height} px, actual ${actual.width}×${actual.height} px`);
  }
  const image = new PNG({ width, height });
  const unshifted = differingPixels(reference.data, actual.data, width, height, threshold);
  // Both ways round: nudging only the actual image would forgive anything thin it gained (a new
  // one-pixel rule matches the white beside it), as nudging only the reference would forgive losses.
  const still = new Uint8Array(width * height);
  const lost = unmatched(reference.data, actual, width, height, threshold);
  const gained = unmatched(actual.data, reference, width, height, threshold);
  for (let p = 0; p < still.length; p++) still[p] = lost[p]! | gained[p]!;
  // The picture: pixelmatch's faded reference (at 0.3, not its 0.1, so the text around a change stays
  // readable), then our verdict per pixel on top of it.
  pixelmatch(reference.data, actual.data, image.data, width, height, { threshold, alpha: 0.3, diffColor: RED, aaColor: YELLOW });
  let differing = 0;
  for (let p = 0; p < still.length; p++) {
    if (still[p]) {
      differing++;
      paint(image.data, p, RED);
    } else if (unshifted[p]) {
      paint(image.data, p, YELLOW);
    }
  }
  return { width, height, differing, fraction: differing / (width * height), image };
}

/** 1 where a pixel of `fixed` differs from every pixel within one pixel of it in `nudged`. */
function unmatched(fixed: Uint8Array, nudged: PNG, width: number, height: number, threshold: number): Uint8Array {
  const still = new Uint8Array(width * height).fill(1);
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      const mask = differingPixels(fixed, shifted(nudged, dx, dy), width, height, threshold);
      for (let p = 0; p < mask.length; p++) still[p] = still[p]! & mask[p]!;
    }
  }
  return still;
}

/** 1 where pixelmatch calls the pixel different (anti-aliased pixels are not). */
function differingPixels(a: Uint8Array, b: Uint8Array, width: number, height: number, threshold: number): Uint8Array {
  const out = new Uint8Array(width * height * 4);
  // With diffMask only the verdicts are drawn: red (differs) and yellow (anti-aliasing), the rest stays transparent.
  pixelmatch(a, b, out, width, height, { threshold, diffMask: true, diffColor: RED, aaColor: YELLOW });
  const mask = new Uint8Array(width * height);
  for (let p = 0; p < mask.length; p++) mask[p] = out[p * 4 + 3] !== 0 && out[p * 4 + 1] === 0 ? 1 : 0;
  return mask;
}

/** The image moved by (dx, dy) pixels, white where it moved away from the edge (pages are white there). */
function shifted(img: PNG, dx: number, dy: number): Uint8Array {
  const { width, height, data } = img;
  const out = new Uint8Array(data.length).fill(255);
  for (let y = Math.max(0, dy); y < Math.min(height, height + dy); y++) {
    const from = ((y - dy) * width + Math.max(0, -dx)) * 4;
    const to = (y * width + Math.max(0, dx)) * 4;
    out.set(data.subarray(from, from + (width - Math.abs(dx)) * 4), to);
  }
  return out;
}

function paint(data: Uint8Array, p: number, [r, g, b]: Rgb): void {
  data[p * 4] = r;
  data[p * 4 + 1] = g;
  data[p * 4 + 2] = b;
  data[p * 4 + 3] = 255;
}
