// Reads the page's computed colours behind a piece of text, so highlights use the palette that reads
// on it (light or dark). Read-only: it never writes to the page.
import { parseColor, pickTone, type RGBA, type Tone } from '../../lib/color';

/** Ancestors looked at before giving up on finding an opaque background. */
const MAX_DEPTH = 40;

/**
 * A probe for one paint: answers per element, caching along the way (paragraphs of one story share
 * their ancestors, so a whole article costs a few dozen style reads).
 */
export function createToneProbe(win: Window): (el: Element | null) => Tone {
  const layersCache = new Map<Element, RGBA[]>();
  const toneCache = new Map<Element, Tone>();

  const layers = (el: Element | null, depth: number): RGBA[] => {
    if (!el || depth > MAX_DEPTH) return [];
    const cached = layersCache.get(el);
    if (cached) return cached;
    const bg = parseColor(win.getComputedStyle(el).backgroundColor);
    const own = bg && bg.a > 0 ? [bg] : [];
    const out = bg && bg.a >= 0.99 ? own : [...own, ...layers(el.parentElement, depth + 1)];
    layersCache.set(el, out);
    return out;
  };

  return (el) => {
    if (!el) return 'light';
    let tone = toneCache.get(el);
    if (!tone) {
      tone = pickTone(layers(el, 0), parseColor(win.getComputedStyle(el).color));
      toneCache.set(el, tone);
    }
    return tone;
  };
}
