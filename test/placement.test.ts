import { describe, expect, it } from 'vitest';
import { overlaps, placeCard, union, type Box } from '../lib/placement';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
const vp = { width: 1000, height: 800 };
const card = { width: 300, height: 150 };
const cardBox = (p: { left: number; top: number }) => box(p.left, p.top, p.left + card.width, p.top + card.height);

describe('placeCard', () => {
  it.each<[string, Box[], 'below' | 'above' | 'right' | 'left' | 'over']>([
    ['a line in the middle: below it', [box(100, 300, 600, 320)], 'below'],
    ['a line near the bottom edge: flips above', [box(100, 700, 600, 720)], 'above'],
    ['three lines filling the height in a narrow column: to the right', [box(50, 60, 400, 700)], 'right'],
    ['a column on the right filling the height: to the left', [box(600, 60, 990, 700)], 'left'],
    ['a multi-line quote with room below the last line', [box(100, 100, 800, 120), box(100, 120, 800, 140), box(100, 140, 300, 160)], 'below'],
  ])('%s', (_n, rects, side) => {
    const p = placeCard(rects, card, vp);
    expect(p.side).toBe(side);
    for (const r of rects) expect(overlaps(cardBox(p), r)).toBe(false);
    // inside the viewport, with a margin
    expect(p.left).toBeGreaterThanOrEqual(8);
    expect(p.top).toBeGreaterThanOrEqual(8);
    expect(p.left + card.width).toBeLessThanOrEqual(vp.width - 8);
    expect(p.top + card.height).toBeLessThanOrEqual(vp.height - 8);
  });

  it('stays inside the viewport near the right edge', () => {
    const p = placeCard([box(900, 300, 990, 320)], card, vp, 950);
    expect(p.left + card.width).toBeLessThanOrEqual(vp.width - 8);
    expect(overlaps(cardBox(p), box(900, 300, 990, 320))).toBe(false);
  });

  it('only covers text when the text fills the whole viewport, and says so', () => {
    const p = placeCard([box(0, 0, 1000, 800)], card, vp);
    expect(p.side).toBe('over');
    expect(p.top + card.height).toBeLessThanOrEqual(vp.height - 8);
  });

  it('uses the lines in view for a quote that runs off screen', () => {
    const p = placeCard([box(100, -200, 800, -180), box(100, 40, 800, 60)], card, vp);
    expect(p).toMatchObject({ side: 'below', top: 66 });
  });

  it('ignores empty rects in the union', () => {
    expect(union([box(5, 5, 5, 5), box(10, 10, 20, 20)])).toEqual(box(10, 10, 20, 20));
    expect(union([])).toBeNull();
  });
});
