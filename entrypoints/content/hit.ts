// Maps the pointer to a highlight. Highlights are not elements, so nothing can be hit-tested: the
// point becomes a caret position in the page's text, and an index of the painted ranges (sorted by
// start, with the farthest end seen so far) finds the ranges that contain it in O(log n + k).
import type { HighlightItem } from './highlighter';

export interface Caret {
  node: Node;
  offset: number;
}

interface CaretDoc {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/** The text position under a viewport point (standard API first, WebKit's where only that exists). */
export function caretAt(doc: Document, x: number, y: number): Caret | null {
  const d = doc as unknown as CaretDoc;
  try {
    if (typeof d.caretPositionFromPoint === 'function') {
      const p = d.caretPositionFromPoint.call(doc, x, y);
      return p?.offsetNode ? { node: p.offsetNode, offset: p.offset } : null;
    }
    if (typeof d.caretRangeFromPoint === 'function') {
      const r = d.caretRangeFromPoint.call(doc, x, y);
      return r ? { node: r.startContainer, offset: r.startOffset } : null;
    }
  } catch {
    // a point outside the document
  }
  return null;
}

/** -1: the point is before the range, 0: inside (ends included), 1: after. */
function where(range: Range, c: Caret): -1 | 0 | 1 {
  try {
    return range.comparePoint(c.node, c.offset) as -1 | 0 | 1;
  } catch {
    return -1; // another document, or a node a range cannot point into
  }
}

export interface HitIndex {
  readonly items: readonly HighlightItem[];
  /** Items whose range contains the caret, innermost (latest start) first. */
  at(c: Caret): HighlightItem[];
}

export function buildHitIndex(items: readonly HighlightItem[]): HitIndex {
  const START_TO_START = 0; // Range.START_TO_START, without needing the global
  const END_TO_END = 2;
  const sorted = [...items].sort((a, b) => a.range.compareBoundaryPoints(START_TO_START, b.range));
  // farthest[i]: of sorted[0..i], the range that ends last
  const farthest: Range[] = [];
  sorted.forEach((it, i) => {
    const prev = farthest[i - 1];
    farthest.push(prev && prev.compareBoundaryPoints(END_TO_END, it.range) >= 0 ? prev : it.range);
  });
  return {
    items,
    at(c) {
      // last item that starts at or before the point
      let lo = 0;
      let hi = sorted.length - 1;
      let last = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (where(sorted[mid]!.range, c) >= 0) {
          last = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      const out: HighlightItem[] = [];
      for (let i = last; i >= 0 && where(farthest[i]!, c) <= 0; i--) if (where(sorted[i]!.range, c) === 0) out.push(sorted[i]!);
      return out;
    },
  };
}

/** Whether a viewport point lies on one of a range's line boxes (caret positions snap to the nearest text). */
export function onRange(range: Range, x: number, y: number, slop = 1): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - slop && x <= r.right + slop && y >= r.top - slop && y <= r.bottom + slop) return true;
  }
  return false;
}
