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
