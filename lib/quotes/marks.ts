// Pairs quotation marks into quoted spans, in one pass over each paragraph with a small stack.
//
// Marks: curly “ ” and ‘ ’ (either as the primary pair), straight " and ', two apostrophes '' and
// two backquotes `` used as a double quote (and their curly forms ‘‘ ’’), low-9 „…“ and ‚…‘, guillemets « » (and »…«), ‹ ›.
// Openers and closers are told apart by what stands on either side, so mistyped marks (“no evidence",
// a ” opening a quote) still pair. Apostrophes (don't, Xi's, rock 'n' roll, the '90s, countries'),
// primes and inches (5'10") are not quotes. A quote left open at the end of a paragraph either runs
// on into the next paragraph (when that one opens with a mark of the same kind) or ends there.
// Linear in the text: every mark costs O(1) (the stack is capped; a paragraph is pre-scanned once).
import type { Span } from '../types';

export type MarkFamily = 'double' | 'single' | 'guillemet' | 'angle';

export interface QuoteSpan extends Span {
  /** Offset of the opening mark. */
  open: number;
  /** Length of the opening mark (2 for '' and ``). */
  openLen: number;
  /** Offset of the closing mark, or -1 when the quote ran to the end of a paragraph unclosed. */
  close: number;
  /** Length of the closing mark (0 when unclosed). */
  closeLen: number;
  family: MarkFamily;
  /** Nesting depth: 0 for a top-level quote. */
  depth: number;
  /** Content spans per paragraph (one for a one-paragraph quote). */
  parts: Span[];
}

interface Open {
  family: MarkFamily;
  pos: number;
  len: number;
  straight: boolean;
  /** „ or ‚ (closed by “ or ‘), or » / › opening a reversed pair. */
  low9: boolean;
  reversed: boolean;
  parts: Span[];
  partStart: number;
  /** Index in the output of the first quote emitted while this one was open. */
  outIndex: number;
  /** True when a double-family quote was emitted inside this one. */
  hadDoubleChild: boolean;
  /** Opening offset of the first double-family quote emitted inside this one. */
  firstDoubleChild: number;
}

const MAX_DEPTH = 4;

const isSpace = (ch: string | undefined): boolean =>
  ch === undefined || ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0' || ch === '\u2009' || ch === '\u202f' || ch === '\u200b';
const isWordChar = (ch: string | undefined): boolean => {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  // letters by case; digits of other scripts are rare enough to pass for non-word characters
  return c >= 0xc0 && ch.toLowerCase() !== ch.toUpperCase();
};
const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
/** Characters after which a mark opens a quote. */
const OPEN_BEFORE = new Set(['(', '[', '{', '—', '–', '-', '/', '“', '‘', '«', '‹', '„', '‚', '"', "'", '¿', '¡', ':', '…', '*']);
/** Characters before which a mark closes a quote. */
const CLOSE_AFTER = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '/', '”', '’', '»', '›', '"', "'", '…', '*']);

/** Words spelt with a leading apostrophe: 'n', '90s, 'em, 'til, 'cause … */
function apostropheWord(text: string, i: number, end: number): boolean {
  const a = text[i + 1];
  const b = text[i + 2];
  if (isDigit(a) && isDigit(b)) return !isDigit(text[i + 3]); // '90s, '08
  const rest = text.slice(i + 1, Math.min(end, i + 7)).toLowerCase();
  return /^(?:n['’]|n\b|em\b|til\b|cause\b|cos\b|cuz\b|tis\b|twas\b|bout\b|round\b|cept\b|nuff\b|im\b|er\b|ol\b|s\b)/.test(rest);
}

/**
 * Finds the quoted spans of the text. paragraphs are the story's paragraph spans, in order.
 * Returns spans sorted by start, outer before inner.
 */
export function findQuoteSpans(text: string, paragraphs: readonly Span[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const stack: Open[] = [];

  const emit = (o: Open, depth: number, closePos: number, closeLen: number, contentEnd: number) => {
    const parts = [...o.parts, { start: o.partStart, end: contentEnd }].filter((p) => p.end > p.start);
    if (!parts.length) return;
    out.push({
      start: parts[0]!.start,
      end: parts[parts.length - 1]!.end,
      open: o.pos,
      openLen: o.len,
      close: closePos,
      closeLen,
      family: o.family,
      depth,
      parts,
    });
    if (o.family === 'double' && depth > 0) {
      const parent = stack[depth - 1]!;
      if (!parent.hadDoubleChild) parent.firstDoubleChild = o.pos;
      parent.hadDoubleChild = true;
    }
  };
  const push = (family: MarkFamily, pos: number, len: number, straight: boolean, low9 = false, reversed = false) => {
    if (stack.length >= MAX_DEPTH) return;
    stack.push({ family, pos, len, straight, low9, reversed, parts: [], partStart: pos + len, outIndex: out.length, hadDoubleChild: false, firstDoubleChild: -1 });
  };
  /** Index of the innermost open quote of the family (optionally only reversed/low-9 ones), or -1. */
  const find = (family: MarkFamily, pred?: (o: Open) => boolean): number => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.family === family && (!pred || pred(stack[k]!))) return k;
    return -1;
  };
  /** Closes the open quote at stack index k; quotes opened inside it and left open are dropped. */
  const closeAt = (k: number, pos: number, len: number) => {
    const o = stack[k]!;
    dropAbove(k);
    while (stack.length > k) stack.pop(); // (cheaper than setting length)
    emit(o, k, pos, len, pos);
  };
  /** Drops the open quotes above index k, promoting what was emitted inside them. */
  const dropAbove = (k: number) => {
    for (let d = stack.length - 1; d > k; d--) promote(stack[d]!, d);
  };
  /** An open quote turned out not to be one: what was quoted inside it moves up a level. */
  const promote = (o: Open, depth: number) => {
    for (let q = o.outIndex; q < out.length; q++) if (out[q]!.depth > depth) out[q]!.depth--;
  };

  for (let pi = 0; pi < paragraphs.length; pi++) {
    const para = paragraphs[pi]!;
    const pEnd = para.end;
    // The last closer-like single mark of the paragraph: an apostrophe-like mark before it may be a
    // possessive rather than the closer.
    let lastSingleCloser = -1;
    let hasLeftSingle = false;
    for (let j = pEnd - 1; j > para.start; j--) {
      const c = text.charCodeAt(j);
      if (c !== 0x2019 && c !== 0x27) continue;
      if (!isSpace(text[j - 1]) && (j + 1 >= pEnd || isSpace(text[j + 1]) || CLOSE_AFTER.has(text[j + 1]!))) {
        lastSingleCloser = j;
        break;
      }
    }
    for (let j = para.start; j < pEnd; j++) {
      if (text.charCodeAt(j) === 0x2018) {
        hasLeftSingle = true;
        break;
      }
    }

    /**
     * ‘‘ and ’’ typed for “ and ” (wire copy converted from '' and ``): an opening ‘‘ before a word opens a
     * double quote; a closing ’’ after a word closes the open double quote (and a single one still open
     * inside it: ‘no’’ ends both). Returns false to leave the two marks to the single-mark rules.
     */
    const pairedSingles = (code: number, i: number): boolean => {
      const prev = i > para.start ? text[i - 1] : undefined;
      const next = i + 2 < pEnd ? text[i + 2] : undefined;
      if (code === 0x2018) {
        if (!(isSpace(prev) || OPEN_BEFORE.has(prev!)) || isSpace(next)) return false;
        push('double', i, 2, false);
        return true;
      }
      if (isSpace(prev) || !(isSpace(next) || CLOSE_AFTER.has(next!))) return false;
      const k = find('double');
      if (k < 0) return false;
      const ks = find('single');
      if (ks > k) {
        closeAt(ks, i, 1);
        closeAt(k, i + 1, 1);
      } else closeAt(k, i, 2);
      return true;
    };

    let i = para.start;
    if (pi > 0 && stack.length && stack[0]!.partStart > para.start) i = stack[0]!.partStart;
    for (; i < pEnd; i++) {
      const code = text.charCodeAt(i);
      if (!(code === 0x22 || code === 0x27 || code === 0x60 || code === 0xab || code === 0xbb || (code >= 0x2018 && code <= 0x201e) || code === 0x2039 || code === 0x203a)) continue;
      const ch = text[i]!;
      const prev = i > para.start ? text[i - 1] : undefined;
      // two-character marks
      let len = 1;
      if ((ch === "'" && text[i + 1] === "'") || (ch === '`' && text[i + 1] === '`')) len = 2;
      const next = i + len < pEnd ? text[i + len] : undefined;
      const openerLike = (isSpace(prev) || OPEN_BEFORE.has(prev!)) && !isSpace(next);
      const closerLike = !isSpace(prev) && !OPEN_BEFORE.has(prev!) ? isSpace(next) || CLOSE_AFTER.has(next!) : false;
      const closerAfterPunct = !isSpace(prev) && (isSpace(next) || CLOSE_AFTER.has(next!));

      if ((code === 0x2018 || code === 0x2019) && text.charCodeAt(i + 1) === code && pairedSingles(code, i)) {
        i++;
        continue;
      }
      if (ch === '`') {
        if (len === 2 && !isSpace(next)) push('double', i, 2, true);
        i += len - 1;
        continue;
      }
      if (len === 2 || ch === '"') {
        // straight double (or '' typed for one)
        if (ch === '"' && isDigit(prev) && (/\d['′]\s?\d{1,2}$/.test(text.slice(Math.max(para.start, i - 6), i)) || find('double') < 0)) {
          continue; // inches: 5'10", a 12" pipe
        }
        const k = find('double');
        if (closerAfterPunct && !openerLike && k >= 0) closeAt(k, i, len);
        else if (openerLike && !closerLike) push('double', i, len, true);
        else if (!openerLike && !closerAfterPunct && k >= 0 && stack[k]!.straight) closeAt(k, i, len); // a"b
        i += len - 1;
        continue;
      }
      switch (ch) {
        case '“': {
          const k = find('double');
          if (k >= 0 && stack[k]!.low9) closeAt(k, i, 1); // German „…“
          else if (k >= 0 && closerLike && !openerLike) closeAt(k, i, 1); // mistyped closer
          else push('double', i, 1, false);
          break;
        }
        case '„':
          push('double', i, 1, false, true);
          break;
        case '”': {
          const k = find('double');
          if (k >= 0) closeAt(k, i, 1);
          else if ((openerLike && !closerLike) || i === para.start) push('double', i, 1, false); // mistyped opener (nothing to close at a paragraph's start)
          break;
        }
        case '«': {
          const k = find('guillemet', (o) => o.reversed);
          if (k >= 0) closeAt(k, i, 1);
          else push('guillemet', i, 1, false);
          break;
        }
        case '»': {
          const k = find('guillemet', (o) => !o.reversed);
          if (k >= 0) closeAt(k, i, 1);
          else if (openerLike && !closerLike) push('guillemet', i, 1, false, false, true);
          break;
        }
        case '‹': {
          const k = find('angle', (o) => o.reversed);
          if (k >= 0) closeAt(k, i, 1);
          else push('angle', i, 1, false);
          break;
        }
        case '›': {
          const k = find('angle', (o) => !o.reversed);
          if (k >= 0) closeAt(k, i, 1);
          else if (openerLike && !closerLike) push('angle', i, 1, false, false, true);
          break;
        }
        case '‚':
          if (!isWordChar(prev) && !isSpace(next)) push('single', i, 1, false, true);
          break;
        case '‘': {
          const k = find('single', (o) => o.low9);
          if (k >= 0 && closerLike) {
            closeAt(k, i, 1); // German ‚…‘
            break;
          }
          if (isWordChar(prev) || isSpace(next)) break; // a mistyped apostrophe, or a stray mark
          if (isDigit(next) && apostropheWord(text, i, pEnd)) break; // ‘90s
          push('single', i, 1, false);
          break;
        }
        default: {
          // ’ or ': apostrophe, prime, or a single quote mark
          if (isWordChar(prev) && isWordChar(next)) break; // don’t, Xi’s, O'Rourke
          if (isDigit(prev) && (isDigit(next) || next === '"' || next === '″' || (ch === "'" && find('single') < 0))) break; // 5'10", 6' tall
          if (openerLike) {
            if (apostropheWord(text, i, pEnd)) break; // rock 'n' roll, the '90s, 'em
            // a straight ' (or a ’ where the paragraph has no ‘) opens only when a closer follows
            if ((ch === "'" || !hasLeftSingle) && isWordChar(next) && lastSingleCloser > i) push('single', i, 1, ch === "'");
            break;
          }
          if (closerAfterPunct) {
            const k = find('single');
            if (k < 0) break; // a possessive (countries’) or a dropped letter (nothin’)
            // "the players’ union" inside a single-quoted passage: a later closer takes precedence
            if ((prev === 's' || prev === 'S' || prev === 'z') && next === ' ' && isWordChar(text[i + 2]) && lastSingleCloser > i) break;
            closeAt(k, i, 1);
          }
          break;
        }
      }
    }

    // End of paragraph: quotes still open either continue into the next paragraph (which then opens
    // with a mark of the same family) or end here.
    if (!stack.length) continue;
    const nextPara = paragraphs[pi + 1];
    const outer = stack[0]!;
    let contLen = 0;
    if (nextPara) {
      const a = text[nextPara.start];
      const b = text[nextPara.start + 1];
      if (outer.family === 'double') {
        // the same typing as the opening mark: a straight quote continues with a straight one
        if (outer.straight ? a === '"' : a === '“' || a === '„' || a === '”') contLen = 1;
        if (!outer.straight && a === '‘' && b === '‘') contLen = 2;
        if (outer.straight && ((a === "'" && b === "'") || (a === '`' && b === '`'))) contLen = 2;
      } else if (outer.family === 'single') {
        if (a === '‘' || (a === "'" && b !== "'") || a === '‚') contLen = 1;
      } else if (outer.family === 'guillemet') {
        if (a === (outer.reversed ? '»' : '«')) contLen = 1;
      } else if (a === (outer.reversed ? '›' : '‹')) contLen = 1;
    }
    if (contLen) {
      dropAbove(0);
      while (stack.length > 1) stack.pop();
      outer.parts.push({ start: outer.partStart, end: trimEnd(text, para.end, outer.partStart) });
      outer.partStart = nextPara!.start + contLen;
      continue;
    }
    dropAbove(0);
    while (stack.length) stack.pop();
    // A straight " left open around curly quotes is a block marker, not a quotation; a single
    // mark left open was an apostrophe. Otherwise the closing mark is missing: end at the paragraph.
    if ((outer.straight && outer.hadDoubleChild) || outer.family === 'single' || outer.family === 'angle') promote(outer, 0);
    else if (outer.hadDoubleChild && outer.firstDoubleChild > outer.partStart) {
      // “face every consequence., before adding: "There will …" — a closing mark was forgotten
      // before a complete quotation: both stand on their own
      promote(outer, 0);
      emit(outer, 0, -1, 0, trimEnd(text, outer.firstDoubleChild, outer.partStart));
    } else emit(outer, 0, -1, 0, trimEnd(text, para.end, outer.partStart));
  }
  // Emission order is by closing position; callers want opening order (outer before inner).
  out.sort((a, b) => a.open - b.open || a.depth - b.depth);
  return out;
}

function trimEnd(text: string, end: number, min: number): number {
  while (end > min && isSpace(text[end - 1])) end--;
  return end;
}

/** The quoted text as the reader sees it: paragraph parts joined with a single space. */
export function quoteText(text: string, q: Pick<QuoteSpan, 'parts'>): string {
  let s = '';
  for (const p of q.parts) {
    const piece = text.slice(p.start, p.end).replace(/\s+/g, ' ').trim();
    if (!piece) continue;
    s = s ? `${s} ${piece}` : piece;
  }
  return s;
}
