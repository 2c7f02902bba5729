// Colour arithmetic for picking a highlight palette that reads on the page behind it: parse computed
// CSS colours, blend translucent layers, and compare with WCAG relative luminance and contrast. Pure.

/** sRGB channels 0..255 and alpha 0..1. */
export interface RGBA {
  r: number;
  g: number;
  b: number;
  a: number;
}

export type Tone = 'light' | 'dark';

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

function channel(s: string, scale255: boolean): number | null {
  const t = s.trim();
  if (t === 'none') return 0;
  const n = parseFloat(t);
  if (!Number.isFinite(n)) return null;
  if (t.endsWith('%')) return (n / 100) * (scale255 ? 255 : 1);
  return n;
}

function alpha(s: string | undefined): number | null {
  if (s === undefined) return 1;
  const t = s.trim();
  const n = parseFloat(t);
  if (!Number.isFinite(n)) return null;
  return clamp(t.endsWith('%') ? n / 100 : n, 0, 1);
}

/** Splits "a b c / d" or "a, b, c, d" into channel strings and an alpha string. */
function args(body: string): { parts: string[]; a: string | undefined } {
  const [main, slashAlpha] = body.split('/');
  const comma = main!.includes(',');
  const parts = comma ? main!.split(',') : main!.trim().split(/\s+/);
  // the legacy comma syntax carries alpha as a fourth value; the modern one after a slash
  const a = slashAlpha ?? (comma && parts.length === 4 ? parts.pop() : undefined);
  return { parts: parts.map((p) => p.trim()).filter(Boolean), a };
}

const linearToSrgb255 = (c: number) => 255 * clamp(c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055, 0, 1);

function oklabToRgb(L: number, A: number, B: number): [number, number, number] {
  const l = (L + 0.3963377774 * A + 0.2158037573 * B) ** 3;
  const m = (L - 0.1055613458 * A - 0.0638541728 * B) ** 3;
  const s = (L - 0.0894841775 * A - 1.291485548 * B) ** 3;
  return [
    linearToSrgb255(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s),
    linearToSrgb255(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s),
    linearToSrgb255(-0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s),
  ];
}

/**
 * Parses a computed colour: rgb()/rgba(), #hex, `transparent`, color(srgb …), oklab() and oklch()
 * (computed values keep oklch when the page wrote it). null for anything else.
 */
export function parseColor(raw: string | null | undefined): RGBA | null {
  if (!raw) return null;
  const s = raw.trim().toLowerCase();
  if (s === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const hex = /^#([0-9a-f]{3,8})$/.exec(s)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    if (full.length !== 6 && full.length !== 8) return null;
    const n = (i: number) => parseInt(full.slice(i, i + 2), 16);
    return { r: n(0), g: n(2), b: n(4), a: full.length === 8 ? n(6) / 255 : 1 };
  }
  const fn = /^([a-z-]+)\((.*)\)$/.exec(s);
  if (!fn) return null;
  const { parts, a: aStr } = args(fn[2]!);
  const a = alpha(aStr);
  if (a === null) return null;
  switch (fn[1]) {
    case 'rgb':
    case 'rgba': {
      const c = parts.map((p) => channel(p, true));
      if (c.length !== 3 || c.some((x) => x === null)) return null;
      return { r: clamp(c[0]!, 0, 255), g: clamp(c[1]!, 0, 255), b: clamp(c[2]!, 0, 255), a };
    }
    case 'color': {
      const [space, ...rest] = parts;
      if (space !== 'srgb' || rest.length !== 3) return null;
      const c = rest.map((p) => channel(p, false));
      if (c.some((x) => x === null)) return null;
      return { r: clamp(c[0]! * 255, 0, 255), g: clamp(c[1]! * 255, 0, 255), b: clamp(c[2]! * 255, 0, 255), a };
    }
    case 'oklab':
    case 'oklch': {
      if (parts.length !== 3) return null;
      const L = channel(parts[0]!, false);
      const x = channel(parts[1]!, false);
      const y = parseFloat(parts[2]!);
      if (L === null || x === null || (!Number.isFinite(y) && parts[2] !== 'none')) return null;
      const yv = Number.isFinite(y) ? y : 0;
      // lightness is 0..1 (a percentage comes out of channel() as 0..1 too)
      const [A, B] = fn[1] === 'oklab' ? [x, yv] : [x * Math.cos((yv * Math.PI) / 180), x * Math.sin((yv * Math.PI) / 180)];
      const [r, g, b] = oklabToRgb(L, A, B);
      return { r, g, b, a };
    }
    default:
      return null;
  }
}

/** `top` painted over `bottom` (source-over). */
export function blend(top: RGBA, bottom: RGBA): RGBA {
  const a = top.a + bottom.a * (1 - top.a);
  if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
  const mix = (t: number, b: number) => (t * top.a + b * bottom.a * (1 - top.a)) / a;
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a };
}

/** WCAG 2 relative luminance of an opaque colour (alpha ignored). */
export function luminance(c: RGBA): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

/** WCAG 2 contrast ratio, 1..21. */
export function contrast(x: RGBA, y: RGBA): number {
  const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Where black and white text contrast equally with a background. */
const MID_LUMINANCE = 0.179;
const WHITE: RGBA = { r: 255, g: 255, b: 255, a: 1 };

/**
 * The palette for text on a page: `layers` are the background colours from the text's element up
 * to the root (nearest first; translucent ones are blended; the canvas is taken as white when none
 * is opaque), `text` the text colour. When the text barely contrasts with that background (an image
 * or gradient behind it, or a canvas darkened by color-scheme), the text colour decides: light text
 * means a dark page.
 */
export function pickTone(layers: readonly RGBA[], text: RGBA | null): Tone {
  let bg: RGBA | null = null;
  let opaque = false;
  for (const layer of layers) {
    if (layer.a <= 0) continue;
    bg = bg ? blend(bg, layer) : layer;
    if (bg.a >= 0.99) {
      opaque = true;
      break;
    }
  }
  const under: RGBA = bg ? blend(bg, WHITE) : WHITE;
  const fromText: Tone | null = text && text.a > 0.3 ? (luminance(text) > MID_LUMINANCE ? 'dark' : 'light') : null;
  if (fromText && (!opaque || contrast(text!, under) < 3)) return fromText;
  return luminance(under) < MID_LUMINANCE ? 'dark' : 'light';
}
