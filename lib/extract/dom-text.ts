// Text lengths and prefixes of DOM subtrees without building their textContent. On a page that keeps
// megabytes of JSON in <script> blocks, textContent of a container copies all of it; these walk the
// text nodes natively (TreeWalker) and read lengths, or stop as soon as they have enough.
// Same values as textContent: every descendant Text node counts, in document order.

const SHOW_TEXT = 4;

/** textContent.length, without the string. */
export function textLength(el: Node): number {
  const doc = el.ownerDocument;
  if (!doc) return (el.textContent ?? '').length;
  const w = doc.createTreeWalker(el, SHOW_TEXT);
  let n = 0;
  for (let t = w.nextNode(); t; t = w.nextNode()) n += (t as Text).length;
  return n;
}

/** textContent.slice(0, max), reading no more text nodes than it needs. */
export function textPrefix(el: Node, max: number): string {
  const doc = el.ownerDocument;
  if (!doc) return (el.textContent ?? '').slice(0, max);
  const w = doc.createTreeWalker(el, SHOW_TEXT);
  let out = '';
  for (let t = w.nextNode(); t && out.length < max; t = w.nextNode()) out += (t as Text).data;
  return out.slice(0, max);
}

/** Text nodes read between two yields of the step versions below. */
const NODES_PER_STEP = 1024;

/**
 * textContent.length as steps (yields null every couple of thousand text nodes), stopping early
 * once `done(lengthSoFar)` says the answer is known: callers compare lengths, they rarely need one
 * in full.
 */
export function* textLengthSteps(el: Node, done?: (n: number) => boolean): Generator<null, number, void> {
  const doc = el.ownerDocument;
  if (!doc) return (el.textContent ?? '').length;
  const w = doc.createTreeWalker(el, SHOW_TEXT);
  let n = 0;
  let k = 0;
  for (let t = w.nextNode(); t; t = w.nextNode()) {
    n += (t as Text).length;
    if (++k % NODES_PER_STEP === 0) {
      if (done?.(n)) return n;
      yield null;
    }
  }
  return n;
}

/**
 * The class attribute's value, or null when there is none. Read from the attribute node: on linkedom
 * (the CLI's DOM) getAttribute('class') rebuilds the string from the class list on every call; the
 * node holds the same value.
 */
export function classAttr(el: Element): string | null {
  const a = el.getAttributeNode('class');
  return a ? a.value : null;
}

/** el.closest(localName) for a plain tag name, without a selector engine: el or its nearest ancestor of that tag. */
export function closestTag(el: Element | null, localName: string): Element | null {
  for (let a = el; a; a = a.parentElement) if (a.localName === localName) return a;
  return null;
}

const SHOW_ELEMENT = 1;

/**
 * Where root's descendants lie in the page's elements (document order, as the metadata walk listed
 * them): one run, from after root to its last descendant. Null when the list does not hold them (the
 * page changed since).
 */
/**
 * The elements under root (root excluded) one by one in document order: root's run of `elements`
 * (every element of the page, as the metadata walk listed them) when the list holds it, else a native
 * walker. On linkedom each walker first copies every node of its subtree into an array.
 */
export function elementCursor(root: Element, elements?: readonly Element[]): () => Element | null {
  const range = elements ? descendantRange(elements, root) : null;
  if (range && elements) {
    let i = range[0];
    const end = range[1];
    return () => (i < end ? elements[i++]! : null);
  }
  const w = (root.ownerDocument as Document).createTreeWalker(root, SHOW_ELEMENT);
  return () => w.nextNode() as Element | null;
}

export function descendantRange(elements: readonly Element[], root: Element): [number, number] | null {
  let s = 0;
  while (s < elements.length && elements[s] !== root) s++;
  if (s === elements.length) return null;
  let last: Element = root;
  for (let c = root.lastElementChild; c; c = c.lastElementChild) last = c;
  if (last === root) return [s + 1, s + 1];
  let e = elements.length - 1;
  while (e > s && elements[e] !== last) e--;
  return e > s ? [s + 1, e + 1] : null;
}

/**
 * The first `max` elements under root (root excluded) that pass `test`, in document order, as
 * root.querySelectorAll(selector) would list them for a selector `test` stands for (<template>
 * content skipped); one walk, no selector engine. With `elements` (every element of the page in
 * document order, as the metadata walk listed them) it reads root's run of that list instead of
 * walking the DOM: on linkedom each walker first copies every node of its subtree into an array.
 */
export function elementsUnder(root: Element, test: (el: Element) => boolean, max: number, elements?: readonly Element[]): Element[] {
  const out: Element[] = [];
  if (!root.ownerDocument) return out;
  const next = elementCursor(root, elements);
  let template: Element | null = null;
  for (let el = next(); el && out.length < max; el = next()) {
    if (template) {
      if (template.contains(el)) continue;
      template = null;
    }
    if (test(el)) out.push(el);
    if (el.localName === 'template') template = el;
  }
  return out;
}
