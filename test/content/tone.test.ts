import { afterEach, describe, expect, it } from 'vitest';
import { createHighlighter, highlightName } from '../../entrypoints/content/highlighter';
import { createToneProbe } from '../../entrypoints/content/tone';

function rangeOf(el: Element): Range {
  const r = document.createRange();
  r.selectNodeContents(el.firstChild!);
  return r;
}

afterEach(() => {
  document.body.innerHTML = '';
  document.body.removeAttribute('style');
});

describe('tone probe', () => {
  it('reads the colours behind a paragraph: dark sections and light ones on one page', () => {
    document.body.innerHTML = '<main style="background:#111;color:#eee"><p id="a">Dark.</p></main><section style="background:#fff;color:#222"><p id="b">Light.</p></section><p id="c" style="color:rgb(240,240,240)">No background, light text.</p>';
    const probe = createToneProbe(window);
    expect(probe(document.getElementById('a'))).toBe('dark');
    expect(probe(document.getElementById('b'))).toBe('light');
    expect(probe(document.getElementById('c'))).toBe('dark');
    expect(probe(null)).toBe('light');
  });
});

describe('highlighter palettes', () => {
  it('registers text on a dark background under the dark names, and never writes to the page', () => {
    document.body.innerHTML = '<div id="dark" style="background:rgb(18,18,18);color:#e6e6e6"><p>Night words</p></div><div style="background:#fff;color:#111"><p>Day words</p></div>';
    const html = document.body.innerHTML;
    const registry = new Map<string, Set<Range>>();
    class FakeHighlight extends Set<Range> {
      priority = 0;
    }
    const win = window as unknown as { CSS: unknown; Highlight: unknown };
    const saved = { CSS: win.CSS, Highlight: win.Highlight };
    win.CSS = { highlights: registry };
    win.Highlight = FakeHighlight;
    try {
      const [night, day] = [...document.querySelectorAll('p')];
      const h = createHighlighter(document);
      h.set([
        { key: 'q0', category: 'quotes', range: rangeOf(night!) },
        { key: 'q1', category: 'quotes', range: rangeOf(day!) },
      ]);
      expect([...registry.get(highlightName('quotes', 'dark'))!].map((r) => r.toString())).toEqual(['Night words']);
      expect([...registry.get(highlightName('quotes'))!].map((r) => r.toString())).toEqual(['Day words']);
      h.focus('q0');
      expect(registry.has('whosaid-focus-dark')).toBe(true);
      expect(registry.has('whosaid-focus')).toBe(false);
      h.setVisible('quotes', false);
      expect([...registry.keys()].filter((k) => k.startsWith('whosaid-quotes'))).toEqual([]);
      h.clear();
      expect(registry.size).toBe(0);
      expect(document.body.innerHTML).toBe(html);
    } finally {
      win.CSS = saved.CSS;
      win.Highlight = saved.Highlight;
    }
  });
});
