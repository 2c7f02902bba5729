import { describe, expect, it } from 'vitest';
import { createHighlighter, highlightName } from '../../entrypoints/content/highlighter';
import { buildStoryText, spanToRange } from '../../lib/text/story-text';

function setup(html: string) {
  document.body.innerHTML = html; // fixture markup
  const story = buildStoryText([document.body]);
  const range = (text: string) => {
    const start = story.text.indexOf(text);
    return spanToRange(document, story, { start, end: start + text.length })!;
  };
  return { story, range };
}

describe('fallback highlighter (no CSS Highlight API)', () => {
  it('wraps exactly the range, then restores the original text nodes exactly', () => {
    const html = '<p>He said “the <a href="#">quick</a> brown <em>fox</em>” and left.</p><p>Ada Brook spoke.</p>';
    const { range } = setup(html);
    const originalNodes: Node[] = [];
    const walker = document.createTreeWalker(document.body, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) originalNodes.push(n);
    const h = createHighlighter(document);
    expect(h.mode).toBe('fallback');
    h.set([
      { key: 'q0', category: 'quotes', range: range('the quick brown fox') },
      { key: 'p0', category: 'people', range: range('Ada Brook') },
    ]);
    const marks = [...document.querySelectorAll('whosaid-mark')];
    expect(marks.map((m) => m.textContent).join('|')).toBe('the |quick| brown |fox|Ada Brook');
    expect(marks[0]!.getAttribute('data-whosaid')).toBe('quotes');
    h.setVisible('quotes', false);
    expect(marks[0]!.hasAttribute('data-whosaid-off')).toBe(true);
    expect(marks[4]!.hasAttribute('data-whosaid-off')).toBe(false);
    h.clear();
    expect(document.body.innerHTML).toBe(html);
    const after: Node[] = [];
    const w2 = document.createTreeWalker(document.body, 4);
    for (let n = w2.nextNode(); n; n = w2.nextNode()) after.push(n);
    expect(after).toEqual(originalNodes);
    expect(after.every((n, i) => n === originalNodes[i])).toBe(true);
  });
});

describe('native highlighter', () => {
  it('registers one highlight per category and toggles them without touching the DOM', () => {
    const html = '<p>“Quote here,” said Ada Brook.</p>';
    const { range } = setup(html);
    const registry = new Map<string, unknown>();
    class FakeHighlight extends Set<Range> {
      priority = 0;
    }
    const win = document.defaultView as unknown as { CSS: unknown; Highlight: unknown };
    const saved = { CSS: win.CSS, Highlight: win.Highlight };
    win.CSS = { highlights: registry };
    win.Highlight = FakeHighlight;
    try {
      const h = createHighlighter(document);
      expect(h.mode).toBe('native');
      h.set([
        { key: 'q0', category: 'quotes', range: range('Quote here,') },
        { key: 'p0', category: 'officials', range: range('Ada Brook') },
      ]);
      expect((registry.get(highlightName('quotes')) as Set<Range>).size).toBe(1);
      expect((registry.get(highlightName('officials')) as FakeHighlight).priority).toBeGreaterThan((registry.get(highlightName('quotes')) as FakeHighlight).priority);
      h.setVisible('quotes', false);
      expect(registry.has(highlightName('quotes'))).toBe(false);
      h.setVisible('quotes', true);
      expect(registry.has(highlightName('quotes'))).toBe(true);
      h.focus('p0');
      expect((registry.get(highlightName('focus')) as Set<Range>).size).toBe(1);
      h.clear();
      expect([...registry.keys()]).toEqual([]);
      expect(document.body.innerHTML).toBe(html);
    } finally {
      win.CSS = saved.CSS;
      win.Highlight = saved.Highlight;
    }
  });
});
