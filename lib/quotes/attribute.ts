// Who said it. Reads the words of a quote's sentence outside the quotation for a reporting cue and
// its subject, the patterns of English news:
//   “…,” X said / “…,” said X / “…,” X, the Pentagon's top adviser, told a forum
//   X said, “…” / X said the meeting was “…” / X told Y “…” / X: “…” / according to X
//   “…” between factors …, the Fed said (an attribution closing the sentence)
//   …, calling it a “…” / she said, adding that … “…” (participles take the clause's subject)
// then resolves the subject phrase to a person of the story, an organisation, a pronoun's or a
// description's referent, or an unnamed source. Every window is bounded (a few dozen tokens), so
// the cost per quote is constant.
import type { Person } from '../types';
import { isCapitalised, toLower, type Token } from '../text/tokens';
import { DEMONYMS, FUNCTION_WORDS, NATION_ABBREVS, OFFICE_TITLES, ROLE_NOUNS } from '../people/lexicon';
import { Discourse, TIME_NAMES, isPossessiveToken, type Speaker } from './discourse';
import {
  BETWEEN_SUBJECT_AND_VERB, CLAIM_NOUNS, CLAUSE_WORDS, DETERMINERS, LY_NOUNS, MEMBER_NOUNS, NOUN_LIKE_FORMS, ORG_HEADS_LOWER, ORG_WORDS,
  PARTICLE_VERBS, PERSON_ROLE_HEADS, PREPOSITIONS, REPORTING_VERBS, SPOKES_NOUNS, STATEMENT_NOUNS,
  SUBJECT_PRONOUNS, UNNAMED_HEADS,
} from './verbs';

export interface Cue {
  /** The cue as written, lower case ("said", "pointed out", "according to"). */
  text: string;
  lemma: string;
  /** Tokens the cue spans. */
  len: number;
  participle: boolean;
}

export interface Attribution {
  speaker: Speaker;
  /** The reporting word, or null when the speaker comes from context alone. */
  cue: string | null;
  cueTok: number;
  /** after: “…,” X said; before: X said “…”; final: a sentence-closing attribution; colon: X: “…”. */
  kind: 'after' | 'before' | 'final' | 'colon' | 'next';
}

const lower = (t: Token | undefined) => (t ? (t.lo ??= toLower(t.text)) : '');
/** -s forms that are far more often plural nouns ("EU states", "his claims"). */
const STRICT_NOUN_FORMS = new Set(['states', 'calls', 'claims', 'notes', 'reports', 'remarks', 'answers', 'requests', 'demands', 'promises', 'tweets', 'posts', 'signals', 'attacks', 'counters', 'jokes', 'labels', 'brands', 'comments', 'cries', 'thanks', 'stresses', 'hails', 'vows', 'chants']);
const isAcronymLike = (t: Token) => /^[A-Z]{2,}$/.test(t.text);
/** Verbs that take their subject after them ("said Smith", "added the minister"). */
const INVERTIBLE = new Set(['say', 'add', 'ask', 'write', 'continue', 'explain', 'insist', 'recall', 'reply', 'respond', 'note', 'argue', 'warn', 'declare', 'quip', 'shout', 'tell', 'counter', 'retort', 'conclude', 'joke', 'admit', 'acknowledge', 'observe', 'remark', 'state', 'announce', 'tweet', 'post', 'exclaim', 'cry', 'whisper', 'mutter', 'laugh', 'snap']);
/** Verbs that introduce someone's words directly: a quote after them is that subject's. */
const DIRECT_LEMMAS = new Set(['say', 'tell', 'add', 'write', 'tweet', 'ask', 'reply', 'respond', 'shout', 'declare', 'quip', 'joke', 'exclaim', 'testify', 'announce', 'post', 'state', 'insist', 'argue', 'warn', 'explain', 'continue', 'recall', 'according to', 'call', 'describe']);
/** Outer verbs whose complement holds another's judgement ("X said Y concluded …"). */
const SPEECH_OUTER = new Set(['say', 'tell', 'add', 'write', 'argue', 'insist', 'claim', 'testify', 'explain', 'warn', 'note', 'suggest', 'state', 'maintain', 'contend']);
/** -ed words that modify a speaker noun ("a retired general", "elected officials"). */
const PARTICIPLE_ADJECTIVES = new Set(['retired', 'elected', 'unnamed', 'alleged', 'so-called', 'armed', 'concerned', 'detained', 'appointed', 'qualified', 'interested', 'affected', 'united', 'unidentified', 'respected', 'noted', 'renowned', 'celebrated', 'acclaimed', 'embattled', 'disgraced', 'indicted', 'accused', 'veteran', 'seasoned', 'trusted', 'licensed', 'registered', 'married', 'divorced', 'widowed', 'exiled', 'jailed', 'imprisoned', 'injured', 'wounded', 'displaced', 'frustrated', 'outraged', 'worried', 'anonymous', 'assorted', 'combined', 'advanced']);
const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', "'s", '’s', 'get', 'got', 'gets']);
const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'aug',
  'sept', 'oct', 'nov', 'dec', 'earlier', 'later', 'recently', 'ago', 'statement', 'interview', 'tweet', 'post',
  'twitter', 'facebook', 'telegram', 'x', 'instagram', 'email', 'letter', 'speech', 'conference', 'briefing',
  'hearing', 'court', 'podcast', 'radio', 'television', 'tv', 'remarks', 'note', 'filing', 'release',
]);
const TIME_PREPS = new Set(['on', 'in', 'at', 'during', 'via', 'last', 'this', 'late', 'early', 'over', 'through']);
const LEADING_SKIP = new Set(['and', 'but', 'so', 'then', 'also', 'however', 'meanwhile', 'now', 'still', 'even', 'yet', 'instead', 'indeed', 'thus', 'later', 'earlier', 'separately', 'similarly', 'likewise', 'finally', 'first', 'second', 'third', 'moreover', 'furthermore', 'nonetheless', 'nevertheless', 'asked', 'when']);
const SUBORDINATORS = new Set([...PREPOSITIONS, 'when', 'while', 'as', 'if', 'although', 'though', 'because', 'since', 'after', 'before', 'once', 'unless', 'until', 'whether', 'however', 'meanwhile', 'still', 'yet', 'but', 'and', 'so', 'also', 'instead', 'indeed', 'asked', 'speaking', 'last', 'earlier', 'later', 'now', 'today', 'yesterday', 'then', 'there', 'here', 'in', 'for', 'overall', 'separately', 'similarly', 'according']);

function isAdverb(t: Token | undefined): boolean {
  if (!t || t.kind !== 'w' || isCapitalised(t)) return false;
  const w = lower(t);
  return w.length > 4 && w.endsWith('ly') && !LY_NOUNS.has(w);
}

/** A dash between words: — – ― or a spaced or doubled hyphen ("Mr. Dickey -- the chief executive --"). */
function isDash(d: Discourse, k: number): boolean {
  const t = d.toks[k];
  if (!t || t.kind !== 'p') return false;
  if (t.text === '—' || t.text === '–' || t.text === '―') return true;
  if (t.text !== '-') return false;
  const prev = d.toks[k - 1];
  const next = d.toks[k + 1];
  return (!!prev && prev.end < t.start) || (!!next && next.start > t.end) || prev?.text === '-' || next?.text === '-';
}

/** A period that belongs to an abbreviation or an initial ("Sen.", "H.") rather than a sentence. */
function abbrevPeriod(d: Discourse, k: number): boolean {
  const prev = d.toks[k - 1];
  const next = d.toks[k + 1];
  if (next && (next.text === ',' || next.text === ')' || next.text === ';' || (next.kind === 'w' && !isCapitalised(next) && d.sentOfTok[k + 1] === d.sentOfTok[k]))) return true;
  return !!prev && prev.kind === 'w' && prev.end === d.toks[k]!.start && (/^[A-Z][a-z]{0,3}$/.test(prev.text) || /^[A-Z](?:-[A-Z][a-z]{0,3})?$/.test(prev.text));
}

/** Is token k a reporting cue? Only outside quotations. */
export function cueAt(d: Discourse, k: number): Cue | null {
  const t = d.toks[k];
  if (!t || t.kind !== 'w' || d.quoteTok[k] !== 0) return null;
  const w = lower(t);
  if (w === 'according') {
    return d.lw(k + 1) === 'to' ? { text: 'according to', lemma: 'according to', len: 2, participle: false } : null;
  }
  const lemma = REPORTING_VERBS.get(w);
  if (!lemma) return null;
  if (d.mentionOfTok[k]! >= 0) return null; // part of a name
  // "an official who asked not to be named": the anonymity formula describes a source, it reports nothing
  if (d.lw(k + 1) === 'not' && d.lw(k + 2) === 'to' && d.lw(k + 3) === 'be') return null;
  if (isCapitalised(t) && k > 0 && d.sentOfTok[k - 1] === d.sentOfTok[k] && d.toks[k - 1]!.kind === 'w') return null; // "Said" inside a name
  let len = 1;
  const particles = PARTICLE_VERBS.get(w);
  if (particles && particles.length) {
    const p = d.lw(k + 1);
    if (!particles.includes(p)) return null;
    len = 2;
  }
  // a determiner or possessive before it: a noun ("the call", "his claims", "Trump’s tweet")
  let j = k - 1;
  while (j >= 0 && isAdverb(d.toks[j])) j--;
  const prev = d.toks[j];
  const pw = lower(prev);
  if (prev && prev.kind === 'w' && d.sentOfTok[j] === d.sentOfTok[k]) {
    // ("that says" is a relative clause, not "that statement"; "some calling" is a pronoun's verb)
    if ((DETERMINERS.has(pw) && pw !== 'that' && !(w.endsWith('ing') && /^(?:some|many|each|all|both|several|others|few|most)$/.test(pw))) || (isPossessiveToken(prev) && NOUN_LIKE_FORMS.has(w))) return null;
    // ("the report notes", "a document on its website states": a document noun before it makes it a verb)
    if (STRICT_NOUN_FORMS.has(w) && !(SUBJECT_PRONOUNS.has(pw) || STATEMENT_NOUNS.has(pw) || d.mentionOfTok[j]! >= 0 || (d.orgOfTok[j]! >= 0 && !isAcronymLike(prev)) || /^(?:who|which|that)$/.test(pw))) return null;
    // ("a statement warning that …", "the report states …": a participle or -s form after a statement noun reports it)
    if (NOUN_LIKE_FORMS.has(w) && !(isCapitalised(prev) || (STATEMENT_NOUNS.has(pw) && (participleForm(w) || w.endsWith('s'))) || SUBJECT_PRONOUNS.has(pw) || d.mentionOfTok[j]! >= 0 || /^(?:who|which|that|also|and|then|official|officials|spokesman|spokeswoman|spokesperson)$/.test(pw) || isAdverb(d.toks[k - 1]))) return null;
    // passive: "is accused of", "was told", "has been described as" (but "was quoted as saying" reaches "saying")
    if (BE.has(pw) && !w.endsWith('ing')) return null;
    // an infinitive ("to respond to …") reports nothing by itself
    if (pw === 'to' && w === lemma) return null;
  }
  const participle = w.endsWith('ing');
  const text = len === 2 ? `${w} ${d.lw(k + 1)}` : w;
  return { text, lemma, len, participle };
}

/**
 * Nouns for a kind of body ("the club", "the lender", "the regulator"): in an attribution they stand for
 * the body of that kind the story has just named, whose name need not contain the noun.
 */
const BODY_KIND_HEADS = new Set([
  'agency', 'group', 'organization', 'organisation', 'club', 'team', 'side', 'firm', 'company', 'airline', 'carrier',
  'manufacturer', 'maker', 'carmaker', 'automaker', 'retailer', 'insurer', 'lender', 'operator', 'regulator',
  'watchdog', 'broadcaster', 'network', 'newspaper', 'publisher', 'studio', 'label', 'charity', 'nonprofit',
  'developer', 'supplier', 'producer', 'chain', 'startup', 'utility', 'giant', 'conglomerate', 'miner', 'brewer',
]);

/**
 * The body that "the <kind>" refers to: one whose name has that word, else the company the story
 * presents as one (for company nouns), else the organisation named last in this sentence or the one
 * before, else the organisation the sentence before is about ("Tesla cut prices. “…,” the carmaker said").
 */
function bodyByKind(d: Discourse, a: number, hw: string): string | null {
  const named = d.resolveOrgHead(a, hw);
  if (named) return named.name;
  const near = d.resolveNearbyOrg(a);
  if (near) return near.name;
  const si = d.sentOfTok[a]!;
  const prev = d.sents[si - 1];
  if (!prev || prev.para < d.sents[si]!.para - 1) return null;
  let quoted = false;
  for (let k = prev.a; k < prev.b && !quoted; k++) if (d.quoteTok[k] !== 0) quoted = true;
  if (quoted) return null;
  const subj = sentenceSubject(d, prev.a, prev.b);
  return subj && namedBody(d, subj) ? subj.name : null;
}

/**
 * The subject of a sentence names an organisation. A single capitalised word opening the sentence is
 * a name only if the story capitalises it elsewhere too ("Tesla"), not a common noun ("Prices rose …").
 */
function namedBody(d: Discourse, subj: Speaker): boolean {
  if (subj.kind !== 'organization' || subj.via !== 'org' || !subj.name) return false;
  return /\s/.test(subj.name) || /^[A-Z]{2,}$/.test(subj.name) || capitalisedMidSentence(d, subj.name);
}

/** The word occurs capitalised somewhere in the story other than at a sentence start. */
function capitalisedMidSentence(d: Discourse, word: string): boolean {
  const text = d.text;
  for (let i = text.indexOf(word), n = 0; i >= 0 && n < 50; i = text.indexOf(word, i + 1), n++) {
    let k = i - 1;
    while (k >= 0 && (text[k] === ' ' || text[k] === '\u00a0')) k--;
    if (k >= 0 && /[\p{L}\p{N},;]/u.test(text[k]!) && !/[\p{L}\p{N}]/u.test(text[i + word.length] ?? '')) return true;
  }
  return false;
}
const participleForm = (w: string) => w.length > 5 && w.endsWith('ing');

export function personSpeaker(p: Person, via: Speaker['via'] = 'name'): Speaker {
  return { name: p.name, kind: 'person', person: p, description: null, plural: false, via };
}
/**
 * p found by the description at [a, b) with head noun `head` ("the Conservative MP said"); where the
 * description plainly refers back to p (Discourse.soleReferent), it is a role the story gives p.
 */
function roleSpeaker(d: Discourse, p: Person, a: number, b: number, head: string, desc: string): Speaker {
  const s = personSpeaker(p, 'role');
  if (d.soleReferent(a, b, head) === p) s.roleText = desc;
  return s;
}
function orgSpeaker(name: string, description: string | null, groupHead?: string): Speaker {
  return { name, kind: 'organization', person: null, description, plural: true, via: 'org', groupHead };
}
function unnamed(description: string, plural: boolean, groupHead?: string): Speaker {
  return { name: null, kind: null, person: null, description, plural, via: 'unnamed', groupHead };
}

function phrase(d: Discourse, a: number, b: number): string {
  return d.text.slice(d.toks[a]!.start, d.toks[b - 1]!.end);
}

function stripThe(s: string): string {
  return s.replace(/^(?:the|The|THE)\s+/, '').replace(/['’]s$/, '').replace(/['’]$/, '');
}

/** Skips, leftwards from j, the words that stand between a subject and its verb. */
function skipBetween(d: Discourse, j: number, lo: number): number {
  for (let guard = 0; guard < 12 && j >= lo; guard++) {
    const t = d.toks[j]!;
    const w = lower(t);
    if (t.kind === 'w' && !isCapitalised(t) && (BETWEEN_SUBJECT_AND_VERB.has(w) || isAdverb(t))) {
      j--;
      continue;
    }
    if (w === "n't" || w === 'n’t' || w === 'not') {
      j--;
      continue;
    }
    // "on Sunday", "in a statement", "on Twitter", "last week", "in London on July 10"
    if ((t.kind === 'w' || t.kind === 'n') && (TIME_WORDS.has(w) || t.kind === 'n')) {
      let k = j - 1;
      while (k >= lo && j - k <= 4 && !TIME_PREPS.has(d.lw(k)) && d.toks[k]!.kind !== 'p') k--;
      if (k >= lo && TIME_PREPS.has(d.lw(k))) {
        j = k - 1;
        continue;
      }
    }
    break;
  }
  return j;
}

/**
 * The end of a name set off after a comma ("…, Rep. Teresa Lindgren (R-Pa.), whose …"): the token
 * before its closing comma or period, or before a parenthesised tag. Abbreviation periods go on.
 */
function appositiveEnd(d: Discourse, a: number, hi: number): number {
  let f = a;
  while (f < hi && f - a < 12 && d.quoteTok[f] === 0) {
    const x = d.toks[f]!.text;
    if (x === '(') break;
    if (x === ',' || x === ';' || (x === '.' && !abbrevPeriod(d, f))) break;
    f++;
  }
  return f;
}

/** A segment that is exactly a name (after optional title words): an appositive name. */
function appositiveName(d: Discourse, a: number, b: number): Person | null {
  if (b <= a || b - a > 9) return null;
  const mi = d.mentionOfTok[b - 1]!;
  if (mi < 0) return null;
  const m = d.mentions[mi]!;
  if (m.b !== b || m.possessive || m.a < a) return null;
  for (let k = a; k < m.a; k++) {
    const w = d.lw(k);
    if (CLAUSE_WORDS.has(w) || REPORTING_VERBS.has(w) || PREPOSITIONS.has(w) || d.quoteTok[k] !== 0) return null;
  }
  return m.person;
}

/** Resolves a pronoun subject at token k. */
function resolvePronoun(d: Discourse, w: string, k: number, desc: string): Speaker {
  if (w === 'he' || w === 'she') {
    // "Asked whether …, when X declared …, the mayor paused. “…,” he said": the post that is the subject
    // of the sentence before, not a name inside its subordinate clause
    // (the sentence before the quotation, which may run over several sentences)
    let si = d.sentOfTok[k]!;
    const sent = d.sents[si]!;
    let opens = true;
    for (let j = sent.a; j < k && opens; j++) if (d.quoteTok[j] === 0 && d.toks[j]!.kind === 'w') opens = false;
    for (let steps = 0; opens && steps < 6 && si > 0 && d.quoteTok[d.sents[si]!.a + 1] !== 0; steps++) si--;
    const prevSent = si < d.sentOfTok[k]! ? d.sents[si] : d.sents[si - 1];
    // (not when the sentence sets a name in apposition: "The minister, Mr. X, argues …")
    let apposed = false;
    if (opens && prevSent) {
      for (let j = prevSent.a; j < prevSent.b && j - prevSent.a < 120 && !apposed; j++) {
        const mi = d.mentionOfTok[j]!;
        if (mi < 0 || d.mentions[mi]!.a !== j || d.toks[d.mentions[mi]!.b]?.text !== ',') continue;
        for (let q = j - 1; q >= prevSent.a && q >= j - 3; q--) if (d.toks[q]!.text === ',') apposed = true;
      }
    }
    if (opens && !apposed && prevSent && prevSent.para >= sent.para - 1 && d.quoteTok[prevSent.a + 1] === 0) {
      const subj = sentenceSubject(d, prevSent.a, prevSent.b);
      if (subj && subj.person && subj.via === 'role') {
        const g = d.genderOf(subj.person);
        if (!g || g === (w === 'he' ? 'm' : 'f')) return personSpeaker(subj.person, 'pronoun');
      }
    }
    const p = d.resolvePersonPronoun(k, w === 'he' ? 'm' : 'f');
    return p ? personSpeaker(p, 'pronoun') : unnamed(desc, false);
  }
  if (w === 'they' || w === 'it') {
    const s = d.resolveGroupPronoun(k, w === 'they');
    if (s) return { ...s, via: 'pronoun' };
    const one = w === 'they' ? d.resolveSingularThey(k) : null;
    if (one) return personSpeaker(one, 'pronoun');
    // "The Security Council … pledged … to what it called": the organisation the sentence is about
    const si = d.sentOfTok[k]!;
    const sent = d.sents[si]!;
    const prevSent = d.sents[si - 1];
    const prevOk = !!prevSent && prevSent.para >= sent.para - 1;
    // (a sentence that opens with the quotation has no subject of its own before the pronoun)
    const own = k > sent.a + 1 ? sentenceSubject(d, sent.a, k) : null;
    if (own && own.name && own.kind === 'organization') return { ...own, via: 'pronoun' };
    const before = !own && prevOk && (k <= sent.a + 1 || d.quoteTok[sent.a + 1] !== 0) ? sentenceSubject(d, prevSent.a, prevSent.b) : null;
    if (before && namedBody(d, before)) return { ...before, via: 'pronoun' };
    return unnamed(desc, w === 'they');
  }
  return unnamed(desc, w === 'we');
}

/** The capitalised run ending at token e (inclusive), with connectors of names ("Bureau of Fisheries"). */
function capRunStart(d: Discourse, e: number, lo: number): number {
  let s = e;
  while (s - 1 >= lo) {
    const u = d.toks[s - 1]!;
    if (isCapitalised(u) && d.quoteTok[s - 1] === 0 && !(isPossessiveToken(u) && s - 1 !== e)) {
      s--;
      continue;
    }
    if (isCapitalised(u) && isPossessiveToken(u)) {
      s--; // "Russia’s Defense Ministry": the possessive modifier belongs to the name
      continue;
    }
    // connectors inside a name: "Bureau of Fisheries and Aquatic Resources", "Committee on the …"
    let c = s - 1;
    while (c >= lo && s - c <= 2 && /^(?:of|for|on|and|the|&|de|du)$/.test(d.lw(c))) c--;
    if (c < s - 1 && c >= lo && isCapitalised(d.toks[c]) && d.quoteTok[c] === 0) {
      s = c + 1;
      continue;
    }
    if (u.text === '.' && abbrevPeriod(d, s - 1)) {
      s--;
      continue;
    }
    // "Workers’ Union": a plural possessive inside the name
    if ((u.text === '’' || u.text === "'") && s - 2 >= lo && isCapitalised(d.toks[s - 2]) && /s$/.test(d.toks[s - 2]!.text) && d.toks[s - 2]!.end === u.start) {
      s -= 2;
      continue;
    }
    break;
  }
  while (s < e && !isCapitalised(d.toks[s])) s++;
  return s;
}

/**
 * Interprets the subject phrase tokens [a, b) as a speaker: a person mentioned there, a pronoun,
 * an organisation, a description to resolve ("the ministry", "the president"), or an unnamed source.
 */
export function interpret(d: Discourse, a: number, b: number): Speaker | null {
  const toks = d.toks;
  // callers walk token windows at paragraph and story edges: keep the phrase inside the tokens
  a = Math.max(0, a);
  b = Math.min(b, toks.length);
  while (a < b && (toks[a]!.kind === 'p' || LEADING_SKIP.has(d.lw(a)) || d.quoteTok[a] !== 0)) a++;
  while (b > a && ((toks[b - 1]!.kind === 'p' && !(toks[b - 1]!.text === '.' && abbrevPeriod(d, b - 1))) || BETWEEN_SUBJECT_AND_VERB.has(d.lw(b - 1)) || isAdverb(toks[b - 1]))) b--;
  if (a >= b || b - a > 30) return null;
  const author = documentAuthor(d, a, b);
  if (author) return author;
  // "a deal | the country’s deputy minister described as …": the subject of a relative clause without "that"
  for (let k = b - 2; k > a; k--) {
    const w = d.lw(k);
    if ((w === 'the' || w === 'his' || w === 'her' || w === 'their' || w === 'its') && toks[k - 1]!.kind === 'w' && !isCapitalised(toks[k - 1]) && d.quoteTok[k - 1] === 0) {
      const pw = d.lw(k - 1);
      if (!PREPOSITIONS.has(pw) && !DETERMINERS.has(pw) && !BE.has(pw) && !/^(?:and|or|but|that|which|who|of|to)$/.test(pw) && !REPORTING_VERBS.has(pw) && !isAdverb(toks[k - 1])) {
        a = k;
        break;
      }
    }
  }

  // 1. a person mentioned in the phrase, as its head: not after a preposition, not a possessive, not
  // a modifier of a noun ("the Obama administration"); the last one ("Palestinian chief negotiator
  // Saeb Erekat") unless a conjunction joins them ("Gallagher and his colleagues")
  let best: Person | null = null;
  for (let k = a; k < b; k++) {
    const mi = d.mentionOfTok[k]!;
    if (mi < 0 || d.quoteTok[k] !== 0) continue;
    const m = d.mentions[mi]!;
    k = m.b - 1;
    if (m.possessive || m.a < a) continue;
    // the word before the mention (and its title chain) within the phrase
    let j = m.a - 1;
    // ("Secretary of State Mike Pompeo": an "of" inside a capitalised title is part of the chain)
    const titleOf = (k: number) => (d.lw(k) === 'of' || d.lw(k) === 'for') && k > a && isCapitalised(toks[k - 1]) && isCapitalised(toks[k + 1]);
    while (j >= a && (isCapitalised(toks[j]) || d.lw(j) === 'the' || (toks[j]!.text === '.' && abbrevPeriod(d, j)) || titleOf(j)) && (!PREPOSITIONS.has(d.lw(j)) || titleOf(j))) j--;
    if (j >= a && PREPOSITIONS.has(d.lw(j))) break; // the rest of the phrase is a complement
    // a name followed by a common noun modifies it ("the Israeli election results", "the Obama
    // administration")
    const next = toks[m.b];
    if (m.b < preEndOf(d, a, b) && next && next.kind === 'w' && !isCapitalised(next) && !/^(?:and|or)$/.test(d.lw(m.b)) && !PREPOSITIONS.has(d.lw(m.b))) continue;
    if (best && j >= a && d.lw(j) === 'and') break;
    best = m.person;
  }
  if (best) return personSpeaker(best);

  // 2. strip a leading prepositional phrase ("In a statement the Chinese Embassy")
  if (PREPOSITIONS.has(d.lw(a)) && b - a > 1) {
    let k = a + 1;
    while (k < b && (DETERMINERS.has(d.lw(k)) || (toks[k]!.kind === 'w' && !isCapitalised(toks[k])))) k++;
    // k: the first capitalised token after the object's words
    if (k >= b) return null;
    // an object with a capitalised head ("In London the ministry") — skip the capitalised run too
    const w = d.lw(k - 1);
    if (DETERMINERS.has(w) || k === a + 1) {
      while (k < b && isCapitalised(toks[k])) k++;
    }
    while (k < b && toks[k]!.kind === 'p') k++;
    if (k >= b) return null;
    return interpret(d, k, b);
  }

  const words: number[] = [];
  for (let k = a; k < b; k++) if (toks[k]!.kind !== 'p' && d.quoteTok[k] === 0) words.push(k);
  if (!words.length) return null;
  const first = d.lw(words[0]!);
  // "the 45-year-old": the person the story gave that age
  if (first === 'the' && b - a <= 6) {
    const m = /^the\s+(\d{1,3})-year-old$/i.exec(phrase(d, a, b));
    if (m) {
      const p = d.resolveAge(a, m[1]!);
      if (p) return personSpeaker(p, 'role');
    }
  }
  if (words.length === 1 && SUBJECT_PRONOUNS.has(first)) return resolvePronoun(d, first, words[0]!, toks[words[0]!]!.text);
  if (words.length === 1 && /^(?:some|others|many|several|few|most|all|both|each|someone|somebody|everyone|nobody)$/.test(first)) return unnamed(toks[words[0]!]!.text, first !== 'someone' && first !== 'somebody');

  // the head: the last word before a preposition that does not continue a capitalised name
  const preEnd = preEndOf(d, a, b);
  let h = preEnd - 1;
  while (h > a && toks[h]!.kind === 'p') h--;
  // a postmodifier after the head: "two people familiar with the matter", "officials close to …"
  if (!isCapitalised(toks[h]) && !isSpeakerNoun(d.lw(h))) {
    for (let k = h - 1; k > a && k >= h - 2; k--) {
      if (toks[k]!.kind === 'w' && !isCapitalised(toks[k]) && isSpeakerNoun(d.lw(k))) {
        h = k;
        break;
      }
    }
  }
  const head = toks[h]!;
  const hw = lower(head).replace(/['’]s$/, '');
  const desc = phrase(d, a, b);
  const definite = first === 'the' || first === 'this' || first === 'that';
  const complement = preEnd < b ? { prep: d.lw(preEnd), a: preEnd + 1, b } : null;
  const complementOrg = (): Speaker | null => {
    if (!complement || !/^(?:of|for|at|from|on|in|with|to|by)$/.test(complement.prep)) return null;
    const s = interpret(d, complement.a, complement.b);
    return s && s.kind === 'organization' ? s : null;
  };
  // capitalised modifiers before the head ("A brief Pentagon statement", "Russia’s foreign ministry")
  const caps: number[] = [];
  for (let k = a; k < h; k++) if (isCapitalised(toks[k]) && d.quoteTok[k] === 0 && !(k === a && definite) && !DETERMINERS.has(d.lw(k))) caps.push(k);
  const capsName = caps.length ? stripThe(phrase(d, caps[0]!, caps[caps.length - 1]! + 1)) : null;
  const lowerMods: string[] = [];
  for (let k = a; k < h; k++) if (toks[k]!.kind === 'w' && !isCapitalised(toks[k])) lowerMods.push(d.lw(k));

  // "Critics called …": a common noun capitalised only because it opens the sentence
  const opensSentence = h === words[0] && (h === 0 || d.sentOfTok[h - 1] !== d.sentOfTok[h] || toks[h - 1]!.kind === 'p');
  if (!isCapitalised(head) || (opensSentence && d.mentionOfTok[h]! < 0 && d.orgOfTok[h]! < 0 && (UNNAMED_HEADS.has(hw) || MEMBER_NOUNS.has(hw)))) {
    if (STATEMENT_NOUNS.has(hw)) {
      if (capsName) {
        const o = d.orgOfTok[caps[0]!]!;
        if (d.mentionOfTok[caps[caps.length - 1]!]! >= 0) return personSpeaker(d.mentions[d.mentionOfTok[caps[caps.length - 1]!]!]!.person);
        return orgSpeaker(o >= 0 ? d.orgs[o]!.name : capsName, desc);
      }
      const orgMod = lowerMods.find((w) => ORG_HEADS_LOWER.has(w));
      if (orgMod) {
        const o = d.resolveOrgHead(a, orgMod);
        if (o) return orgSpeaker(o.name, desc);
      }
      const c = complement && /^(?:from|of|by)$/.test(complement.prep) ? interpret(d, complement.a, complement.b) : null;
      if (c && c.name) return c;
      // "the review found …" where the story names the review's author
      if (!lowerMods.some((w) => /^(?:separate|another|other|second|earlier|previous|new|different|internal|federal|state|police|court)$/.test(w))) {
        const au = d.documentAuthor(hw);
        if (au) return personSpeaker(au, 'context');
      }
      if (definite) {
        const au = d.resolveDocumentAuthor(a);
        if (au) return { ...au, via: 'context' };
      }
      return unnamed(desc, false);
    }
    if (SPOKES_NOUNS.has(hw)) {
      if (capsName) {
        const o = d.orgOfTok[caps[0]!]!;
        return orgSpeaker(o >= 0 ? d.orgs[o]!.name : capsName, desc);
      }
      const co = complementOrg();
      if (co) return { ...co, description: desc };
      const orgMod = lowerMods.find((w) => ORG_HEADS_LOWER.has(w) || w === 'bureau');
      if (orgMod) {
        const o = d.resolveOrgHead(a, orgMod);
        if (o) return orgSpeaker(o.name, desc);
        const au = d.resolveGroupPronoun(a, false);
        if (au) return { ...au, description: desc, via: 'context' };
      }
      return unnamed(desc, false);
    }
    // "the Spanish club said": a nationality is no name; the club is one the story named
    const demonymOnly = caps.length > 0 && caps.every((k) => DEMONYMS.has(d.lw(k)));
    if (demonymOnly && definite && BODY_KIND_HEADS.has(hw) && words.length <= 4) {
      const o = bodyByKind(d, a, hw);
      return o ? orgSpeaker(o, desc) : unnamed(desc, false, hw);
    }
    if (ORG_HEADS_LOWER.has(hw)) {
      if (capsName) {
        const name = stripThe(phrase(d, caps[0]!, h + 1));
        return orgSpeaker(name, desc);
      }
      if (definite) {
        const o = d.resolveOrgHead(a, hw);
        if (o) return orgSpeaker(o.name, desc);
        if (hw === 'firm' || hw === 'company') {
          const c = d.resolveCompany(a);
          if (c) return orgSpeaker(c, desc);
        }
        if (BODY_KIND_HEADS.has(hw) && words.length <= 3) {
          const o = bodyByKind(d, a, hw);
          if (o) return orgSpeaker(o, desc);
        }
      }
      return unnamed(desc, true, hw);
    }
    // "the Kestrel Festival’s organizers said", "Harborlight’s organisers": the event or body itself
    if ((hw === 'organizers' || hw === 'organisers') && caps.length && isPossessiveToken(toks[caps[caps.length - 1]!])) {
      const own = capsName!.replace(/['’]s$/, '');
      const o = d.orgs.find((x) => x.name === own || x.name.startsWith(`${own} `));
      return orgSpeaker(o ? o.name.replace(/\s+(?:in|at)\s.*$/, '') : own, desc);
    }
    if (MEMBER_NOUNS.has(hw)) {
      const co = complementOrg();
      if (co) return { ...co, description: desc, groupHead: hw };
      if (definite || first === hw) {
        const g = d.resolveGroup(a, hw);
        if (g) return { ...g, description: desc, via: 'context' };
      }
    }
    // "Her husband added": the relative of the person the pronoun stands for
    if (KIN.has(hw) && (first === 'his' || first === 'her' || first === 'their') && words.length <= 3) {
      const owner = first === 'their' ? null : d.resolvePersonPronoun(a, first === 'his' ? 'm' : 'f');
      const kin = owner ? relativeOf(d, owner, hw) : null;
      if (kin) return personSpeaker(kin, 'role');
    }
    if (PERSON_ROLE_HEADS.has(hw) && (definite || caps.some((k) => isPossessiveToken(toks[k])))) {
      const r = d.resolveRole(a, hw);
      // "Trump’s lawyer said": never the possessor himself
      const owner = caps.find((k) => isPossessiveToken(toks[k]) && d.mentionOfTok[k]! >= 0);
      if (r && owner !== undefined && d.mentions[d.mentionOfTok[owner]!]!.person === r.person) return unnamed(desc, false);
      if (r) return roleSpeaker(d, r.person, a, b, hw, desc);
    }
    if (UNNAMED_HEADS.has(hw) || PERSON_ROLE_HEADS.has(hw) || MEMBER_NOUNS.has(hw)) return unnamed(desc, hw.endsWith('s') || hw === 'people' || hw === 'police', hw);
    if (definite && BODY_KIND_HEADS.has(hw) && words.length <= 3) {
      const o = bodyByKind(d, a, hw);
      if (o) return orgSpeaker(o, desc);
    }
    // "His surrogates", "the crowd": a short noun phrase with a determiner
    if (words.length <= 4 && /^(?:the|his|her|their|its|our|some|many|several|other|a|an)$/.test(first) && words.length >= 2 && !isAdverb(head) && !BETWEEN_SUBJECT_AND_VERB.has(hw) && !SUBJECT_PRONOUNS.has(hw) && head.kind === 'w') return unnamed(desc, hw.endsWith('s'), hw);
    return null;
  }

  // a capitalised head: a name of an organisation, a place standing for its government, or a title
  const s = capRunStart(d, h, a);
  let e = h;
  // a name that continues past a connector ("United Nations High Commissioner for Human Rights")
  if (complement && isCapitalised(toks[complement.a]) && !TIME_NAMES.has(d.lw(complement.a)) && /^(?:of|for|on)$/.test(complement.prep)) {
    e = complement.a;
    while (e + 1 < b && ((isCapitalised(toks[e + 1]) && !TIME_NAMES.has(d.lw(e + 1))) || (/^(?:of|for|on|and|the)$/.test(d.lw(e + 1)) && isCapitalised(toks[e + 2]) && !TIME_NAMES.has(d.lw(e + 2))))) e++;
  }
  const runWords: string[] = [];
  for (let k = s; k <= e; k++) if (toks[k]!.kind === 'w') runWords.push(d.lw(k).replace(/['’]s$/, ''));
  if (!runWords.length || runWords.every((w) => FUNCTION_WORDS.has(w))) return null;
  if (capsHeading(d, s, e)) return null;
  // "the US President", "the French President": a post, with its country, held by someone the story names
  const nationWord = (w: string) => DEMONYMS.has(w) || NATION_ABBREVS.has(w);
  if (!runWords.some((w) => ORG_WORDS.has(w)) && runWords.some((w) => OFFICE_TITLES.has(w)) && runWords.every((w) => OFFICE_TITLES.has(w) || w === 'lady' || w === 'the' || w === 'of' || nationWord(w))) {
    const r = d.resolveRole(a, runWords[runWords.length - 1]!);
    return r ? roleSpeaker(d, r.person, a, b, runWords[runWords.length - 1]!, desc) : unnamed(desc, false);
  }
  // "the California Republican said": a party member the story has just named
  if (definite && PARTY_MEMBERS.has(runWords[runWords.length - 1]!) && runWords.length <= 3) {
    const p = d.nearestPersonBefore(a);
    return p ? roleSpeaker(d, p, a, b, runWords[runWords.length - 1]!, desc) : unnamed(desc, false);
  }
  const o = d.orgOfTok[h]!;
  if (o >= 0 && d.orgs[o]!.a >= a && d.orgs[o]!.a <= s) return orgSpeaker(d.orgs[o]!.name, desc);
  const name = stripThe(phrase(d, s, e + 1));
  // "Countries accounting for a third …": a plural common noun capitalised only because it opens the
  // sentence (the story never capitalises it elsewhere) is no organisation
  // ("Demonstrators said they want …": alone before the verb it is an unnamed group)
  if (s === e && !definite && /^\p{Lu}\p{Ll}+s$/u.test(name) && (s === 0 || d.sentOfTok[s - 1] !== d.sentOfTok[s]) && !capitalisedMidSentence(d, name)) return words.length === 1 ? unnamed(desc, true) : null;
  if (/^(?:I|We|You|It|They|He|She|This|That|These|Those|There|Here|What|Some|Many|Most|All|Others|Both|Each|One)$/.test(name)) return null;
  // a surname people detection knows under a fuller name
  if (runWords.length <= 3) {
    const p = d.people.resolveName(name, toks[s]!.start);
    if (p && p.name.split(/\s+/).pop()!.toLowerCase() === runWords[runWords.length - 1]) return personSpeaker(p);
  }
  return orgSpeaker(name, desc);
}

/**
 * "CONGRESS HAS INVESTIGATED HIM — …": a run-in heading in capitals, not a name. Two or more words
 * in capitals, one of them a verb or pronoun-like function word ("HAS", "HIM"), unlike "UNITED NATIONS"
 * or "BANK OF ENGLAND".
 */
function capsHeading(d: Discourse, s: number, e: number): boolean {
  let caps = 0;
  let fn = false;
  for (let k = s; k <= e; k++) {
    const t = d.toks[k]!;
    if (t.kind !== 'w' || t.text.length < 2 || t.text !== t.text.toUpperCase()) continue;
    caps++;
    const w = d.lw(k);
    if (FUNCTION_WORDS.has(w) && !/^(?:of|and|the|for|on|in|at|to|de|la|le)$/.test(w)) fn = true;
  }
  return caps >= 2 && fn;
}

/**
 * "KABUL, Afghanistan (AP) -- …": a dateline opening the paragraph (a place in capitals, then a dash
 * within a few words) is not the sentence's subject; the sentence starts after the dash.
 */
function skipDateline(d: Discourse, a: number, limit: number): number {
  const t = d.toks[a];
  if (!t || t.kind !== 'w' || t.text.length < 3 || t.text !== t.text.toUpperCase() || d.paras[d.paraOfTok[a]!]?.a !== a) return a;
  for (let k = a + 1; k < limit && k < a + 10; k++) if (isDash(d, k)) return k + 1;
  return a;
}

/** Party members used as a reference to a politician ("the California Republican", "the Labour MP" aside). */
const PARTY_MEMBERS = new Set(['republican', 'democrat', 'conservative', 'tory', 'socialist', 'liberal', 'libertarian', 'communist']);

/** Kinship nouns ("her husband", "his daughter"). */
const KIN = new Set(['husband', 'wife', 'partner', 'spouse', 'son', 'daughter', 'brother', 'sister', 'mother', 'father', 'widow', 'widower']);
const KIN_GENDER: Record<string, 'm' | 'f'> = { husband: 'm', wife: 'f', son: 'm', daughter: 'f', brother: 'm', sister: 'f', mother: 'f', father: 'm', widow: 'f', widower: 'm' };

/**
 * The person who is `owner`'s relative by `noun`: one the story describes by that noun ("his wife,
 * Jane Doe"), else, for a spouse or sibling, the one other person of the same family name whose
 * gender fits ("Sarah and Tom Whitlock … Her husband").
 */
function relativeOf(d: Discourse, owner: Person, noun: string): Person | null {
  let cache = relatives.get(d);
  if (!cache) relatives.set(d, (cache = new Map()));
  const key = `${owner.key} ${noun}`;
  if (cache.has(key)) return cache.get(key)!;
  const family = owner.name.split(/\s+/).pop()!.toLowerCase();
  const want = KIN_GENDER[noun] ?? null;
  let found: Person | null = null;
  let described: Person | null = null;
  for (const p of d.people.people) {
    if (p === owner) continue;
    const role = (p.roleInText ?? '').toLowerCase();
    if (role.length < 40 && (role === noun || role.endsWith(` ${noun}`))) {
      described = p;
      break;
    }
    const parts = p.name.split(/\s+/);
    if (parts.length < 2 || parts[parts.length - 1]!.toLowerCase() !== family) continue;
    const g = d.genderOf(p);
    if (want && g && g !== want) continue;
    found = found ? owner : p; // two candidates: unknown
  }
  const r = described ?? (found === owner ? null : found);
  cache.set(key, r);
  return r;
}
const relatives = new WeakMap<Discourse, Map<string, Person | null>>();

/** End of the part of a phrase before its first preposition outside a capitalised name. */
function preEndOf(d: Discourse, a: number, b: number): number {
  const toks = d.toks;
  for (let k = a + 1; k < b; k++) {
    if (toks[k]!.kind !== 'w' || !PREPOSITIONS.has(d.lw(k))) continue;
    const inName = isCapitalised(toks[k - 1]) && ((isCapitalised(toks[k + 1]) && !TIME_NAMES.has(d.lw(k + 1))) || (d.lw(k + 1) === 'the' && isCapitalised(toks[k + 2])));
    if (!inName) return k;
  }
  return b;
}

/** The noun phrase ending at token j (walking left to a boundary), interpreted. */
function npEndingAt(d: Discourse, j: number, lo: number): Speaker | null {
  const toks = d.toks;
  if (SUBJECT_PRONOUNS.has(d.lw(j)) && d.mentionOfTok[j]! < 0) return interpret(d, j, j + 1);
  // a named organisation that runs through a comma ("Department for Environment, Food and Rural Affairs")
  const oj = d.orgOfTok[j]!;
  if (oj >= 0 && d.orgs[oj]!.b === j + 1 && d.orgs[oj]!.a >= lo && d.mentionOfTok[j]! < 0) {
    const oa = d.orgs[oj]!.a;
    for (let k = oa; k <= j; k++) {
      if (toks[k]!.text === ',') return orgSpeaker(d.orgs[oj]!.name, null);
    }
  }
  let a = j;
  while (a - 1 >= lo && j - a < 26) {
    const u = toks[a - 1]!;
    if (d.quoteTok[a - 1] !== 0) break;
    if (u.kind === 'p') {
      if ((u.text === '.' && abbrevPeriod(d, a - 1)) || u.text === '-' || u.text === '&' || u.text === '’' || u.text === "'") {
        a--;
        continue;
      }
      break;
    }
    const w = lower(u);
    if (w === 'and' && (isCapitalised(toks[a - 2]) || d.mentionOfTok[a - 2]! >= 0)) {
      a--;
      continue;
    }
    if (CLAUSE_WORDS.has(w) || w === 'and') break;
    if (!isCapitalised(u) && (REPORTING_VERBS.has(w) || BE.has(w) || w === 'has' || w === 'have' || w === 'had' || (w.length > 4 && w.endsWith('ed') && !isSpeakerNoun(w) && !PARTICIPLE_ADJECTIVES.has(w)))) break;
    a--;
  }
  return interpret(d, a, j + 1);
}

/** The antecedent of a relative pronoun at token k ("Likud party, which tried …"). */
function relativeAntecedent(d: Discourse, k: number, lo: number): Speaker | null {
  let j = k - 1;
  if (j >= lo && d.toks[j]!.text === ',') j--;
  if (j < lo) return null;
  // "Randy X, a candidate for county commissioner, who wrote": the name a description is in apposition to
  const owner = appositiveOwner(d, j, lo);
  if (owner) return personSpeaker(owner);
  // "they turned to the Chicago Police Department which reported": the noun phrase right before,
  // from its determiner, even when a preposition governs it
  let a = j;
  while (a - 1 >= lo && j - a < 12 && d.quoteTok[a - 1] === 0 && !DETERMINERS.has(d.lw(a)) && !PREPOSITIONS.has(d.lw(a - 1)) && d.toks[a - 1]!.kind !== 'p' && !CLAUSE_WORDS.has(d.lw(a - 1)) && !REPORTING_VERBS.has(d.lw(a - 1))) a--;
  if (a - 1 >= lo && PREPOSITIONS.has(d.lw(a - 1)) && d.lw(a - 1) !== 'of') return interpret(d, a, j + 1);
  const s = npEndingAt(d, j, lo);
  // "Harold Beckwith, a retired alderman, who called": the description is in apposition to a name
  if ((!s || !s.name) && DETERMINERS.has(d.lw(a)) && a - 2 >= lo && d.toks[a - 1]!.text === ',') {
    let e = a - 2;
    while (e > lo && d.toks[e]!.text === ')') {
      let p = e - 1;
      while (p > lo && e - p < 10 && d.toks[p]!.text !== '(') p--;
      e = p - 1;
    }
    const mi = d.mentionOfTok[e] ?? -1;
    if (mi >= 0 && !d.mentions[mi]!.possessive && d.mentions[mi]!.b === e + 1) return personSpeaker(d.mentions[mi]!.person);
  }
  return s;
}

/** Prepositions that carry an opening clause on past a name in apposition (", Vernon X, about the fee,"). */
const APPOSITION_GOES_ON = new Set(['about', 'to', 'in', 'on', 'with', 'for', 'at', 'from', 'over', 'regarding', 'concerning']);

/** Participles that make the noun before them a document with an author ("a report written by X"). */
const AUTHORED = new Set(['written', 'sent', 'prepared', 'issued', 'circulated', 'signed', 'filed', 'released', 'published', 'authored', 'compiled', 'drafted', 'submitted']);

/**
 * "an affidavit written by Ocampo", "a memo circulated to members on Monday by the Association": the named
 * author of a document the phrase at [a, b) describes (past a short complement), or null.
 */
function documentAuthor(d: Discourse, a: number, b: number): Speaker | null {
  for (let k = a + 1; k + 1 < b; k++) {
    if (!AUTHORED.has(d.lw(k)) || d.quoteTok[k] !== 0) continue;
    let y = k + 1;
    while (y < b && y - k <= 8 && d.lw(y) !== 'by' && d.toks[y]!.kind !== 'p') y++;
    if (d.lw(y) !== 'by') return null;
    const author = interpret(d, y + 1, b);
    return author && author.name ? author : null;
  }
  return null;
}

/**
 * The person named right before a description that ends at j and is set off by a comma ("X, a candidate for
 * county commissioner"), or null.
 */
function appositiveOwner(d: Discourse, j: number, lo: number): Person | null {
  for (let c = j; c > lo && j - c < 20; c--) {
    const t = d.toks[c]!;
    if (d.quoteTok[c] !== 0) return null;
    if (t.kind === 'w') {
      if (CLAUSE_WORDS.has(d.lw(c)) || REPORTING_VERBS.has(d.lw(c))) return null;
      continue;
    }
    if (t.text === '.' && abbrevPeriod(d, c)) continue;
    if (t.text === '-' || t.text === '’' || t.text === "'") continue;
    if (t.text !== ',' || c === j || !DETERMINERS.has(d.lw(c + 1))) return null;
    const mi = d.mentionOfTok[c - 1] ?? -1;
    const m = mi >= 0 ? d.mentions[mi]! : null;
    return m && !m.possessive && m.b === c ? m.person : null;
  }
  return null;
}

/** True when the phrase at token k opens like an adverbial ("In London", "Speaking at", "Last week"). */
function adverbialStart(d: Discourse, k: number): boolean {
  const t = d.toks[k];
  if (!t) return false;
  const w = lower(t);
  if (SUBORDINATORS.has(w) || TIME_WORDS.has(w) || isAdverb(t) || t.kind === 'n') return true;
  if (sentenceAdverb(d, k)) return true;
  return participleOpener(d, k);
}

/** Endings of -ly adverbs that names and places do not have ("Critically", "Notably"; not "Italy", "Kelly"). */
const SENTENCE_ADVERB_RE = /^[a-z]{3,}(?:ally|ously|ively|ably|ibly|edly|ingly|ently|antly|ately|fully|lessly)$/;
/** "Critically, however, it pointed out": an -ly adverb capitalised because it opens the sentence. */
function sentenceAdverb(d: Discourse, k: number): boolean {
  const t = d.toks[k];
  return !!t && isCapitalised(t) && d.mentionOfTok[k]! < 0 && SENTENCE_ADVERB_RE.test(d.lw(k));
}

/** "Speaking at …", "Following the arrests": an -ing word opening an adverbial ("Beijing considers" is not). */
function participleOpener(d: Discourse, k: number): boolean {
  const t = d.toks[k];
  if (!t || t.kind !== 'w' || d.mentionOfTok[k]! >= 0) return false;
  const w = lower(t);
  if (!w.endsWith('ing') || w.length < 5) return false;
  const n = d.toks[k + 1];
  const nw = lower(n);
  return !!n && (PREPOSITIONS.has(nw) || DETERMINERS.has(nw) || SUBJECT_PRONOUNS.has(nw) || nw === 'him' || nw === 'them' || isAdverb(n) || n.kind === 'p');
}

/**
 * The subject when a comma stands right before the verb: "X, 74, a resident who …, said",
 * "Y, for example, said", "On Tuesday, the UN's envoy, Z, told". A segment that is just a name is
 * the subject (an appositive); otherwise the leftmost segment that is not an adverbial.
 */
function commaSubject(d: Discourse, j: number, lo: number, depth: number): Speaker | null {
  const toks = d.toks;
  // segment boundaries, right to left: [segStart, segEnd)
  const segs: { a: number; b: number }[] = [];
  let end = j;
  let k = j - 1;
  let paren = 0;
  while (k >= lo && j - k < 48 && segs.length < 6) {
    if (d.quoteTok[k] !== 0) break;
    const x = toks[k]!.text;
    if (x === ')') paren++;
    else if (x === '(') paren = Math.max(0, paren - 1);
    else if (!paren && (x === ',' || isDash(d, k))) {
      segs.push({ a: k + 1, b: end });
      end = k;
    } else if (!paren && ((x === '.' && !abbrevPeriod(d, k)) || x === ';' || x === ':' || x === '!' || x === '?')) break;
    k--;
  }
  segs.push({ a: k + 1, b: end });
  for (const sg of segs) {
    let b = sg.b;
    while (b > sg.a && toks[b - 1]!.text === ')') {
      let p = b - 1;
      while (p > sg.a && toks[p]!.text !== '(') p--;
      b = p;
    }
    const ap = appositiveName(d, sg.a, b);
    if (ap) return personSpeaker(ap);
  }
  for (let i = segs.length - 1; i >= 0; i--) {
    const sg = segs[i]!;
    if (sg.b <= sg.a) continue;
    let a = sg.a;
    while (a < sg.b && LEADING_SKIP.has(d.lw(a))) a++;
    // "As Steven Rosenthal, a tax lawyer, put it,": the name after "as"
    if (a < sg.b && d.lw(a) === 'as' && d.mentionOfTok[a + 1]! >= 0) {
      const ap = appositiveName(d, a + 1, sg.b);
      if (ap) return personSpeaker(ap);
    }
    if (a >= sg.b || adverbialStart(d, a)) continue;
    const w = d.lw(a);
    if (CLAUSE_WORDS.has(w) || (toks[a]!.kind === 'w' && !isCapitalised(toks[a]) && !DETERMINERS.has(w) && !isSpeakerNoun(w) && d.mentionOfTok[a]! < 0 && !SUBJECT_PRONOUNS.has(w))) continue;
    // the phrase, without a trailing parenthesis ("State Sen. Dawn Addiego (R-Burlington)")
    let b = sg.b;
    while (b > a && toks[b - 1]!.text === ')') {
      let p = b - 1;
      while (p > a && toks[p]!.text !== '(') p--;
      b = p;
    }
    if (b <= a) continue;
    const lastW = d.lw(b - 1);
    if ((lastW === 'and' || lastW === 'but') && depth < 2) return clauseSubject(d, b - 1, lo, depth + 1);
    // the phrase before the comma, or the subject of the clause it is ("Israel did not appear …, but,
    // in a written submission, rejected")
    const s = b - a === 1 && SUBJECT_PRONOUNS.has(w) ? interpret(d, a, b) : npEndingAt(d, b - 1, a) ?? sentenceSubject(d, a, b);
    if (s) return s;
    break;
  }
  return null;
}

/** The subject of the verb at token c, read leftwards (X said / X, the adviser, said). */
export function subjectBefore(d: Discourse, c: number, lo: number, depth = 0): Speaker | null {
  const toks = d.toks;
  let j = skipBetween(d, c - 1, lo);
  for (let insertions = 0; j >= lo && insertions < 4; ) {
    const t = toks[j]!;
    if (d.quoteTok[j] !== 0) return null;
    if (t.text === ')') {
      let k = j - 1;
      while (k >= lo && j - k < 16 && toks[k]!.text !== '(') k--;
      if (k < lo || toks[k]!.text !== '(') return null;
      j = skipBetween(d, k - 1, lo);
      continue;
    }
    if (t.text === ',' || isDash(d, j)) return commaSubject(d, j, lo, depth);
    if (t.kind === 'p' && !(t.text === '.' && abbrevPeriod(d, j))) return null;
    const w = lower(t);
    if ((w === 'and' || w === 'but' || w === 'then' || w === 'or') && depth < 2) return clauseSubject(d, j, lo, depth + 1);
    // "a letter that says", "X, who …": a relative pronoun stands for the noun before it
    if (w === 'who' || w === 'which' || w === 'that') {
      const r = depth < 2 ? relativeAntecedent(d, j, lo) : null;
      return r ? { ...r, relative: true } : null;
    }
    if (CLAUSE_WORDS.has(w)) return null;
    // "An official who asked not to be named called …", "Voters who backed her said …": a subject
    // with a restrictive relative clause
    for (let k = j - 1; k > lo && j - k < 14; k--) {
      if (d.quoteTok[k] !== 0 || toks[k]!.kind === 'p') break;
      if (d.lw(k) !== 'who') continue;
      if (toks[k - 1]!.kind !== 'w') break;
      const s = npEndingAt(d, k - 1, lo);
      if (s && (s.name || isSpeakerNoun(d.lw(k - 1)))) return s;
      break;
    }
    return bareAppositiveSubject(d, j, lo) ?? npEndingAt(d, j, lo);
  }
  return null;
}

/**
 * "X, a physical oceanographer at the University of Y told Reuters": a name and an indefinite description set
 * off by a comma that the writer did not close before the verb. `j` is the description's last token.
 */
function bareAppositiveSubject(d: Discourse, j: number, lo: number): Speaker | null {
  const toks = d.toks;
  for (let k = j - 1; k > lo && j - k < 24; k--) {
    if (d.quoteTok[k] !== 0) return null;
    const x = toks[k]!.text;
    if (x === ',') {
      const w = d.lw(k + 1);
      if ((w !== 'a' && w !== 'an') || j - k < 4) return null;
      const mi = d.mentionOfTok[k - 1] ?? -1;
      const m = mi >= 0 ? d.mentions[mi]! : null;
      return m && !m.possessive && m.b === k ? personSpeaker(m.person) : null;
    }
    if (toks[k]!.kind === 'p' && (/^[;:!?“”"«»—–―()]$/.test(x) || (x === '.' && !abbrevPeriod(d, k)))) return null;
    if (CLAUSE_WORDS.has(d.lw(k))) return null;
  }
  return null;
}

/** The subject after an inverted cue: “…,” said Martin Indyk, executive vice president … */
export function subjectAfter(d: Discourse, c: number, hi: number): Speaker | null {
  const toks = d.toks;
  let a = c;
  while (a < hi && toks[a]!.kind === 'p') a++;
  let e = a;
  while (e < hi && e - a < 14) {
    const t = toks[e]!;
    if (d.quoteTok[e] !== 0) break;
    if (t.kind === 'p' && (/^[,;:!?“”"«»—–―]$/.test(t.text) || (t.text === '.' && !abbrevPeriod(d, e)))) break;
    const w = lower(t);
    if (e > a && (CLAUSE_WORDS.has(w) || /^(?:in|on|at|during|after|before|adding|saying|to|told|last|this|earlier|later|recently|yesterday|today|tonight|via)$/.test(w)) && !isCapitalised(t)) break;
    e++;
  }
  if (e <= a) return null;
  let s = interpret(d, a, e);
  // "said another witness in the probe, former adviser Fiona Hill": the name in apposition
  if (!s || !s.name) {
    let k = e;
    while (k < hi && k - e < 10 && toks[k]!.text !== ',' && d.quoteTok[k] === 0) k++;
    if (k < hi && toks[k]!.text === ',') {
      const f = appositiveEnd(d, k + 1, hi);
      const ap = appositiveName(d, k + 1, f);
      if (ap) s = personSpeaker(ap);
    }
  }
  // "said Hill, who will testify": a bare capitalised name followed by "who" is a person
  if (s && s.kind === 'organization' && s.via === 'org' && e + 1 < hi && toks[e]!.text === ',' && d.lw(e + 1) === 'who') s = { ...s, kind: 'person', plural: false, via: 'name' };
  return s;
}

/** The subject of the clause holding token j, for participles and coordinated verbs. */
export function clauseSubject(d: Discourse, j: number, lo: number, depth = 0): Speaker | null {
  const toks = d.toks;
  for (let k = j; k >= lo && j - k < 40; k--) {
    if (d.quoteTok[k] !== 0) continue;
    const w = d.lw(k);
    if ((w === 'which' || w === 'who') && k > lo && toks[k - 1]!.text === ',') return depth < 3 ? relativeAntecedent(d, k, lo) : null;
    const cue = k < j ? cueAt(d, k) : null;
    if (cue && !cue.participle && cue.lemma !== 'according to' && depth < 3) {
      const s = subjectBefore(d, k, lo, depth + 1);
      if (s) return s;
    }
  }
  return sentenceSubject(d, lo, j);
}

/** The subject of a sentence: the noun phrase opening its first clause that is not an adverbial. */
const COPULAS_OF_MANNER = new Set(['was', 'is', 'were', 'are', 'remained', 'remains', 'sounded', 'seemed']);

export function sentenceSubject(d: Discourse, a: number, limit: number): Speaker | null {
  const toks = d.toks;
  let s = skipDateline(d, a, limit);
  for (let seg = 0; seg < 4 && s < limit; seg++) {
    while (s < limit && (toks[s]!.kind === 'p' || d.quoteTok[s] !== 0)) s++;
    if (s >= limit) return null;
    let e = s;
    while (e < limit && !(d.quoteTok[e] === 0 && (toks[e]!.text === ',' || toks[e]!.text === '—' || toks[e]!.text === ';'))) e++;
    const w0 = d.lw(s);
    const t0 = toks[s]!;
    // "Asked whether he had spoken to the chairman, Vernon Blakeley, about the fee, Gareth Pryce smiled": a
    // name in apposition inside the opening clause, which goes on with a preposition, is not the subject
    if (seg > 0 && e < limit && toks[e]!.text === ',' && d.mentionOfTok[s]! >= 0 && d.mentions[d.mentionOfTok[s]!]!.b === e && APPOSITION_GOES_ON.has(d.lw(e + 1))) {
      let f = e + 1;
      while (f < limit && !(d.quoteTok[f] === 0 && toks[f]!.text === ',')) f++;
      if (f < limit) {
        s = f + 1;
        continue;
      }
    }
    if (SUBORDINATORS.has(w0) || participleOpener(d, s) || isAdverb(t0) || sentenceAdverb(d, s) || t0.kind === 'n') {
      if (e >= limit) {
        // "On September 27 they published …": an adverbial with no comma after it
        for (let k = s + 1; k < limit && k < s + 12; k++) {
          const w = d.lw(k);
          if (d.quoteTok[k] !== 0) break;
          if (SUBJECT_PRONOUNS.has(w) && w !== 'it') return interpret(d, k, k + 1);
          const mi = d.mentionOfTok[k]!;
          if (mi >= 0 && d.mentions[mi]!.subject) return personSpeaker(d.mentions[mi]!.person);
        }
        return null;
      }
      s = e + 1;
      continue;
    }
    // the noun phrase at the start: determiners, capitalised words, and speaker nouns with modifiers
    let k = s;
    while (k < e && k - s < 14) {
      const t = toks[k]!;
      const w = lower(t);
      if (d.quoteTok[k] !== 0) break;
      if (isCapitalised(t) || DETERMINERS.has(w) || t.kind === 'n' || (t.text === '.' && abbrevPeriod(d, k)) || t.text === '’' || t.text === "'" || t.text === '-') {
        k++;
        continue;
      }
      if (t.kind === 'w' && isSpeakerNoun(w)) {
        k++;
        continue;
      }
      // "Labor backbencher Danielle X": a role noun right before a name
      if (t.kind === 'w' && ROLE_NOUNS.has(w) && d.mentionOfTok[k + 1]! >= 0 && d.mentions[d.mentionOfTok[k + 1]!]!.a === k + 1) {
        k++;
        continue;
      }
      // (not the verb after a name: "Marta X addressed the crowd")
      if (k > s && d.mentionOfTok[k - 1]! >= 0) break;
      // a modifier followed (within two words) by a speaker noun: "foreign ministry", "top policy adviser"
      if (t.kind === 'w' && !BETWEEN_SUBJECT_AND_VERB.has(w) && !REPORTING_VERBS.has(w) && [1, 2].some((o) => k + o < e && toks[k + o]!.kind === 'w' && isSpeakerNoun(d.lw(k + o)))) {
        k++;
        continue;
      }
      // "lawmakers on the House … Committee": a complement naming an organisation
      if (PREPOSITIONS.has(w) && /^(?:of|on|for|from|at)$/.test(w) && k > s && ((isCapitalised(toks[k + 1]) && !TIME_NAMES.has(d.lw(k + 1))) || (d.lw(k + 1) === 'the' && isCapitalised(toks[k + 2])))) {
        k++;
        continue;
      }
      break;
    }
    const r = k > s ? interpret(d, s, k) : null;
    // "The committee chairman, Rep. Howard Plimpton (R-Mo.), voted …": the name in apposition
    if (r && !(r.kind === 'person' && r.via === 'name') && k === e && e < limit && toks[e]!.text === ',') {
      const ap = appositiveName(d, e + 1, appositiveEnd(d, e + 1, limit));
      if (ap) return personSpeaker(ap);
    }
    if (r) return r;
    s = e + 1; // not a subject ("a swiftly called, late-afternoon meeting"): try the next clause
  }
  return null;
}

function isSpeakerNoun(w: string): boolean {
  return UNNAMED_HEADS.has(w) || ORG_HEADS_LOWER.has(w) || PERSON_ROLE_HEADS.has(w) || STATEMENT_NOUNS.has(w) || SPOKES_NOUNS.has(w) || MEMBER_NOUNS.has(w);
}

/** The subject of a participle cue ("…, calling it a “…”", "by saying", "Netanyahu saying"). */
function participleSubject(d: Discourse, c: number, lo: number, depth = 0): Speaker | null {
  const toks = d.toks;
  const j = skipBetween(d, c - 1, lo);
  if (j < lo) return null;
  // "with some calling her out, saying … and calling on her to “…”": a participle joined to
  // another participle shares its subject
  if ((toks[j]!.text === ',' || d.lw(j) === 'and') && depth < 3) {
    for (let k = j - 1; k >= lo && j - k < 14; k--) {
      if (d.quoteTok[k] !== 0 || (toks[k]!.kind === 'p' && toks[k]!.text !== ',')) break;
      const cue = cueAt(d, k);
      if (cue) {
        if (cue.participle) return participleSubject(d, k, lo, depth + 1);
        break;
      }
    }
  }
  const t = toks[j]!;
  const w = lower(t);
  if (t.kind === 'w' && !PREPOSITIONS.has(w) && !CLAUSE_WORDS.has(w) && w !== 'and' && w !== 'but' && !REPORTING_VERBS.has(w) && (isCapitalised(t) || d.mentionOfTok[j]! >= 0 || isSpeakerNoun(w) || SUBJECT_PRONOUNS.has(w) || w === 'some' || w === 'others')) {
    const s = npEndingAt(d, j, lo);
    if (s && s.via === 'unnamed' && STATEMENT_NOUNS.has(w)) {
      const owner = clauseSubject(d, j, lo);
      if (owner && owner.name) return owner;
    }
    if (s) return s;
    // "with Jordanian Foreign Minister Ayman Safadi warning of …": the noun after "with" does it
    for (let k = j; k >= lo && j - k < 12; k--) {
      if (d.lw(k) === 'with' || d.lw(k) === 'without') return interpret(d, k + 1, j + 1);
      if (toks[k]!.kind === 'p' && !(toks[k]!.text === '.' && abbrevPeriod(d, k))) break;
    }
    return null;
  }
  return clauseSubject(d, j, lo);
}

/** The subject of a cue found left of a quotation, whatever its form. */
export function subjectOfCue(d: Discourse, c: number, cue: Cue, lo: number, hi: number): Speaker | null {
  if (cue.lemma === 'according to') {
    // "according to the new “dot plot” of projections": the quotation names the source itself
    for (let k = c + 2; k < c + 14; k++) {
      if (k >= hi || d.quoteTok[k] !== 0) return null;
      if (d.toks[k]!.kind === 'p') break;
    }
    // "according to a memo circulated to members on Monday by the Association": the document's author
    let end = c + 2;
    while (end < hi && end < c + 24 && d.toks[end]!.text !== ',' && d.quoteTok[end] === 0) end++;
    let authored = false;
    for (let k = c + 3; k < end && !authored; k++) authored = AUTHORED.has(d.lw(k));
    if (authored && end < hi && d.toks[end]!.text === ',') {
      const author = interpret(d, c + 2, end);
      if (author && author.name) return author;
    }
    const s = subjectAfter(d, c + 2, hi);
    if (s) return s;
    // "according to a 52-count civil complaint filed by …": a source, even when it names no one
    let e = c + 2;
    while (e < hi && e < c + 12 && d.toks[e]!.text !== ',' && d.quoteTok[e] === 0) e++;
    return e > c + 2 && e < hi && d.toks[e]!.text === ',' ? unnamed(phrase(d, c + 2, e), false) : null;
  }
  if (cue.participle) return participleSubject(d, c, lo);
  // "…, said Smith: “…”": only verbs of saying invert
  return subjectBefore(d, c, lo) ?? (INVERTIBLE.has(cue.lemma) ? subjectAfter(d, c + cue.len, hi) : null);
}

/** The words between two quotations are only "and" / "or" (with commas): “A” and “B”. */
function joinsQuotes(d: Discourse, a: number, b: number): boolean {
  if (b - a < 1 || b - a > 3) return false;
  let conj = false;
  for (let k = a; k < b; k++) {
    const w = d.lw(k);
    if (w === 'and' || w === 'or') conj = true;
    else if (w !== ',') return false;
  }
  return conj;
}

/**
 * Attribution of one top-level quotation, from the words of its sentence outside quotation marks.
 * Returns null when the sentence has no attribution (continuation is the caller's business).
 */
export function attributeQuote(d: Discourse, open: number, close: number, closeLen: number, contentEndsWith: string): Attribution | null {
  const toks = d.toks;
  const oTok = d.tokAt(open);
  if (oTok >= toks.length) return null;
  const sentA = d.sents[d.sentOfTok[oTok]!]!.a;
  const paraA = d.paras[d.paraOfTok[oTok]!]!.a;

  // right of the closing mark: “…,” X said / “…,” said X / …, the Fed said.
  let right: Attribution | null = null;
  let adjacent = false;
  if (close >= 0) {
    const after = d.tokAt(close + closeLen);
    const sentIdx = d.sentOfTok[Math.max(0, after - 1)]!;
    let sentB = d.sents[sentIdx]!.b;
    let kk = after;
    while (kk < sentB && kk < after + 3 && toks[kk]!.kind === 'p' && d.quoteTok[kk] === 0 && toks[kk]!.text !== '(') kk++;
    let nextSentence = false;
    if (kk >= sentB && d.sents[sentIdx + 1] && d.sents[sentIdx + 1]!.para === d.sents[sentIdx]!.para) {
      // “Get out.” Kahl said. — a short sentence that is only the attribution
      const ns = d.sents[sentIdx + 1]!;
      let quoteFree = true;
      for (let k = ns.a; k < ns.b; k++) if (d.quoteTok[k] !== 0) quoteFree = false;
      // (a quoted exclamation or question ends its sentence only typographically: “…!” X, the …, shouted)
      const limit = /[!?]$/.test(contentEndsWith) ? 26 : 9;
      if (quoteFree && ns.b - ns.a <= limit) {
        kk = ns.a;
        sentB = ns.b;
        nextSentence = true;
      }
    }
    let cuesSeen = 0;
    // “…,” but the mayor disagreed: a clause joined by a conjunction is not the quote's attribution; one
    // that ends in a comma may still be followed by it (“…” while they were in power, Azzouz said)
    if (!nextSentence && /^(?:but|while|whereas|although|though|yet)$/.test(d.lw(kk))) {
      let k = kk + 1;
      while (k < sentB && k < kk + 24 && toks[k]!.text !== ',' && d.quoteTok[k] === 0) k++;
      if (toks[k]?.text === ',' && k < sentB) kk = k + 1;
      else cuesSeen = 2;
    }
    let joined = false;
    for (let c = kk; c < sentB && c < kk + 32 && cuesSeen < 2; c++) {
      if (d.quoteTok[c] !== 0) {
        // “…” and “…,” X said: a quotation joined to the next one by "and" shares its attribution
        if (joined || cuesSeen || nextSentence || !joinsQuotes(d, kk, c)) break;
        joined = true;
        while (c < sentB && d.quoteTok[c] !== 0) c++;
        kk = c;
        while (kk < sentB && kk < c + 3 && toks[kk]!.kind === 'p' && d.quoteTok[kk] === 0 && toks[kk]!.text !== '(') kk++;
        c = kk - 1;
        continue;
      }
      const tx = toks[c]!.text;
      if (tx === ';') break;
      const cue = cueAt(d, c);
      if (!cue) continue;
      cuesSeen++;
      let s: Speaker | null;
      if (cue.lemma === 'according to') s = subjectAfter(d, c + 2, sentB);
      else if (c === kk) s = cue.participle ? null : subjectAfter(d, c + cue.len, sentB);
      else if (cue.participle) s = participleSubject(d, c, kk);
      else s = subjectBefore(d, c, kk) ?? (toks[c - 1]!.text === ',' ? subjectAfter(d, c + cue.len, sentB) : null);
      if (!s) continue;
      if (nextSentence) {
        // the sentence must end soon after the cue and its subject, or go on with a participle clause
        // (“…?” Trump said, looking out on the crowd.)
        let k = c + cue.len;
        while (k < sentB && toks[k]!.kind !== 'p') k++;
        const participleClause = toks[k]?.text === ',' && participleForm(d.lw(k + 1));
        if (sentB - k > 2 && c !== kk && !participleClause) continue;
      }
      right = { speaker: s, cue: cue.text, cueTok: c, kind: nextSentence ? 'next' : 'after' };
      adjacent = c - kk <= 14;
      break;
    }
  }
  // “…” ― Name: a dash and a name closing the paragraph
  if (close >= 0 && !right) {
    const after = d.tokAt(close + closeLen);
    if (after < toks.length && isDash(d, after) && d.paraOfTok[after] === d.paraOfTok[oTok]) {
      let k = after + 1;
      while (k < toks.length && isDash(d, k)) k++;
      const mi = d.mentionOfTok[k] ?? -1;
      const endsLine = (e: number) => {
        const nextTok = toks[e];
        return !nextTok || d.paraOfTok[e] !== d.paraOfTok[oTok] || d.text.slice(toks[e - 1]!.end, nextTok.start).includes('\n') || /^[,.(“"]$/.test(nextTok.text);
      };
      if (mi >= 0) {
        const m = d.mentions[mi]!;
        if (!m.possessive && endsLine(m.b)) return { speaker: personSpeaker(m.person), cue: '—', cueTok: after, kind: 'after' };
      } else if (isCapitalised(toks[k])) {
        // a name people detection does not know: the attribution is still there, without a person
        let e = k;
        while (e < toks.length && e - k < 5 && (isCapitalised(toks[e]) || (toks[e]!.text === '.' && abbrevPeriod(d, e))) && d.paraOfTok[e] === d.paraOfTok[oTok]) e++;
        if (e - k >= 2 && endsLine(e)) return { speaker: unnamed(phrase(d, k, e), false), cue: '—', cueTok: after, kind: 'after' };
      }
    }
  }
  const endsLikeAttributed = /[,?!]$/.test(contentEndsWith) || (close >= 0 && toks[d.tokAt(close + closeLen)]?.text === ',');
  if (right && adjacent && (endsLikeAttributed || right.kind === 'next')) return right;

  // left of the opening mark, within the sentence: X said “…” / X told Y that “…”
  let left: Attribution | null = null;
  let cuesSeen = 0;
  // "he added; “…”" / "She continued: “…”": the mark right before the quote does not end the clause
  let startC = oTok - 1;
  if (startC > sentA && (toks[startC]!.text === ';' || toks[startC]!.text === ':') && d.quoteTok[startC] === 0) startC--;
  for (let c = startC; c >= sentA && c >= oTok - 60 && cuesSeen < 4; c--) {
    if (d.quoteTok[c] !== 0) continue;
    if (toks[c]!.text === ';') break;
    const cue = cueAt(d, c);
    if (!cue) continue;
    cuesSeen++;
    const s = subjectOfCue(d, c, cue, sentA, oTok);
    if (!s) continue;
    if (!left) {
      left = { speaker: s, cue: cue.text, cueTok: c, kind: 'before' };
      // an inner verb of judging inside what someone said ("Pompeo said … Washington had concluded
      // … “…”"): the words are still the outer speaker's
      if (((DIRECT_LEMMAS.has(cue.lemma) && cue.text !== cue.lemma) || cue.participle) && !(s.relative && !s.name)) break;
      continue;
    }
    // … or an unnamed someone in a relative clause of what they said ("She said Obama is the calm
    // dad who tells his child, “…”")
    if (!cue.participle && SPEECH_OUTER.has(cue.lemma) && s.name && s.kind === 'person' && s.person !== left.speaker.person) {
      left = { speaker: s, cue: cue.text, cueTok: c, kind: 'before' };
    }
    break;
  }
  if (left) return left;
  if (right) return { ...right, kind: right.kind === 'after' && !adjacent ? 'final' : right.kind };

  // X: “…” (a name or an organisation before a colon)
  if (oTok > 0 && toks[oTok - 1]!.text === ':' && d.quoteTok[oTok - 1] === 0) {
    const s = npEndingAt(d, oTok - 2, Math.max(paraA, oTok - 10));
    if (s && s.name) return { speaker: s, cue: ':', cueTok: oTok - 1, kind: 'colon' };
    // "… is rolling out a new campaign message: “…”": a message of the sentence's subject
    // ("She signed off with the same words: “…”": her words)
    if ((s && s.via === 'unnamed' && s.description && STATEMENT_NOUNS.has(d.lw(oTok - 2))) || d.lw(oTok - 2) === 'words') {
      const subj = sentenceSubject(d, sentA, oTok - 1);
      if (subj && subj.name) return { speaker: subj, cue: ':', cueTok: oTok - 1, kind: 'colon' };
    }
    // "Asked about the rumours, Setiadi was firm: “…”", "She was more blunt: “…”": the subject's manner, then
    // the subject's words
    const cop = d.lw(oTok - 3) === 'more' || d.lw(oTok - 3) === 'less' ? oTok - 4 : oTok - 3;
    if (COPULAS_OF_MANNER.has(d.lw(cop)) && toks[oTok - 2]!.kind === 'w' && !isCapitalised(toks[oTok - 2]!) && d.quoteTok[cop] === 0) {
      const subj = sentenceSubject(d, sentA, cop);
      if (subj && subj.name) return { speaker: subj, cue: ':', cueTok: oTok - 1, kind: 'colon' };
    }
  }
  // a claim noun owned by someone: "Trump’s claim that there have been “…”", "his promise to “…”"
  for (let c = oTok - 1; c >= sentA && c >= oTok - 14; c--) {
    if (d.quoteTok[c] !== 0) break;
    const w = d.lw(c);
    if (!CLAIM_NOUNS.has(w)) continue;
    const owner = toks[c - 1];
    if (!owner) break;
    const ow = lower(owner);
    let s: Speaker | null = null;
    if (isPossessiveToken(owner) && d.mentionOfTok[c - 1]! >= 0) s = personSpeaker(d.mentions[d.mentionOfTok[c - 1]!]!.person);
    else if (ow === 'his' || ow === 'her') {
      const p = d.resolvePersonPronoun(c - 1, ow === 'his' ? 'm' : 'f');
      if (p) s = personSpeaker(p, 'pronoun');
    }
    if (s) return { speaker: s, cue: w, cueTok: c, kind: 'before' };
    break;
  }
  return null;
}
