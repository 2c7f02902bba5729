// Where the in-page card goes: beside the text it explains, never over it. Pure geometry in viewport
// (client) coordinates, so it is tested with tables.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export type Side = 'below' | 'above' | 'right' | 'left' | 'over';

export interface Placement {
  left: number;
  top: number;
  /** 'over' only when no side has room: the card then covers part of the text. */
  side: Side;
}

const GAP = 6;
const MARGIN = 8;

const clamp = (x: number, lo: number, hi: number) => (hi < lo ? lo : Math.min(hi, Math.max(lo, x)));

export function union(rects: readonly Box[]): Box | null {
  const real = rects.filter((r) => r.right > r.left || r.bottom > r.top);
  if (!real.length) return null;
  return {
    left: Math.min(...real.map((r) => r.left)),
    top: Math.min(...real.map((r) => r.top)),
    right: Math.max(...real.map((r) => r.right)),
    bottom: Math.max(...real.map((r) => r.bottom)),
  };
}

export const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Places a card of `size` next to the text whose line boxes are `rects`: below it if there is room,
 * else above, else to the right or left; when nothing fits (the text fills the screen) it goes where
 * there is most room, clamped to the viewport. `preferX` is where the reader looks (the pointer).
 */
export function placeCard(rects: readonly Box[], size: Size, viewport: Size, preferX?: number): Placement {
  const visible = rects.filter((r) => r.bottom > 0 && r.top < viewport.height && r.right > 0 && r.left < viewport.width);
  const u = union(visible.length ? visible : rects) ?? { left: MARGIN, top: MARGIN, right: MARGIN, bottom: MARGIN };
  const maxLeft = viewport.width - size.width - MARGIN;
  const maxTop = viewport.height - size.height - MARGIN;
  const x = clamp((preferX ?? u.left) - Math.min(24, size.width / 2), MARGIN, maxLeft);
  const below = u.bottom + GAP;
  const above = u.top - GAP - size.height;
  if (below <= maxTop) return { left: x, top: below, side: 'below' };
  if (above >= MARGIN) return { left: x, top: above, side: 'above' };
  const y = clamp(u.top, MARGIN, maxTop);
  if (u.right + GAP <= maxLeft) return { left: u.right + GAP, top: y, side: 'right' };
  if (u.left - GAP - size.width >= MARGIN) return { left: u.left - GAP - size.width, top: y, side: 'left' };
  const roomBelow = viewport.height - u.bottom;
  const roomAbove = u.top;
  return { left: x, top: roomBelow >= roomAbove ? clamp(below, MARGIN, maxTop) : clamp(above, MARGIN, maxTop), side: 'over' };
}
