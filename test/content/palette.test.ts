// Checks the highlight colours in style.css against representative light and dark pages: text stays
// legible over every fill, underlines stand out from the page (3:1, WCAG non-text contrast), fills are
// visible, and each category differs in shape, not only in colour.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blend, contrast, parseColor, type RGBA } from '../../lib/color';
import { CATEGORIES } from '../../lib/types';
import { highlightName } from '../../entrypoints/content/highlighter';

const css = fs.readFileSync(path.resolve(__dirname, '../../entrypoints/content/style.css'), 'utf8');

interface Rule {
  fill: RGBA | null;
  line: { style: string; color: RGBA } | null;
}

function rule(name: string): Rule {
  const body = new RegExp(`::highlight\\(${name}\\)\\s*\\{([^}]*)\\}`).exec(css)?.[1];
  if (body === undefined) throw new Error(`no rule for ${name}`);
  const fill = /background-color:\s*([^;]+);/.exec(body)?.[1];
  const deco = /text-decoration:\s*underline\s+(solid|dotted|dashed|wavy|double)\s+[\d.]+px\s+(rgba?\([^)]*\))/.exec(body);
  return { fill: fill ? parseColor(fill) : null, line: deco ? { style: deco[1]!, color: parseColor(deco[2]!)! } : null };
}

const hex = (s: string) => parseColor(s)!;
const PAGES = {
  // body text, and grey secondary text that itself has about 7:1 on these pages
  light: { backgrounds: ['#ffffff', '#fbfaf7', '#f3f0e8'].map(hex), texts: [['#1f1f1f', 7], ['#595959', 4.5]] as const },
  dark: { backgrounds: ['#121212', '#1e1e1e', '#0d1117'].map(hex), texts: [['#e6e6e6', 7], ['#a8a8a8', 4.5]] as const },
};

describe.each(['light', 'dark'] as const)('%s palette', (tone) => {
  const page = PAGES[tone];
  const rules = Object.fromEntries([...CATEGORIES, 'focus' as const].map((c) => [c, rule(highlightName(c, tone))]));

  it('keeps text legible over every fill, also under the focus mark on a quote', () => {
    for (const bg of page.backgrounds) {
      for (const [text, min] of page.texts) {
        for (const [c, r] of Object.entries(rules)) {
          if (!r.fill) continue;
          const under = blend(r.fill, bg);
          expect(contrast(hex(text), under), `${c} on ${JSON.stringify(bg)}`).toBeGreaterThanOrEqual(min);
        }
        // the current quote: the focus fill over the quote fill (body text only)
        const both = blend(rules['focus']!.fill!, blend(rules['quotes']!.fill!, bg));
        if (min >= 7) expect(contrast(hex(text), both)).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('draws underlines that stand out from the page', () => {
    for (const bg of page.backgrounds)
      for (const [c, r] of Object.entries(rules)) if (r.line) expect(contrast(r.line.color, bg), c).toBeGreaterThanOrEqual(3);
  });

  it('makes a fill visible on the page where it is the only mark', () => {
    for (const bg of page.backgrounds)
      for (const [c, r] of Object.entries(rules)) if (r.fill && !r.line) expect(contrast(blend(r.fill, bg), bg), c).toBeGreaterThanOrEqual(1.15);
  });

  it('gives every category its own shape (fill and underline style), not only a colour', () => {
    const shapes = CATEGORIES.map((c) => `${!!rules[c]!.fill}/${rules[c]!.line?.style ?? 'none'}`);
    expect(new Set(shapes).size).toBe(CATEGORIES.length);
  });
});
