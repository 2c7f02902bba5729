// Pairs quotation marks into quoted spans, in one pass over the story text with a small stack.
// Handles curly, straight, low-9 („…“), guillemets (« », ‹ ›), quotes nested in quotes, a nested quote
// that is never closed, quotes running over several paragraphs (a paragraph with no closing mark
// whose successor opens with a mark), and apostrophes, primes and inches that are not quotes.
import type { Span } from '../types';

export type MarkFamily = 'double' | 'single' | 'guillemet' | 'angle';

export interface QuoteSpan extends Span {
  /** Offset of the opening mark (start - 1 for a single-character mark). */
  open: number;
  /** Offset of the closing mark, or -1 when the quote ran to the end of a paragraph unclosed. */
  close: number;
  family: MarkFamily;
  /** Nesting depth: 0 for a top-level quote. */
  depth: number;
  /** Content spans per paragraph (one for a one-paragraph quote). */
  parts: Span[];
}

interface Open {
  family: MarkFamily;
  pos: number;
  straight: boolean;
  low9: boolean;
  parts: Span[];
  partStart: number;
}

const isWordChar = (ch: string | undefined) => !!ch && /[\p{L}\p{N}]/u.test(ch);
const isSpaceOrStart = (ch: string | undefined) => ch === undefined || /\s/.test(ch);
const OPEN_CONTEXT = /[\s(\[{—–\-/:;,“‘«‹„"']/;

/**
 * Finds the quoted spans of the text. paragraphs are the story's paragraph spans, in order.
 * Linear in the text length; the stack is capped, so ten thousand marks cost nothing extra.
 */
export function findQuoteSpans(text: string, paragraphs: readonly Span[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const stack: Open[] = [];
  const MAX_DEPTH = 4;

  const emit = (o: Open, closePos: number, contentEnd: number) => {
    const parts = [...o.parts, { start: o.partStart, end: contentEnd }].filter((p) => p.end > p.start);
    if (!parts.length) return;
    out.push({
      start: parts[0]!.start,
      end: parts[parts.length - 1]!.end,
      open: o.pos,
      close: closePos,
      family: o.family,
      depth: stack.length,
      parts,
    });
  };
  const push = (family: MarkFamily, pos: number, straight: boolean, low9 = false) => {
    if (stack.length >= MAX_DEPTH) return;
    stack.push({ family, pos, straight, low9, parts: [], partStart: pos + 1 });
  };
  /** Closes the innermost open quote of the family; inner quotes left open are dropped. */
  const close = (family: MarkFamily, pos: number): boolean => {
    for (let k = stack.length - 1; k >= 0; k--) {
      if (stack[k]!.family === family) {
        const o = stack[k]!;
        stack.length = k;
        emit(o, pos, pos);
        return true;
      }
    }
    return false;
  };
  const has = (family: MarkFamily, straight?: boolean) =>
    stack.some((o) => o.family === family && (straight === undefined || o.straight === straight));
  const top = () => stack[stack.length - 1];

  let skipTo = -1; // a continuation paragraph starts after its opening mark
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const para = paragraphs[pi]!;
    for (let i = Math.max(para.start, skipTo); i < para.end; i++) {
      const ch = text[i]!;
      const code = ch.charCodeAt(0);
      // fast path: most characters are not marks
      if (code < 0x22 || (code > 0x27 && code < 0xab) || (code > 0xbb && code < 0x2018) || code > 0x203a) continue;
      const prev = i > para.start ? text[i - 1] : undefined;
      const next = i + 1 < para.end ? text[i + 1] : undefined;
      switch (ch) {
        case '“':
          if (top()?.low9) close('double', i); // German „…“
          else if (has('double') && !isSpaceOrStart(prev) && (isSpaceOrStart(next) || /[.,;:!?)]/.test(next!))) close('double', i); // mistyped closer
          else push('double', i, false);
          break;
        case '„':
          push('double', i, false, true);
          break;
        case '”':
          if (!close('double', i) && isSpaceOrStart(prev) && isWordChar(next)) push('double', i, false); // mistyped opener
          break;
        case '«':
          push('guillemet', i, false);
          break;
        case '»':
          close('guillemet', i);
          break;
        case '‹':
          push('angle', i, false);
          break;
        case '›':
          close('angle', i);
          break;
        case '"': {
          const openStraight = stack.length > 0 && top()!.family === 'double' && top()!.straight;
          const inch = /\d/.test(prev ?? '') && /\d['′]\d{1,2}$/.test(text.slice(Math.max(para.start, i - 6), i));
          if (inch) break;
          if (openStraight && !isSpaceOrStart(prev)) close('double', i);
          else if (openStraight && isSpaceOrStart(prev) && isSpaceOrStart(next)) break; // stray
          else if (!isSpaceOrStart(next)) push('double', i, true);
          else if (has('double', true)) close('double', i);
          break;
        }
        case '‘':
          // ‘90s typed with a left mark is an apostrophe
          if (/\d/.test(next ?? '') && /^\d\ds?\b/.test(text.slice(i + 1, i + 5))) break;
          if (isWordChar(prev)) break; // inside a word: a mistyped apostrophe
          push('single', i, false);
          break;
        case '’':
        case "'": {
          if (isWordChar(prev) && isWordChar(next)) break; // don’t, Xi’s, O'Rourke
          if (isSpaceOrStart(prev) || OPEN_CONTEXT.test(prev!)) {
            // 'n' (rock 'n' roll), '90s, 'em: apostrophes at the start of a word
            const rest = text.slice(i + 1, i + 5);
            if (/^(?:n['’]|\d\d|em\b|til\b|cause\b|tis\b)/i.test(rest)) break;
            if (ch === "'" && isWordChar(next) && (stack.length > 0 || prev === undefined)) push('single', i, true);
            break;
          }
          // after a word or punctuation, before space/punctuation/end: closes an open single quote
          if (has('single')) {
            if (/s/i.test(prev!) && !isSpaceOrStart(next) && isWordChar(next)) break;
            close('single', i);
          }
          // otherwise: a possessive plural (countries’) or a prime
          break;
        }
      }
    }
    // End of paragraph: quotes still open either continue into the next paragraph (which then opens
    // with a mark of the same family) or were never closed.
    const nextPara = paragraphs[pi + 1];
    const opener = nextPara ? text[nextPara.start] : undefined;
    const continues =
      stack.length > 0 &&
      nextPara !== undefined &&
      ((stack[0]!.family === 'double' && (opener === '“' || opener === '"' || opener === '„')) ||
        (stack[0]!.family === 'single' && (opener === '‘' || opener === "'")) ||
        (stack[0]!.family === 'guillemet' && opener === '«'));
    if (continues) {
      const outer = stack[0]!;
      stack.length = 1; // inner quotes do not carry over
      outer.parts.push({ start: outer.partStart, end: trimEnd(text, para.end, outer.partStart) });
      outer.partStart = nextPara.start + 1;
      skipTo = nextPara.start + 1; // the continuation mark itself is not a new quote
      continue;
    }
    // unclosed: keep the outermost as a quote to the end of the paragraph (a missing closing mark)
    if (stack.length) {
      const outer = stack[0]!;
      stack.length = 0;
      if (outer.family === 'double' || outer.family === 'guillemet') emit(outer, -1, trimEnd(text, para.end, outer.partStart));
    }
  }
  out.sort((a, b) => a.start - b.start || a.depth - b.depth);
  return out;
}

function trimEnd(text: string, end: number, min: number): number {
  while (end > min && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** The quoted text as the reader sees it: paragraph parts joined with a single space. */
export function quoteText(text: string, q: Pick<QuoteSpan, 'parts'>): string {
  return q.parts
    .map((p) => text.slice(p.start, p.end).replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' ');
}
