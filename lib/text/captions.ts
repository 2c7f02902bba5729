// Photo captions inside the story text. A caption that the extractor left in the body ends with its
// credit: "(Courier photo by Jim Hale)", "(AP Photo/Evan Vucci)", "Photo: Jane Doe/Reuters",
// "Photograph: Jane Doe", "(Courtesy of the Diaz family)". Its names (the photographer's above all) and its quotations are not the
// story's. Only the end of the paragraph is read, so the cost per paragraph is constant.
import type { Span } from '../types';

/** A credit line closing a paragraph: a credit word, then "by", ":" or "/", then a short name. */
// (no Unicode property escapes: they cost milliseconds to compile on a cold page)
const CREDIT_TAIL = /(?:^|[\s(\[|—–-])(?:[A-Z\u00c0-\u024f][A-Za-z\u00c0-\u024f&.’'-]*\s+){0,3}(?:photo|photograph|photos|photographs|image|images|picture|illustration|video|file photo)\s*(?:by\b|:|\/)\s*[^.!?()\[\]]{2,60}[)\]]?\s*$/i;

/** A credit in brackets without a photo word: "(Courtesy of the Diaz family)", "(Handout)", "[Supplied]". */
const BRACKET_CREDIT = /[(\[]\s*(?:courtesy(?:\s+of)?|handout|supplied|file|pool)\b[^()\[\]]{0,60}[)\]]\s*$/i;

/** True when the paragraph ends with a photo credit, as captions do. */
export function isCaption(text: string, para: Span): boolean {
  const from = Math.max(para.start, para.end - 120);
  const tail = text.slice(from, para.end);
  return CREDIT_TAIL.test(tail) || BRACKET_CREDIT.test(tail);
}
