import { describe, expect, it } from 'vitest';
import { buildHitIndex } from '../../entrypoints/content/hit';
import type { HighlightItem } from '../../entrypoints/content/highlighter';
import type { Category } from '../../lib/types';

function setup() {
  document.body.innerHTML = '<p id="a">“Alpha beta gamma,” said Ada Brook. Then “delta” and “epsilon zeta,” said Ben.</p>';
  const text = document.getElementById('a')!.firstChild as Text;
  const range = (s: string) => {
    const i = text.data.indexOf(s);
    const r = document.createRange();
    r.setStart(text, i);
    r.setEnd(text, i + s.length);
    return r;
  };
  const item = (key: string, category: Category, s: string): HighlightItem => ({ key, category, range: range(s) });
  return { text, item };
}

describe('buildHitIndex', () => {
  it('finds the ranges that contain a text position, innermost first', () => {
    const { text, item } = setup();
    const items = [
      item('q1', 'quotes', 'delta'),
      item('q0', 'quotes', 'Alpha beta gamma,'),
      item('p0', 'people', 'Ada Brook'),
      item('q2', 'quotes', 'epsilon zeta,'),
      item('r0', 'reported', '“Alpha beta gamma,” said Ada Brook'), // a range around others
    ];
    const idx = buildHitIndex(items);
    const at = (s: string, d = 1) => idx.at({ node: text, offset: text.data.indexOf(s) + d }).map((i) => i.key);
    expect(at('beta')).toEqual(['q0', 'r0']);
    expect(at('Brook')).toEqual(['p0', 'r0']);
    expect(at('said Ada')).toEqual(['r0']);
    expect(at('delta')).toEqual(['q1']);
    expect(at('Then')).toEqual([]);
    expect(at('zeta')).toEqual(['q2']);
    expect(at('Ben')).toEqual([]);
  });

  it('answers nothing for an empty page or a point in another tree', () => {
    const { item } = setup();
    expect(buildHitIndex([]).at({ node: document.body, offset: 0 })).toEqual([]);
    const other = document.implementation.createHTMLDocument('x');
    expect(buildHitIndex([item('q0', 'quotes', 'delta')]).at({ node: other.body, offset: 0 })).toEqual([]);
  });
});
