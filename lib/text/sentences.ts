// Sentence boundaries inside a paragraph, by one linear scan: a sentence ends at . ! ? (and any
// closing quotes or brackets after it) followed by a space and an upper-case letter, an opening
// quote or a digit, unless the period ends a known abbreviation or an initial.
import type { Span } from '../types';

const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt',
  'cmdr', 'adm', 'sgt', 'rev', 'hon', 'pres', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'no', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'ave', 'blvd', 'fig',
  'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'a.m', 'p.m', 'op', 'ed', 'approx', 'dept', 'univ', 'atty', 'supt',
]);

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»', '›']);

export function sentenceSpans(text: string, para: Span): Span[] {
  const out: Span[] = [];
  let start = para.start;
  for (let i = para.start; i < para.end; i++) {
    const ch = text[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < para.end && CLOSERS.has(text[j]!)) j++;
    if (j >= para.end) break;
    if (text[j] !== ' ' && text[j] !== '\n') continue;
    let k = j;
    while (k < para.end && (text[k] === ' ' || text[k] === '\n')) k++;
    const nx = text[k];
    if (!nx || !(/[A-Z“"‘'«\d(]/.test(nx) || nx !== nx.toLowerCase())) continue;
    if (ch === '.') {
      // the word before the period
      let w = i;
      while (w > para.start && /[\p{L}.]/u.test(text[w - 1]!)) w--;
      const word = text.slice(w, i).toLowerCase();
      if (ABBREV.has(word) || /^[a-z]$/.test(word) || /^(?:[a-z]\.)+[a-z]$/.test(word)) continue;
    }
    out.push({ start, end: j });
    start = k;
  }
  if (start < para.end) out.push({ start, end: para.end });
  return out;
}
