// Paints annotations on the page. With the CSS Custom Highlight API (Chrome 105+, Firefox 140+) it
// registers one Highlight per category and palette and never touches the page's DOM; toggling a
// category adds or removes its registry entries. Where the API is missing, a fallback wraps text in
// <whosaid-mark> elements and restores the exact original text nodes when removed.
import { CATEGORIES, type Category } from '../../lib/types';
import type { Tone } from '../../lib/color';
import { createToneProbe } from './tone';

export interface HighlightItem {
  key: string;
  category: Category;
  range: Range;
}

/**
 * Names in CSS.highlights are per document and visible to the page: keep them distinctive. Text on
 * dark backgrounds gets its own names (and rules in style.css), since a ::highlight() rule cannot
 * see the page behind it.
 */
export const highlightName = (c: Category | 'focus', tone: Tone = 'light') => (tone === 'dark' ? `whosaid-${c}-dark` : `whosaid-${c}`);

const TONES: readonly Tone[] = ['light', 'dark'];

/** Later categories paint over earlier ones where they overlap (a name inside a quote). */
const PRIORITY: Record<Category | 'focus', number> = { reported: 1, quotes: 2, people: 3, officials: 4, focus: 10 };

interface HighlightRegistryLike {
  set(name: string, h: unknown): void;
  delete(name: string): boolean;
}

type HighlightCtor = new (...ranges: Range[]) => { priority: number; add(r: Range): void; clear(): void };

function nativeApi(win: Window): { registry: HighlightRegistryLike; Highlight: HighlightCtor } | null {
  const css = (win as unknown as { CSS?: { highlights?: HighlightRegistryLike } }).CSS;
  const Highlight = (win as unknown as { Highlight?: HighlightCtor }).Highlight;
  return css?.highlights && typeof Highlight === 'function' ? { registry: css.highlights, Highlight } : null;
}

/** The palette for a range: from the colours behind its text, read once per paint. */
type ToneOf = (range: Range) => Tone;

function toneReader(doc: Document): () => ToneOf {
  return () => {
    const win = doc.defaultView;
    if (!win) return () => 'light';
    const probe = createToneProbe(win);
    return (r) => probe(r.startContainer.nodeType === 1 ? (r.startContainer as Element) : r.startContainer.parentElement);
  };
}

export interface Highlighter {
  readonly mode: 'native' | 'fallback';
  /** Replaces everything painted with these items. */
  set(items: HighlightItem[]): void;
  /** Shows or hides a category at once. */
  setVisible(category: Category, visible: boolean): void;
  /** Marks one item as the current one (stepping, reveal), or none. */
  focus(key: string | null): void;
  /** Removes every highlight and restores the page. */
  clear(): void;
}

export function createHighlighter(doc: Document, opts: { toneOf?: () => ToneOf } = {}): Highlighter {
  const win = doc.defaultView;
  const api = win ? nativeApi(win) : null;
  const tones = opts.toneOf ?? toneReader(doc);
  return api ? nativeHighlighter(api, tones) : fallbackHighlighter(doc, tones);
}

function nativeHighlighter(api: { registry: HighlightRegistryLike; Highlight: HighlightCtor }, tones: () => ToneOf): Highlighter {
  const visible: Record<Category, boolean> = { quotes: true, officials: true, people: true, reported: true };
  const groups = new Map<string, InstanceType<HighlightCtor>>();
  const byKey = new Map<string, { range: Range; tone: Tone }[]>();
  const focusH = { light: new api.Highlight(), dark: new api.Highlight() };
  focusH.light.priority = focusH.dark.priority = PRIORITY.focus;
  const sync = (c: Category) => {
    for (const t of TONES) {
      const name = highlightName(c, t);
      const h = groups.get(name);
      if (h && visible[c]) api.registry.set(name, h);
      else api.registry.delete(name);
    }
  };
  const dropFocus = () => {
    for (const t of TONES) {
      focusH[t].clear();
      api.registry.delete(highlightName('focus', t));
    }
  };
  return {
    mode: 'native',
    set(items) {
      groups.clear();
      byKey.clear();
      const toneOf = tones();
      for (const it of items) {
        const tone = toneOf(it.range);
        const name = highlightName(it.category, tone);
        let h = groups.get(name);
        if (!h) {
          h = new api.Highlight();
          h.priority = PRIORITY[it.category];
          groups.set(name, h);
        }
        h.add(it.range);
        byKey.set(it.key, [...(byKey.get(it.key) ?? []), { range: it.range, tone }]);
      }
      for (const c of CATEGORIES) sync(c);
    },
    setVisible(c, v) {
      visible[c] = v;
      sync(c);
    },
    focus(key) {
      dropFocus();
      for (const { range, tone } of (key && byKey.get(key)) || []) {
        focusH[tone].add(range);
        api.registry.set(highlightName('focus', tone), focusH[tone]);
      }
    },
    clear() {
      for (const c of CATEGORIES) for (const t of TONES) api.registry.delete(highlightName(c, t));
      dropFocus();
      groups.clear();
      byKey.clear();
    },
  };
}

const MARK_TAG = 'whosaid-mark';

/** Fallback: wraps text pieces in marks; records every split so clear() restores the exact nodes. */
function fallbackHighlighter(doc: Document, tones: () => ToneOf): Highlighter {
  let marks: { el: HTMLElement; key: string; category: Category }[] = [];
  let splits: { node: Text; tail: Text }[] = [];
  const visible: Record<Category, boolean> = { quotes: true, officials: true, people: true, reported: true };

  const textNodesIn = (range: Range): Text[] => {
    const out: Text[] = [];
    const root = range.commonAncestorContainer;
    if (root.nodeType === 3) return [root as Text];
    const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) out.push(n as Text);
    return out;
  };
  const split = (node: Text, at: number): Text => {
    const tail = node.splitText(at);
    splits.push({ node, tail });
    return tail;
  };
  const paint = (el: HTMLElement, category: Category) => {
    el.style.display = 'inline';
    el.setAttribute('data-whosaid', category);
    if (!visible[category]) el.setAttribute('data-whosaid-off', '');
    else el.removeAttribute('data-whosaid-off');
  };
  const clear = () => {
    for (const m of marks.reverse()) {
      const parent = m.el.parentNode;
      if (!parent) continue;
      while (m.el.firstChild) parent.insertBefore(m.el.firstChild, m.el);
      parent.removeChild(m.el);
    }
    for (const s of splits.reverse()) {
      if (s.tail.parentNode) {
        s.node.appendData(s.tail.data);
        s.tail.parentNode.removeChild(s.tail);
      }
    }
    marks = [];
    splits = [];
  };
  return {
    mode: 'fallback',
    set(items) {
      clear();
      const toneOf = tones();
      for (const it of items) {
        const r = it.range;
        const tone = toneOf(r);
        for (const node of textNodesIn(r)) {
          const s = node === r.startContainer ? r.startOffset : 0;
          const e = node === r.endContainer ? r.endOffset : node.data.length;
          if (e <= s) continue;
          // cut the tail first, then the head: the mark covers exactly [s, e)
          if (e < node.data.length) split(node, e);
          const target = s > 0 ? split(node, s) : node;
          const el = doc.createElement(MARK_TAG) as HTMLElement;
          paint(el, it.category);
          if (tone === 'dark') el.setAttribute('data-whosaid-tone', 'dark');
          target.parentNode!.insertBefore(el, target);
          el.appendChild(target);
          marks.push({ el, key: it.key, category: it.category });
        }
      }
    },
    setVisible(c, v) {
      visible[c] = v;
      for (const m of marks) if (m.category === c) paint(m.el, c);
    },
    focus(key) {
      for (const m of marks) {
        if (m.key === key) m.el.setAttribute('data-whosaid-focus', '');
        else m.el.removeAttribute('data-whosaid-focus');
      }
    },
    clear,
  };
}
