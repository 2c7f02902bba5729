// The story as text: one string with paragraph boundaries, and a map from every text offset back to
// the DOM (text node + offset), so an annotation found in the text highlights exactly the characters
// it covers, across <a>, <em>, <span> and any number of text nodes.
//
// HTML whitespace is collapsed the way a reader sees it (runs become one space); block elements
// separate paragraphs with "\n\n"; <br> gives "\n" (two <br> in a row make a paragraph break);
// <q> gets the quotation marks the browser draws for it, as characters with no DOM position;
// invisible joiners (soft hyphens) are left out.
import type { Span } from '../types';

/** One text node's contribution to the story text. */
export interface TextSegment {
  /** Offsets of this segment in StoryText.text. */
  start: number;
  end: number;
  node: Text;
  /** Node offset of each output character when whitespace was collapsed; null when it is nodeStart + i. */
  map: Int32Array | null;
  nodeStart: number;
}

export interface StoryText {
  text: string;
  /** Paragraphs in order; spans exclude the separators. */
  paragraphs: Span[];
  /** Sorted by start; empty for plain-text input. */
  segments: TextSegment[];
  /** True when building stopped at maxChars. */
  truncated: boolean;
  /**
   * Text inside <blockquote> elements (outermost ones), sorted: quotations set off as blocks, often with
   * no quotation marks. Plain data, so it travels with the text to the worker. Absent for plain text.
   */
  quoteBlocks?: Span[];
}

export interface BuildOptions {
  /** Subtrees for which this returns true are left out of the story. */
  skip?: (el: Element) => boolean;
  /** Stop after this many characters (the story is then marked truncated). */
  maxChars?: number;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH',
  'THEAD', 'TR', 'UL', 'CAPTION', 'CENTER',
]);

/** Elements whose text is never story text, whatever the caller's skip rule says. */
const NEVER_TEXT = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS',
  'VIDEO', 'AUDIO', 'SELECT', 'TEXTAREA', 'INPUT', 'BUTTON', 'HEAD', 'TITLE', 'META', 'LINK',
]);

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0;
/**
 * Invisible characters that join what is on either side: the soft hyphen (U+00AD, which some pages
 * put between every syllable), the word joiner (U+2060) and the zero-width no-break space (U+FEFF).
 * They are left out of the text, so "Mas\u00ADsy" reads "Massy"; the characters around them keep
 * their DOM positions (a word they split becomes one segment per part).
 */
const isInvisible = (c: number) => c === 0xad || c === 0x2060 || c === 0xfeff;
/** isSpace(c) || isInvisible(c), in two comparisons for the common ASCII letter. */
const endsRun = (c: number) =>
  c <= 32 ? c === 32 || c === 9 || c === 10 || c === 13 || c === 12 : c >= 0xa0 && (c === 0xa0 || c === 0xad || c === 0x2060 || c === 0xfeff);

/**
 * When data[i] is a plain space (U+0020) followed by a word (a non-space character), the end of
 * that word; else -1. Such a space is what the text gets there anyway: it can stay inside a piece.
 */
function spaceJoinedWordEnd(data: string, i: number): number {
  if (data.charCodeAt(i) !== 32) return -1;
  const n = data.length;
  let j = i + 1;
  if (j >= n || endsRun(data.charCodeAt(j))) return -1;
  // (the word ends at an invisible joiner too: the characters after it start a piece of their own)
  while (j < n && !endsRun(data.charCodeAt(j))) j++;
  return j;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Work between two yields of storyTextSteps (a node counts 1, a text node also 1 per 32 characters):
 * small enough that a step stays short even in cold code.
 */
const WORK_PER_STEP = 512;

/**
 * Builds the story text of the given roots (in document order). Linear in the size of the subtrees;
 * iterative, so deep DOMs cannot overflow the stack.
 */
export function buildStoryText(roots: readonly Element[], opts: BuildOptions = {}): StoryText {
  const steps = storyTextSteps(roots, opts);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * buildStoryText as steps: yields every few thousand nodes so a caller running in time slices can
 * give the main thread back in the middle of a very large story.
 */
export function* storyTextSteps(roots: readonly Element[], opts: BuildOptions = {}): Generator<null, StoryText, void> {
  const maxChars = opts.maxChars ?? Infinity;
  const skip = opts.skip;
  const out: string[] = [];
  let len = 0;
  const segments: TextSegment[] = [];
  // Pending break before the next visible character: 0 none, 1 space, 2 line break, 3 paragraph break.
  let pending = 0;
  let atParagraphStart = true;
  let lastWasBr = false;
  let truncated = false;

  const requestBreak = (kind: number) => {
    if (kind > pending) pending = kind;
  };
  // <q> elements: the browser draws their quotation marks from CSS, so they are not in any text node.
  // The story text gets synthetic marks (“ ” outside, ‘ ’ when nested) that map to no DOM position,
  // like separators, so every real character keeps its exact mapping.
  let qDepth = 0;
  let bqDepth = 0;
  let bqStart = 0;
  const quoteBlocks: Span[] = [];
  const emitSynthetic = (ch: string) => {
    if (len + (pending === 3 ? 2 : pending ? 1 : 0) >= maxChars) {
      truncated = true;
      return;
    }
    if (pending) {
      const sep = pending === 3 ? '\n\n' : pending === 2 ? '\n' : ' ';
      if (!atParagraphStart || pending === 1) {
        out.push(sep);
        len += sep.length;
      }
      pending = 0;
    }
    atParagraphStart = false;
    lastWasBr = false;
    out.push(ch);
    len += ch.length;
  };

  // One text node: its runs of visible characters become pieces (segments); each whitespace run
  // becomes at most one pending break. Works run by run (slices), not character by character: the
  // content script's code runs cold on every page, where a per-character loop is what costs.
  // A single plain space between two words of the node stays inside the piece (the text has that
  // same space at that same place): one piece per run of words, not one per word.
  const emitText = (node: Text) => {
    const data = node.data;
    const n = data.length;
    let segStart = -1;
    let nodeStart = -1;
    let pieceLen = 0;
    const flushPiece = () => {
      if (segStart >= 0 && pieceLen) {
        out.push(data.slice(nodeStart, nodeStart + pieceLen));
        segments.push({ start: segStart, end: segStart + pieceLen, node, map: null, nodeStart });
      }
      segStart = -1;
      pieceLen = 0;
    };
    let i = 0;
    while (i < n) {
      const c = data.charCodeAt(i);
      if (isSpace(c)) {
        if (segStart >= 0 && nodeStart + pieceLen === i && !pending) {
          const j = spaceJoinedWordEnd(data, i);
          // (only when the space and the whole word fit under the cap: truncation stays on the path below)
          if (j > 0 && len + (j - i) <= maxChars) {
            pieceLen += j - i;
            len += j - i;
            i = j;
            continue;
          }
        }
        if (!atParagraphStart) requestBreak(1);
        i++;
        continue;
      }
      if (isInvisible(c)) {
        i++; // no character, no break: the next piece continues the word
        continue;
      }
      if (len + (pending === 3 ? 2 : pending ? 1 : 0) >= maxChars) {
        truncated = true;
        break;
      }
      if (pending) {
        // Separators belong to no node: close the current piece so the map stays exact.
        flushPiece();
        const sep = pending === 3 ? '\n\n' : pending === 2 ? '\n' : ' ';
        if (!atParagraphStart || pending === 1) {
          out.push(sep);
          len += sep.length;
        }
        pending = 0;
      }
      atParagraphStart = false;
      lastWasBr = false;
      let j = i + 1;
      while (j < n && !endsRun(data.charCodeAt(j))) j++;
      // the first character passed the cap check above; each further one needs len < maxChars
      const take = Math.min(j - i, 1 + Math.max(0, maxChars - (len + 1)));
      if (segStart >= 0 && nodeStart + pieceLen !== i) flushPiece();
      if (segStart < 0) {
        segStart = len;
        nodeStart = i;
      }
      pieceLen += take;
      len += take;
      if (take < j - i) {
        truncated = true;
        break;
      }
      i = j;
    }
    flushPiece();
  };

  for (const root of roots) {
    if (truncated) break;
    requestBreak(3);
    // Explicit stack of (node, exiting) pairs, as two parallel arrays (no object per entry).
    const stack: Node[] = [root];
    const exits: boolean[] = [false];
    let work = 0;
    while (stack.length && !truncated) {
      if (work >= WORK_PER_STEP) {
        work = 0;
        yield null;
      }
      work++;
      const node = stack.pop()!;
      const exit = exits.pop()!;
      if (node.nodeType === TEXT_NODE) {
        work += (node as Text).length >> 5;
        emitText(node as Text);
        continue;
      }
      if (node.nodeType !== ELEMENT_NODE) continue;
      const el = node as Element;
      const tagName = el.tagName;
      const tag = tagName.toUpperCase();
      if (exit) {
        if (tag === 'BLOCKQUOTE' && --bqDepth === 0 && len > bqStart) quoteBlocks.push({ start: bqStart, end: len });
        if (tag === 'Q') {
          qDepth--;
          emitSynthetic(qDepth % 2 === 0 ? '”' : '’');
        }
        if (BLOCK.has(tag)) requestBreak(3);
        continue;
      }
      if (tag === 'BR') {
        if (!atParagraphStart) requestBreak(lastWasBr ? 3 : 2);
        lastWasBr = true;
        continue;
      }
      if (NEVER_TEXT.has(tagName) || NEVER_TEXT.has(tag)) continue;
      if (el !== root && skip && skip(el)) continue;
      if (BLOCK.has(tag)) requestBreak(3);
      if (tag === 'BLOCKQUOTE' && bqDepth++ === 0) bqStart = len;
      if (tag === 'Q') {
        emitSynthetic(qDepth % 2 === 0 ? '“' : '‘');
        qDepth++;
      }
      stack.push(el);
      exits.push(true);
      // children pushed last first, so they pop in document order (sibling pointers: no child list built)
      for (let c = el.lastChild; c; c = c.previousSibling) {
        stack.push(c);
        exits.push(false);
      }
    }
  }

  const text = out.join('');
  if (bqDepth > 0 && len > bqStart) quoteBlocks.push({ start: bqStart, end: len }); // cut off inside one
  return { text, paragraphs: paragraphSpans(text), segments, truncated, quoteBlocks };
}

/** Plain text (paragraphs separated by blank lines) as a story with no DOM behind it. */
export function storyFromPlainText(raw: string): StoryText {
  const text = raw.replace(/\r\n?/g, '\n');
  return { text, paragraphs: paragraphSpans(text), segments: [], truncated: false };
}

/** Spans of the paragraphs of a text: runs separated by a blank line, trimmed. */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    // find the next blank line (\n followed by optional spaces and \n)
    let j = i;
    let end = n;
    let next = n;
    while (j < n) {
      if (text.charCodeAt(j) === 10) {
        let k = j + 1;
        while (k < n && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 13)) k++;
        if (k < n && text.charCodeAt(k) === 10) {
          end = j;
          while (k < n && isSpace(text.charCodeAt(k))) k++;
          next = k;
          break;
        }
      }
      j++;
    }
    let s = i;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
    i = next;
  }
  return spans;
}

/** Index of the segment containing offset (or the first after it), by binary search. */
function segmentIndexAt(segments: readonly TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (segments[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The DOM position of a text offset. For a range start pass side 'start' (the position before the
 * character at offset); for a range end pass 'end' (the position after the character at offset - 1).
 * Offsets that fall on a separator move to the nearest text inside the span.
 */
export function domPosition(
  story: StoryText,
  offset: number,
  side: 'start' | 'end',
): { node: Text; offset: number } | null {
  const segs = story.segments;
  if (!segs.length) return null;
  if (side === 'start') {
    const idx = segmentIndexAt(segs, offset);
    const seg = segs[idx];
    if (!seg) return null;
    let at = Math.max(offset, seg.start) - seg.start;
    // a space inside a piece (pieces never start or end with one) maps as a separator does: to the word after it
    if (at > 0 && story.text.charCodeAt(offset) === 32) at++;
    return { node: seg.node, offset: seg.map ? seg.map[at]! : seg.nodeStart + at };
  }
  // end: the character before offset; a space inside a piece maps as a separator does: to the end of the word before it
  if (offset >= 2 && story.text.charCodeAt(offset - 1) === 32) {
    const seg = segs[segmentIndexAt(segs, offset - 1)];
    if (seg && seg.start < offset - 1) offset--;
  }
  const idx = segmentIndexAt(segs, offset - 1);
  let seg = segs[idx];
  if (!seg) return null;
  if (seg.start > offset - 1) {
    // offset - 1 is a separator: end after the previous segment
    seg = segs[idx - 1];
    if (!seg) return null;
    const last = seg.end - seg.start - 1;
    return { node: seg.node, offset: (seg.map ? seg.map[last]! : seg.nodeStart + last) + 1 };
  }
  const at = offset - 1 - seg.start;
  return { node: seg.node, offset: (seg.map ? seg.map[at]! : seg.nodeStart + at) + 1 };
}

/** A live DOM Range covering exactly the characters of span, or null (plain text, empty span). */
export function spanToRange(doc: Document, story: StoryText, span: Span): Range | null {
  if (span.end <= span.start) return null;
  const a = domPosition(story, span.start, 'start');
  const b = domPosition(story, span.end, 'end');
  if (!a || !b) return null;
  const range = doc.createRange();
  try {
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  } catch {
    return null; // the node left the document or changed under us
  }
  return range;
}
