// Photo captions inside the story text. A caption that the extractor left in the body ends with its
// credit: "(Courier photo by Jim Hale)", "(AP Photo/Evan Vucci)", "Photo: Jane Doe/Reuters",
// "Photograph: Jane Doe", "(Courtesy of the Diaz family)". Its names (the photographer's above all) and its quotations are not the
// story's. Only the end of the paragraph is read, so the cost per paragraph is constant.
import type { Span } from '../types';

/**
 * A credit line closing a paragraph: a credit word, then "by", ":" or "/", then a short name. (Names
 * before the credit word, "Courier photo by", need no matching of their own: the space before the
 * credit word is a boundary all the same.) Linear: no repeated group to backtrack through.
 */
// (no Unicode property escapes: they cost milliseconds to compile on a cold page)
const CREDIT_TAIL = /(?:^|[\s(\[|—–-])(?:photo|photograph|photos|photographs|image|images|picture|illustration|video)\s*(?:by\b|:|\/)\s*[^.!?()\[\]]{2,60}[)\]]?\s*$/i;
/** Stems of the credit words: a tail without one cannot match CREDIT_TAIL (a cheap test first). */
const CREDIT_STEMS = ['photo', 'image', 'picture', 'illustration', 'video'];

/** A credit in brackets without a photo word: "(Courtesy of the Diaz family)", "(Handout)", "[Supplied]". */
const BRACKET_CREDIT = /[(\[]\s*(?:courtesy(?:\s+of)?|handout|supplied|file|pool)\b[^()\[\]]{0,60}[)\]]\s*$/i;

/** True when the paragraph ends with a photo credit, as captions do. */
export function isCaption(text: string, para: Span): boolean {
  const from = Math.max(para.start, para.end - 120);
  const tail = text.slice(from, para.end);
  const lower = tail.toLowerCase();
  if (CREDIT_STEMS.some((w) => lower.includes(w)) && CREDIT_TAIL.test(tail)) return true;
  // a bracket credit ends with its closing bracket
  const last = tail.trimEnd().slice(-1);
  return (last === ')' || last === ']') && BRACKET_CREDIT.test(tail);
}
