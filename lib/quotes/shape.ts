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
  // a term noun that is not one here: the caption of a post ("posted a photo … with the caption “…”"), the
  // words a colon introduces ("with the same words: “…”"), a label someone called something ("called the
  // “rain tax” label “a clever piece of branding”")
  const sent = d.sentOfTok[oTok];
  const before = (set: ReadonlySet<string>, span: number) => {
    for (let k = oTok - 1; k >= 0 && k >= oTok - span && d.sentOfTok[k] === sent; k--) if (set.has(d.lw(k))) return true;
    return false;
  };
  const postCaption = (pw === 'caption' || pw === 'captioned' || pw2 === 'caption') && before(POST_VERBS, 24);
  const colonWords = pw === ':' && (pw2 === 'words' || pw2 === 'message');
  const calledLabel = TERM_CUES.has(pw) && /^(?:label|term|phrase|slogan|word)$/.test(pw) && before(CALLING_VERBS, 8);
  const termCue = !postCaption && ((TERM_CUES.has(pw) && !calledLabel) || (TERM_CUES.has(pw2) && !colonWords));
  // "a system of water rights, often summed up as “…”": a description in the passive, with no one saying it
  const passiveAs = pw === 'as' && passiveParticiple(d, oTok - 2, para) && !agentAfter(d, close, closeLen, sent);
  const term = naming || issued || termCue || passiveAs || (pw === 'as' && (pw2 === 'known' || pw2 === 'such')) || (pw === 'of' && nw <= 2 && !(oTok >= 2 && cueAt(d, oTok - 2)) && !crowdCry(d, oTok));

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

/** Verbs of posting on social media: a caption after them is the poster's words. */
const POST_VERBS: ReadonlySet<string> = new Set(['posted', 'posts', 'shared', 'shares', 'uploaded', 'tweeted', 'published', 'wrote', 'writes']);
const CALLING_VERBS: ReadonlySet<string> = new Set(['called', 'calls', 'call', 'calling', 'dismissed', 'described', 'describes']);
/** Participles that describe something as a phrase ("summed up as", "described as", "known as"). */
const AS_PARTICIPLES: ReadonlySet<string> = new Set(['described', 'characterized', 'characterised', 'summarized', 'summarised', 'termed', 'styled', 'billed', 'hailed', 'touted', 'branded', 'labelled', 'labeled', 'dismissed', 'derided', 'derided', 'seen', 'regarded', 'referred']);
const ADVERBS_BEFORE = /^(?:often|commonly|widely|sometimes|usually|frequently|popularly|generally|also|long|once|neatly|best|roughly|loosely)$/;

/**
 * The participle ending at token k ("summed up", "described", "referred to") is passive or a reduced
 * relative ("rights, often summed up as", "was described as"): no subject says the phrase.
 */
function passiveParticiple(d: Discourse, k: number, para: number | undefined): boolean {
  if (k < 1) return false;
  let j = k;
  if (d.lw(j) === 'up' && d.lw(j - 1) === 'summed') j--;
  else if (d.lw(j) === 'to' && d.lw(j - 1) === 'referred') j--;
  else if (!AS_PARTICIPLES.has(d.lw(j))) return false;
  j--;
  while (j >= 0 && ADVERBS_BEFORE.test(d.lw(j))) j--;
  const t = d.toks[j];
  if (!t || d.paraOfTok[j] !== para) return false;
  return t.text === ',' || /^(?:is|are|was|were|been|be|being)$/.test(d.lw(j));
}

/** "… as “…” by the minister": the agent of a passive after the quotation. */
function agentAfter(d: Discourse, close: number, closeLen: number, sent: number | undefined): boolean {
  if (close < 0) return false;
  const a = d.tokAt(close + closeLen);
  for (let k = a; k < d.toks.length && k < a + 6 && d.sentOfTok[k] === sent; k++) if (d.lw(k) === 'by') return true;
  return false;
}

/** Nouns of a crowd's cries: "cries of “Shame!”", "chants of “…”". */
const CRY_NOUNS: ReadonlySet<string> = new Set(['cries', 'cry', 'chants', 'chant', 'shouts', 'shout', 'calls', 'roars', 'roar', 'jeers', 'chorus', 'choruses', 'yells', 'screams', 'boos', 'shouting', 'chanting', 'singing']);

/**
 * The quotation opening at token oTok is what a crowd cried or chanted ("cries of ‘Shame!’ from the
 * benches", "greeted him with chants of “…”"): words with no single speaker.
 */
export function crowdCry(d: Discourse, oTok: number): boolean {
  const para = d.paraOfTok[Math.min(oTok, d.toks.length - 1)];
  if (oTok < 2 || d.lw(oTok - 1) !== 'of' || d.paraOfTok[oTok - 2] !== para) return false;
  // "cries of", "loud chants of", "repeated cries of"
  return CRY_NOUNS.has(d.lw(oTok - 2)) || (oTok >= 3 && d.paraOfTok[oTok - 3] === para && CRY_NOUNS.has(d.lw(oTok - 3)) && /^(?:of|loud|angry|repeated|rhythmic|sustained)$/.test(d.lw(oTok - 2)));
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
