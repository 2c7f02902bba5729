// Sentence boundaries inside a paragraph, by one linear scan: a sentence ends at . ! ? (and any
// closing quotes or brackets after it) followed by a space and an upper-case letter, an opening
// quote or a digit, unless the period ends a known abbreviation or an initial.
import type { Span } from '../types';

const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'gen', 'lt',
  'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt', 'rev', 'hon', 'pres', 'vs', 'etc', 'inc', 'corp',
  'co', 'ltd', 'no', 'nos', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mt', 'ft', 'ave', 'blvd', 'fig', 'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'a.m', 'p.m', 'op', 'approx', 'dept',
  'univ', 'atty', 'supt', 'insp', 'det', 'fr', 'msgr', 'gens', 'messrs', 'mmes', 'esq', 'ph.d', 'ed.d', 'b.a',
  'm.a', 'e.g', 'i.e', 'cf', 'al', 'ca', 'est', 'vol', 'pp', 'calif', 'ariz', 'mass', 'wash', 'conn', 'penn',
  'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev',
  'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wis', 'wyo', 'colo', 'ala', 'ark', 'del', 'n.y', 'n.j',
  'n.c', 's.c', 'n.h', 'r.i', 'w.va', 'n.d', 's.d', 'n.m', 'sgt', 'adj', 'assn', 'bros', 'cie', 'intl',
]);

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»', '›']);

/** True for a character that can begin a new sentence. */
function startsSentence(ch: string | undefined): boolean {
  if (!ch) return false;
  if (ch === '“' || ch === '"' || ch === '‘' || ch === "'" || ch === '«' || ch === '„' || ch === '(' || ch === '[' || ch === '—') return true;
  if (ch >= '0' && ch <= '9') return true;
  return ch !== ch.toLowerCase();
}

// Letters by case (no Unicode-property regex: it costs milliseconds to compile on a cold page).
const isLetter = (ch: string) => {
  const c = ch.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  return c >= 0xc0 && ch.toLowerCase() !== ch.toUpperCase();
};
const isLetterOrDot = (ch: string) => ch === '.' || isLetter(ch);
/** "a", "H.W": an initial or initials. */
function isInitials(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (i % 2 === 0 ? !isLetter(word[i]!) : word[i] !== '.') return false;
  return word.length % 2 === 1;
}

/** Sentence spans of a paragraph (or of any span of the text). Linear in the span's length. */
export function sentenceSpans(text: string, para: Span): Span[] {
  const out: Span[] = [];
  let start = para.start;
  for (let i = para.start; i < para.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) continue; // . ! ? …
    const ch = text[i]!;
    let j = i + 1;
    while (j < para.end && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++; // "?!", "..."
    while (j < para.end && CLOSERS.has(text[j]!)) j++;
    if (j >= para.end) break;
    if (text[j] !== ' ' && text[j] !== '\n' && text[j] !== '\u00a0') continue;
    let k = j;
    while (k < para.end && (text[k] === ' ' || text[k] === '\n' || text[k] === '\u00a0')) k++;
    if (!startsSentence(text[k])) continue;
    if (ch === '.' && j === i + 1) {
      // the word before the period (bounded look-back: abbreviations are short)
      let w = i;
      while (w > para.start && i - w < 12 && isLetterOrDot(text[w - 1]!)) w--;
      const word = text.slice(w, i).toLowerCase();
      if (ABBREV.has(word) || isInitials(word)) continue;
    }
    out.push({ start, end: j });
    start = k;
    i = k - 1;
  }
  if (start < para.end) out.push({ start, end: para.end });
  return out;
}
