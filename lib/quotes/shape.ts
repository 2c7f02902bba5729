// Quotation or term? A quoted phrase is a quotation when someone says it; a term, a title, a
// nickname or a scare quote otherwise. These tests read the phrase's shape and the words around it;
// the caller combines them with how (and whether) the phrase was attributed.
import { Discourse } from './discourse';
import { cueAt } from './attribute';
import { CLAUSE_WORDS, DETERMINERS, PREPOSITIONS, REPORTING_VERBS, SUBJECT_PRONOUNS, TERM_CUES } from './verbs';

/** Words after a quoted phrase that show it is not a modifier inside a noun phrase. */
const FUNCTION_AFTER = new Set([
  ...PREPOSITIONS, ...DETERMINERS, ...CLAUSE_WORDS, ...SUBJECT_PRONOUNS, 'and', 'or', 'nor', 'is', 'was', 'are', 'were',
  'has', 'had', 'have', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'did', 'does', 'do',
  'not', 'said', 'says', 'told', 'also', 'to', 'him', 'her', 'them', 'us', 'me', 'then', 'now', 'again', 'too',
]);

/** Words right before a one-word quotation that make it someone's word ("was “distressing”"). */
const ONE_WORD_GOVERNORS = new Set([
  'was', 'is', 'were', 'are', 'be', 'been', 'being', 'as', 'it', 'them', 'him', 'her', 'that', 'a', 'an', 'remain',
  'remained', 'remains', 'seemed', 'seems', 'sounded', 'looked', 'felt', 'feel', 'become', 'became', 'very', 'so',
  'too', 'totally', 'absolutely', 'simply', 'just', 'not', 'more', 'most', 'less', 'quite', 'really', 'truly',
  'increasingly', 'deeply', 'extremely', 'completely', 'entirely', 'utterly', 'this', 'something', 'anything',
  'nothing', 'me', 'us', 'you', 'himself', 'herself', 'themselves', 'getting', 'got', 'get', 'appear', 'appeared',
]);

/** Verbs whose object, in quotation marks after an article, is the name of a warning, order or measure. */
const ISSUE_VERBS = new Set(['issued', 'issues', 'issue', 'declared', 'declares', 'declare', 'imposed', 'lifted', 'extended', 'ordered', 'launched', 'enacted', 'activated', 'upgraded', 'downgraded']);
const ARTICLES = new Set(['a', 'an', 'the']);
const NAMING_VERBS = /^(?:called|named|dubbed|nicknamed|titled|entitled|labeled|labelled|branded)$/;

const isLetterChar = (ch: string) => ch.toLowerCase() !== ch.toUpperCase();
const letterCount = (w: string) => {
  let n = 0;
  for (const ch of w) if (isLetterChar(ch)) n++;
  return n;
};
/** The first letter of the word is upper case ("“Mini", "Mike"). */
const startsUpper = (w: string) => {
  for (const ch of w) if (isLetterChar(ch)) return ch === ch.toUpperCase();
  return false;
};

/**
 * A short quoted phrase in Title Case is a title or a name of a thing, not a quotation. When the
 * quote opens a sentence its first word is capitalised anyway and does not count.
 */
export function looksLikeTitle(words: readonly string[], sentenceInitial: boolean): boolean {
  if (words.length > 8) return false;
  const rest = sentenceInitial ? words.slice(1) : words;
  const content = rest.filter((w) => letterCount(w) > 3);
  if (!content.length) return !sentenceInitial && words.length === 1 && startsUpper(words[0]!);
  return content.every(startsUpper);
}

export interface QuoteShape {
  /** Lower-case word before the opening mark, in the same paragraph ('' at its start). */
  before: string;
  /** Opens a sentence or a quoted sentence (after a colon, a comma or a dash). */
  sentenceInitial: boolean;
  /** A term by its context: "so-called “…”", "the word “…”", "a group called “…”", "titled “…”". */
  term: boolean;
  /** Title Case, like a title or a name. */
  titleLike: boolean;
  /** A modifier inside a noun phrase: "Israel’s “deliberate” aid ban". */
  modifier: boolean;
}

/**
 * The shape of the quoted phrase opening at token oTok and closing at offset close (-1 when
 * unclosed), with the given words.
 */
export function quoteShape(d: Discourse, oTok: number, close: number, closeLen: number, words: readonly string[]): QuoteShape {
  const toks = d.toks;
  const para = d.paraOfTok[Math.min(oTok, toks.length - 1)];
  const prevTok = toks[oTok - 1];
  const prev2 = toks[oTok - 2];
  const pw = prevTok && d.paraOfTok[oTok - 1] === para ? d.lw(oTok - 1) : '';
  const pw2 = prev2 && d.paraOfTok[oTok - 2] === para ? d.lw(oTok - 2) : '';
  const nw = words.length;
  const content = words.join(' ');

  const naming = NAMING_VERBS.test(pw) && !!prev2 && prev2.kind === 'w' && !/^[A-Z]/.test(prev2.text) && !SUBJECT_PRONOUNS.has(pw2) && !/^(?:also|then|once|repeatedly|publicly|who|which|that)$/.test(pw2);
  // "issued a rare “flash flood emergency”", "declared a “state of emergency”": the name of what was issued
  const prev3 = toks[oTok - 3];
  const pw3 = prev3 && d.paraOfTok[oTok - 3] === para ? d.lw(oTok - 3) : '';
  const issued = nw <= 5 && ((ARTICLES.has(pw) && ISSUE_VERBS.has(pw2)) || (ARTICLES.has(pw2) && ISSUE_VERBS.has(pw3) && !!prevTok && prevTok.kind === 'w' && !/^[A-Z]/.test(prevTok.text)));
  const term = naming || issued || TERM_CUES.has(pw) || TERM_CUES.has(pw2) || (pw === 'as' && (pw2 === 'known' || pw2 === 'such')) || (pw === 'of' && nw <= 2 && !(oTok >= 2 && cueAt(d, oTok - 2)));

  const sentenceInitial = oTok === 0 || d.sentOfTok[oTok - 1] !== d.sentOfTok[oTok] || pw === ':' || pw === ';' || pw === '—' || pw === ',';

  const afterIdx = close >= 0 ? d.tokAt(close + closeLen) : -1;
  const after = afterIdx >= 0 ? toks[afterIdx] : undefined;
  const modifier =
    nw <= 2 &&
    !/[,.;:!?]$/.test(content) &&
    !!after &&
    after.kind === 'w' &&
    !/^[A-Z]/.test(after.text) &&
    d.sentOfTok[afterIdx] === d.sentOfTok[oTok] &&
    !FUNCTION_AFTER.has(d.lw(afterIdx)) &&
    ((DETERMINERS.has(pw) && pw !== 'a' && pw !== 'an') || /['’]s$/.test(pw) || prevTok?.kind === 'n' || /^(?:new|old|so-called|latest|first|last|own|same|other|such)$/.test(pw));

  return { before: pw, sentenceInitial, term, titleLike: looksLikeTitle(words, sentenceInitial), modifier };
}

/**
 * A one-word quotation is someone's word only when it is governed like one: after a copula or a
 * reporting verb ("was “distressing”", "called it “unacceptable”"), close after its cue, or
 * followed by its attribution (“Sad,” he said).
 */
export function oneWordGoverned(shape: QuoteShape, word: string, attribution: { kind: string; cueTok: number } | null, oTok: number): boolean {
  const pw = shape.before;
  if (ONE_WORD_GOVERNORS.has(pw) || REPORTING_VERBS.has(pw) || pw === ':') return true;
  if (attribution?.kind === 'after' && /[,.!?]$/.test(word)) return true;
  return attribution?.kind === 'before' && oTok - attribution.cueTok <= 6 && !/^(?:of|to|for|the)$/.test(pw);
}
