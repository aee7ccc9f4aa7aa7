import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { diffPages } from '../support/page-diff.js';

type Rgb = [number, number, number];
interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  colour: Rgb;
}

/** A white 80×60 page with solid boxes on it. */
function page(...boxes: Box[]): PNG {
  const png = new PNG({ width: 80, height: 60 });
  png.data.fill(255);
  for (const { x, y, w, h, colour } of boxes) {
    for (let row = y; row < y + h; row++) {
      for (let col = x; col < x + w; col++) png.data.set([...colour, 255], (row * 80 + col) * 4);
    }
  }
  return png;
}

const BLACK: Rgb = [0, 0, 0];
const title = (dx = 0, dy = 0, colour = BLACK): Box => ({ x: 10 + dx, y: 8 + dy, w: 40, h: 6, colour });

describe('diffPages', () => {
  it('finds nothing between identical pages', () => {
    const d = diffPages(page(title()), page(title()));
    expect(d.differing).toBe(0);
    expect(d.fraction).toBe(0);
  });

  it('forgives a one-pixel shift, and shows it in yellow rather than red', () => {
    const d = diffPages(page(title()), page(title(1, 1)));
    expect(d.differing).toBe(0);
    const pixels = Array.from({ length: 80 * 60 }, (_, p) => [...d.image.data.subarray(p * 4, p * 4 + 3)].join());
    expect(pixels).toContain('255,255,0');
    expect(pixels).not.toContain('255,0,0');
  });

  it('counts a block that moved by more than a pixel', () => {
    expect(diffPages(page(title()), page(title(0, 4))).differing).toBeGreaterThan(100);
  });

  it('counts a missing block in full and paints it red', () => {
    const d = diffPages(page(title()), page());
    expect(d.differing).toBe(40 * 6);
    expect(d.fraction).toBeCloseTo(240 / 4800);
    expect([...d.image.data.subarray((10 * 80 + 20) * 4, (10 * 80 + 20) * 4 + 3)]).toEqual([255, 0, 0]);
  });

  it('counts a thin line that appears as well as one that goes', () => {
    const rule: Box = { x: 10, y: 30, w: 60, h: 1, colour: BLACK };
    expect(diffPages(page(title()), page(title(), rule)).differing).toBe(60);
    expect(diffPages(page(title(), rule), page(title())).differing).toBe(60);
  });

  it('counts a colour change of about the same lightness (the analyst red against the public blue)', () => {
    const d = diffPages(page(title(0, 0, [0x8a, 0x1c, 0x1c])), page(title(0, 0, [0x1f, 0x4e, 0x79])));
    expect(d.differing).toBe(240);
  });

  it("counts the templates' palest band, the bottom-line wash, going white", () => {
    const wash: Box = { x: 5, y: 20, w: 70, h: 20, colour: [0xf4, 0xf1, 0xee] };
    expect(diffPages(page(title(), wash), page(title())).differing).toBeGreaterThan(1000);
  });

  it('refuses pages of different sizes, naming both', () => {
    expect(() => diffPages(page(), new PNG({ width: 80, height: 61 }))).toThrow(/80×60 px.*80×61 px/);
  });
});
