import { describe, expect, it } from 'vitest';
import { blend, contrast, luminance, parseColor, pickTone, type RGBA } from '../lib/color';

const rgb = (r: number, g: number, b: number, a = 1): RGBA => ({ r, g, b, a });
const close = (x: RGBA | null, y: RGBA) => {
  expect(x).not.toBeNull();
  for (const k of ['r', 'g', 'b'] as const) expect(Math.abs(x![k] - y[k])).toBeLessThan(1.5);
  expect(Math.abs(x!.a - y.a)).toBeLessThan(0.01);
};

describe('parseColor', () => {
  it.each([
    ['rgb(18, 18, 18)', rgb(18, 18, 18)],
    ['rgba(255, 200, 0, 0.4)', rgb(255, 200, 0, 0.4)],
    ['rgb(10 20 30 / 50%)', rgb(10, 20, 30, 0.5)],
    ['transparent', rgb(0, 0, 0, 0)],
    ['#fff', rgb(255, 255, 255)],
    ['#11223380', rgb(17, 34, 51, 128 / 255)],
    ['color(srgb 1 0.5 0)', rgb(255, 127.5, 0)],
    ['oklch(1 0 0)', rgb(255, 255, 255)],
    ['oklch(0 0 0)', rgb(0, 0, 0)],
    ['oklab(0.627955 0.224863 0.125846)', rgb(255, 0, 0)],
  ])('%s', (s, out) => close(parseColor(s), out));

  it.each(['', 'red', 'hsl(0 0% 0%)', 'rgb(1, 2)', 'color(display-p3 1 0 0)', '#12345'])('rejects %j', (s) => expect(parseColor(s)).toBeNull());
});

describe('luminance, contrast, blend', () => {
  it('matches WCAG reference values', () => {
    expect(luminance(rgb(255, 255, 255))).toBeCloseTo(1, 5);
    expect(contrast(rgb(0, 0, 0), rgb(255, 255, 255))).toBeCloseTo(21, 5);
    expect(contrast(rgb(118, 118, 118), rgb(255, 255, 255))).toBeCloseTo(4.54, 1);
  });
  it('blends a translucent colour over an opaque one', () => {
    close(blend(rgb(0, 0, 0, 0.5), rgb(255, 255, 255)), rgb(127.5, 127.5, 127.5));
  });
});

describe('pickTone', () => {
  const white = rgb(255, 255, 255);
  const black = rgb(0, 0, 0);
  it.each<[string, RGBA[], RGBA | null, 'light' | 'dark']>([
    ['dark text on white', [white], rgb(31, 31, 31), 'light'],
    ['light text on near-black', [rgb(18, 18, 18)], rgb(230, 230, 230), 'dark'],
    ['a translucent layer over a dark body', [rgb(255, 255, 255, 0.05), rgb(20, 22, 28)], rgb(220, 220, 220), 'dark'],
    ['no opaque background and light text (a dark canvas)', [], rgb(235, 235, 235), 'dark'],
    ['no opaque background and dark text', [], black, 'light'],
    ['white text over a white body (an image behind it)', [white], rgb(250, 250, 250), 'dark'],
    ['mid grey background, no text colour', [rgb(60, 60, 60)], null, 'dark'],
    ['a pale yellow paper', [rgb(251, 250, 247)], rgb(31, 31, 31), 'light'],
  ])('%s', (_name, layers, text, tone) => expect(pickTone(layers, text)).toBe(tone));
});
