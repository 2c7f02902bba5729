// Named people in the story. One linear pass reads runs of capitalised words (with initials, particles,
// hyphens, apostrophes) and splits each into the titles before a name and the name itself; each full
// name collects evidence that it is a person's (a known given name, a surname-first family name, a
// title or role phrase, an appositive, an age, a "who" clause, a reporting verb, bare-surname mentions
// elsewhere, the optional gazetteer) and is kept when the evidence is enough. Shorter mentions
// (surname, first name, "Mr. Xie", "Li" in "Li-Austin") are then linked to the full names the story
// introduced, through maps keyed by name word.
import type { Mention, Person, Span } from '../types';
import type { StoryText } from '../text/story-text';
import type { NameGazetteer } from '../context';
import { detach, token, tokenize, isCapitalised, stripInvisible, type Token } from '../text/tokens';
import { isCaption } from '../text/captions';
import { CONDITIONAL_HEADS, COURTESY, DEMONYMS, FUNCTION_WORDS, HONORIFICS, NAME_PARTICLES, NAME_SUFFIXES, NOT_NAME, OFFICE_TITLES, OFFICIAL_HEADS, PLACE_WORDS, PORTFOLIO, PRIVATE_BODIES, PRIVATE_HEADS, PUBLIC_BODIES, ROLE_DETERMINERS, SPEECH_VERBS, POST_NOMINALS, SEAT_POST_NOMINALS, WORD_SURNAMES } from './lexicon';
import { isGivenName, isPlace, isSurnameFirst, nameKey } from './names';
import {
  appositiveBefore, asOpened, bareLower, bareWord, bodyIsPublic, pluralRoleHead, bodyReference, BODY_REFERENCES, chainBefore, countryPossessive, endsSentence, isPossessiveWord, isRoleHead, isRoleWord, isTitleAbbrev,
  lower, placeTail, readAfter, roleByOrganisation, roleIsOfficial,
} from './roles';
import { giveRole, rolesFromDescriptions } from './descriptions';

/** "the director of the Stimson Center": a definite description of a post at a named body (built once). */
const THE_X_OF_NAME = /^the\s+\p{Ll}[^,]*\s(?:of|at)\s+(?:the\s+)?\p{Lu}/u;

export interface PeopleResult {
  people: Person[];
  /** The person whose mention covers offset, or null. */
  personAt(offset: number): Person | null;
  /** The person a bare name (full, surname or first name) refers to near offset, or null. */
  resolveName(name: string, offset: number): Person | null;
  /** The text people were read from and its tokens, so the stages after need not tokenize it again. */
  tokenized?: { text: string; tokens: Token[] };
}

export interface DetectPeopleOptions {
  /** Known names (e.g. officials from the reference dataset): extra evidence, never a requirement. */
  gazetteer?: NameGazetteer | null;
  /** Cap on distinct people (a bigger page keeps the first ones). */
  maxPeople?: number;
}

const DEFAULT_MAX_PEOPLE = 400;
/** Length of the shortest and longest word naming a body ("port", "corporation"; +2 for a possessive 's). */
const BODY_REFERENCE_MIN = Math.min(...[...BODY_REFERENCES].map((w) => w.length));
const BODY_REFERENCE_MAX = Math.max(...[...BODY_REFERENCES].map((w) => w.length)) + 2;
/** The first letters of those words, one bit per letter a–z: most words of a story are ruled out by it. */
const BODY_REFERENCE_FIRST = [...BODY_REFERENCES].reduce((m, w) => m | (1 << (w.charCodeAt(0) - 97)), 0);
const mayBeBodyReference = (w: string): boolean => {
  if (w.length < BODY_REFERENCE_MIN || w.length > BODY_REFERENCE_MAX) return false;
  const c = w.charCodeAt(0) | 32; // ASCII lower case
  return c >= 97 && c <= 122 && (BODY_REFERENCE_FIRST & (1 << (c - 97))) !== 0;
};
/** A run of capitalised words longer than this is a heading or a list, not a name with its titles. */
const MAX_RUN = 12;
/** Evidence a full name needs to be taken as a person's. */
const ACCEPT = 2;

/** One occurrence of a name (a full name or a single word) in the story. */
interface Occ extends Span {
  /** Token range of the name. */
  s: number;
  e: number;
  /** Name words as written (possessive and invisible characters stripped). */
  words: string[];
  /** Comparison keys of the words. */
  keys: string[];
  /** Title chain, honorific or role phrase before the name. */
  titled: boolean;
  /** The title is only a courtesy honorific ("Mr."). */
  courtesy: boolean;
  /** A person title (not only a modifier) stands right before the name: "President Obama". */
  personTitle: boolean;
  /** Role phrases read around this occurrence (before, after), without honorific-only chains. */
  roles: string[];
  /** Who-clauses that tell an act rather than a post: a role only when nothing better is found. */
  weak: string[];
  /** A single given name set off after a kinship noun ("whose daughter, Isla,"). */
  kin?: boolean;
  /** A single name the story presents as a person's: an age, a personal appositive, a kin or occupation
   * noun right before it ("Nagamma, 62,", "Dana, a 41-year-old teacher", "neighbour Joanne"). */
  solo?: boolean;
  /** The story presents the name as a person's (an age or a personal appositive around it). */
  presented?: boolean;
  evidence: number;
  /** May create a person (not in a heading, a work title, a credit line). */
  creates: boolean;
  possessive: boolean;
  /** The role is only a who-clause telling an act ("who has stayed quiet"): any description is better. */
  act?: boolean;
  /** A nickname in quotation marks inside the name ("Frank “Moose” Delahunt"), as a comparison key. */
  nick?: string;
}

/** An acronym in a role phrase ("CPUC President", "a CAAN spokesperson"). */
const ACRONYMS_IN_ROLE = /\b[A-Z]{2,6}\b/g;
const isDigitText = (s: string) => /\d/.test(s);
// Unicode-property patterns are built once here: a bundler targeting engines it does not trust with \p{…}
// rewrites such a literal as `new RegExp(…)`, which inside a function builds a new object on every call.
const INITIALS_RE = /^(?:\p{Lu}\.){1,3}$/u;
const CAPITAL_LETTER_RE = /^\p{Lu}$/u;
const CAPITAL_LETTER_PERIOD_RE = /^[\p{Lu}]\.?$/u;
const ACRONYM_CHARS_RE = /^[\p{Lu}.&'’s-]+$/u;
const TWO_CAPITALS_RE = /\p{Lu}.*\p{Lu}/u;
const PARTICIPLE_OPENER_RE = /^\p{Lu}\p{Ll}+(?:ing|ed|ly)$/u;
const PREFIXED_CAPITAL_RE = /^(?:al|el|bin|ibn|abu|ben|da|de|di|du|d|l)[-'’](\p{Lu})/u;
const LETTER_PERIOD_RE = /^\p{L}\.$/u;
const LETTER_PERIODS_RE = /^(?:\p{L}\.)+$/u;
const CAPITAL_START_RE = /^\p{Lu}/u;
/** "J.", "J.D.", "H.M.": one to three capitals each with its period (a word not ending in a period is none: no match run). */
const isInitialText = (s: string) => s.length <= 9 && s.charCodeAt(s.length - 1) === 46 && INITIALS_RE.test(s);
/** A single capital letter ("J" of "J. Smith"): one character, or one surrogate pair (no match run for longer words). */
const isCapitalLetter = (s: string) => s.length <= 2 && CAPITAL_LETTER_RE.test(s);
const NOT_INITIALS = new Set(['U.S.', 'U.K.', 'U.N.', 'E.U.', 'D.C.', 'A.M.', 'P.M.', 'U.S.A.', 'N.Y.', 'L.A.']);
/** Lower-case second parts of hyphenated words that are not name syllables ("Russian-occupied", "Kremlin-run"). */
const HYPHEN_TAILS = new Set(['led', 'run', 'born', 'based', 'backed', 'owned', 'made', 'style', 'era', 'like', 'wide', 'free', 'linked', 'bound', 'level', 'era', 'type', 'class', 'day', 'year', 'old', 'term', 'time', 'side', 'area', 'zone', 'sized', 'ish', 'esque', 'elect', 'in-law', 'law', 'general', 'mart']);

function nameShaped(t: Token | undefined): boolean {
  if (!t || t.kind !== 'w') return false;
  // fast path: most words of a page start with a lower-case ASCII letter that no name particle starts with
  const c0 = t.text.charCodeAt(0);
  if (c0 >= 97 && c0 <= 122 && !'abdeil'.includes(t.text[0]!)) return false;
  return (t.ns ??= asciiNameShape(t.text) ?? nameShapedMemo(t.text));
}
/**
 * The common cases without the memo's lookup: a plain ASCII word is name-shaped when it is capitalised
 * and not all in capitals ("Austin", "McCain"), and not when it is all lower case; null for anything
 * else (apostrophes, hyphens, periods, digits, other scripts, one letter), which the full test decides.
 */
function asciiNameShape(text: string): boolean | null {
  const n = text.length;
  const c0 = text.charCodeAt(0);
  const upperFirst = c0 >= 65 && c0 <= 90;
  if (n < 2 || (!upperFirst && !(c0 >= 97 && c0 <= 122))) return null;
  let lower = !upperFirst;
  for (let i = 1; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = true;
    else if (!upperFirst || !(c >= 65 && c <= 90)) return null;
  }
  return upperFirst ? lower : false;
}
/**
 * nameShapedWord by word: the same words come back in every paragraph (and story), and each test
 * makes a few stripped and case-mapped copies of the word. Bounded: emptied when it grows large.
 */
const shapeMemo = new Map<string, boolean>();
const SHAPE_MEMO_MAX = 20_000;
function nameShapedMemo(text: string): boolean {
  let v = shapeMemo.get(text);
  if (v === undefined) {
    if (shapeMemo.size >= SHAPE_MEMO_MAX) shapeMemo.clear();
    v = nameShapedWord(text);
    shapeMemo.set(detach(text), v);
  }
  return v;
}
function nameShapedWord(text: string): boolean {
  const raw = stripInvisible(bareWord(text));
  if (isDigitText(raw)) return false;
  const first = raw[0]!;
  if (first === first.toLowerCase()) {
    // "al-Assad", "el-Sisi", "bin-Salman", "d'Estaing"
    const m = PREFIXED_CAPITAL_RE.exec(raw);
    return !!m;
  }
  if (raw.length >= 2 && raw === raw.toUpperCase()) return false; // an acronym or shouting
  if (/[’'](?:re|ll|ve|d|m|t)$/i.test(raw)) return false; // "We’re", "Don't"
  const dash = raw.indexOf('-');
  if (dash > 0) {
    const parts = raw.split(/[-‐‑]/);
    for (let i = 1; i < parts.length; i++) {
      const p = parts[i]!;
      if (!p) return false;
      if (p[0] !== p[0]!.toUpperCase()) {
        // Korean given names keep a lower-case syllable ("Dong-hoon", "Jae-in"); compounds do not
        if (p.length > 5 || HYPHEN_TAILS.has(p) || /(?:ed|ing)$/.test(p)) return false;
      }
    }
  }
  return true;
}

/** Titles that may stand inside a capitalised run before a name ("Defense Minister", "Lt. Col.", "Chief"). */
function isSplitTitle(t: Token | undefined): boolean {
  if (!t || t.kind !== 'w') return false;
  const w = bareLower(t);
  if (HONORIFICS.has(w) || OFFICIAL_HEADS.has(w) || CONDITIONAL_HEADS.has(w) || SPLIT_TITLES.has(w)) return true;
  // "Then-Gov.", "ex-Minister": a former holder's title
  return w.includes('-') && w.split('-').every((p) => HONORIFICS.has(p) || OFFICIAL_HEADS.has(p) || CONDITIONAL_HEADS.has(p) || p === 'elect' || p === 'in' || p === 'then' || p === 'ex') && !/^(?:then|ex)-(?:in|elect)$/.test(w);
}
/** Verbs whose object gives a person's post or occupation ("X directs marine conservation at …"). */
const PREDICATE_ROLE_VERBS = new Set(['heads', 'leads', 'chairs', 'runs', 'directs', 'oversees', 'manages', 'owns', 'coaches', 'teaches', 'represents', 'commands', 'governs', 'co-owns', 'co-founded', 'founded', 'edits', 'advises']);
const PREPOSITIONS_OF_ROLE = new Set(['of', 'for', 'at', 'in', 'on', 'with', 'to', 'from', 'out', 'by']);
/** Kinship nouns before a given name set off by commas ("whose daughter, Isla,"). */
const KIN_NOUNS = new Set(['son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'mother', 'father', 'child', 'partner', 'widow', 'widower', 'grandson', 'granddaughter', 'niece', 'nephew', 'cousin', 'fiancé', 'fiancée', 'fiance', 'fiancee', 'boyfriend', 'girlfriend', 'stepson', 'stepdaughter', 'twin']);
/** Nouns that only describe a person (kin, occupations), not a company or a team: "a farmer, X", "neighbour X". */
const NOT_PERSON_ONLY = new Set(['rival', 'critic', 'owner', 'founder', 'co-founder', 'investor', 'challenger', 'contender', 'hopeful', 'nominee', 'candidate', 'champion', 'star', 'model', 'creator', 'producer', 'host', 'anchor', 'defender', 'guard', 'forward', 'whistleblower', 'survivor', 'witness', 'suspect', 'defendant', 'victim', 'critic', 'contractor', 'employee', 'worker', 'designer', 'artist', 'partner']);
const PERSON_NOUNS = (w: string): boolean => (KIN_NOUNS.has(w) || PRIVATE_HEADS.has(w)) && !NOT_PERSON_ONLY.has(w);
const CALENDAR_WORDS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tonight']);
/** "whose full name is", "her real name is": the full name of a person the story calls by one name. */
const FULL_NAME_WORDS = new Set(['full', 'real', 'birth', 'legal', 'given']);
/** Words that open a fronted adverbial ("Further up the river,", "At the market,", "In Leeds,"). */
const ADVERBIAL_OPENERS = new Set(['further', 'farther', 'at', 'in', 'on', 'across', 'inside', 'outside', 'near', 'back', 'down', 'up', 'along', 'there', 'here', 'nearby', 'elsewhere', 'meanwhile', 'today', 'now', 'these', 'since', 'after', 'before', 'from', 'over', 'beyond', 'behind', 'every', 'each']);
/** Role nouns whose "of" complement is a person ("a friend of X", "an aide of X"), not a body. */
const PERSON_OBJECT_HEADS = new Set(['friend', 'colleague', 'successor', 'predecessor', 'rival', 'critic', 'victim', 'ally', 'aide', 'assistant', 'adviser', 'advisor', 'deputy', 'spokesman', 'spokeswoman', 'spokesperson', 'biographer', 'lawyer', 'attorney', 'counsel', 'representative', 'partner', 'neighbor', 'neighbour', 'fan', 'supporter', 'student', 'teammate', 'opponent', 'killer', 'murderer']);
/** Lower-case nouns after a name that make it a place ("Lai Chau province", "Kaduna state"). */
/** Prepositions of place: a person is rarely their object ("at Harlan Ford", "in Kendall"). */
const LOCATIVES = new Set(['at', 'in', 'near', 'outside', 'inside', 'across', 'around']);
/** Heads of institutions' names: never a person's family name, however the story presents it ("Kendall Hospital"). */
const INSTITUTION_WORDS = new Set(['hospital', 'university', 'college', 'school', 'academy', 'institute', 'stadium', 'airport', 'station', 'center', 'centre', 'museum', 'library', 'foundation', 'company', 'endowment', 'radio', 'junction']);
/** Kinds of place an appositive may say a name is ("a town of 2,300 people"), and words that may follow them. */
const PLACE_KINDS = new Set(['town', 'village', 'city', 'suburb', 'hamlet', 'community', 'neighborhood', 'neighbourhood', 'county', 'district', 'region', 'island', 'port', 'borough', 'township', 'municipality', 'province']);
const PLACE_KIND_FOLLOWERS = new Set(['of', 'in', 'on', 'near', 'with', 'that', 'where', 'which', 'about', 'north', 'south', 'east', 'west', 'outside', 'along']);
/** A spokesperson's title with no body named: whose voice depends on the story around it. */
const BARE_SPOKESPERSON = /^(?:(?:a|an|the|its|their)\s+)?(?:company\s+)?(?:spokesperson|spokesman|spokeswoman)$/i;
/** Words that say the story's body is a company. */
const COMPANY_WORDS = new Set(['company', 'companies', 'firm', 'utility', 'airline', 'carrier', 'retailer', 'insurer', 'lender', 'startup', 'start-up', 'maker', 'manufacturer', 'automaker', 'carmaker', 'chipmaker', 'brand', 'inc', 'corp', 'ltd', 'llc', 'plc', 'shares', 'shareholders', 'investors', 'ceo']);
const AREA_NOUNS = new Set(['province', 'district', 'region', 'prefecture', 'commune', 'municipality', 'township', 'county', 'state', 'village', 'town', 'city', 'island', 'river', 'valley', 'oblast', 'governorate', 'division', 'constituency', 'ward']);
/** First words of a two-word place name ("Lower Manhattan", "East Anglia"). */
const DIRECTIONS = new Set(['lower', 'upper', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'greater', 'downtown', 'midtown', 'uptown', 'inner', 'outer', 'northeast', 'northwest', 'southeast', 'southwest']);
const SPLIT_TITLES = new Set(['commandant', 'chancellor', 'premier', 'founder', 'co-founder', 'ceo', 'coach', 'manager', 'professor', 'president-elect', 'envoy', 'attorney', 'counsel', 'chief', 'rabbi', 'imam', 'pastor', 'father', 'sister', 'brother', 'reverend', 'principal', 'freshman', 'sophomore', 'junior', 'senior', 'dj', 'tem', 'tempore']);

/** English pet forms of given names and the names they stand for. */
const PET_NAMES = new Map<string, string[]>(
  ('ellie:eleanor,elinor,ellen,elizabeth liz:elizabeth lizzie:elizabeth betsy:elizabeth betty:elizabeth ' +
    'bob:robert bobby:robert robbie:robert rick:richard jim:james jimmy:james ' +
    'mike:michael tom:thomas tommy:thomas tony:anthony,antonio joe:joseph joey:joseph dave:david danny:daniel chris:christopher,christine,christina ' +
    'kate:katherine,catherine,kathleen katie:katherine,catherine,kathleen kathy:katherine,kathleen cathy:catherine jenny:jennifer ' +
    'alex:alexander,alexandra ben:benjamin nick:nicholas steve:stephen,steven eddie:edward ted:edward,theodore ned:edward ' +
    'peggy:margaret maggie:margaret meg:margaret susie:susan harry:henry,harold jack:john andy:andrew matt:matthew ' +
    'greg:gregory larry:lawrence jerry:gerald,jerome charlie:charles freddie:frederick abby:abigail becky:rebecca ' +
    'debbie:deborah vicky:victoria annie:anne,ann,anna mandy:amanda')
    .split(' ')
    .map((e) => {
      const [k, v] = e.split(':');
      return [k!, v!.split(',')] as [string, string[]];
    }),
);
/** Role nouns that are also family names ("Fan said", "Elder said"): alone, a name. */
const SURNAME_ROLES = new Set(['fan', 'elder', 'legend', 'rider', 'miner', 'herder', 'drummer', 'tenant', 'principal', 'senior', 'junior']);
/** Courtesy titles used before a given name ("Don Efraín", "Doña Rosa"). */
const GIVEN_NAME_TITLES = new Set(['don', 'dona', 'doña', 'dom']);
/** Legislators named by their seat ("the member for X", "MP for X"). */
const SEAT_HOLDERS = new Set(['member', 'mp', 'mla', 'mpp', 'msp', 'mhk', 'td', 'mna', 'mha', 'mlc', 'councillor', 'councilor']);
/** Particles of descent: the name after them is a father's given name, not a family name ("bin Saif"). */
const PATRONYMIC = new Set(['bin', 'ibn', 'bint', 'ben', 'abu']);
/** Function words that are also family names and may open a name mid-sentence ("Do", "An"). */
const NAME_OPENING_FUNCTION = new Set(['do', 'an', 'so', 'to', 'may', 'will', 'can']);

/** "NATO", "U.S.", "AT&T": two capitals or more and nothing but capitals and a few marks (memoised on the token: the run scan and splitRun ask often). */
const isAcronym = (t: Token | undefined) => !!t && t.kind === 'w' && (t.ac ??= acronymText(t.text));
function acronymText(s: string): boolean {
  // (a lower-case ASCII letter other than the s of a possessive cannot open one: no match run)
  const c0 = s.charCodeAt(0);
  if (c0 >= 97 && c0 <= 122 && c0 !== 115) return false;
  return s.length >= 2 && !(isInitialText(s) && !NOT_INITIALS.has(s)) && ACRONYM_CHARS_RE.test(s) && TWO_CAPITALS_RE.test(s);
}

const STORM_WORDS = new Set(['cyclone', 'hurricane', 'typhoon']);

export function detectPeople(story: StoryText, opts: DetectPeopleOptions = {}): PeopleResult {
  const text = story.text;
  const tokens = tokenize(text);
  const n = tokens.length;
  const gazetteer = opts.gazetteer ?? null;
  const maxPeople = opts.maxPeople ?? DEFAULT_MAX_PEOPLE;

  // ---- paragraphs: credit lines, headings, link lists ----
  const paras = story.paragraphs.length ? story.paragraphs : [{ start: 0, end: text.length }];
  const paraOf = new Int32Array(n);
  {
    let p = 0;
    for (let i = 0; i < n; i++) {
      while (p + 1 < paras.length && tokens[i]!.start >= paras[p]!.end) p++;
      paraOf[i] = p;
    }
  }
  const paraKind = paras.map((sp, idx) => paragraphKind(text, sp, idx, paras.length));

  // ---- quoted work titles and nicknames: “The Irishman”, “Mini Mike” ----
  const inWorkTitle = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'p' || !(t.text === '“' || t.text === '"' || t.text === '‘')) continue;
    if (t.text === '"' && t.start > 0 && !/[\s(\[—–-]/.test(text[t.start - 1]!)) continue;
    let j = i + 1;
    let words = 0;
    let ok = true;
    while (j < n && j - i <= 10) {
      const u = tokens[j]!;
      if (u.kind === 'p') {
        if (u.text === '”' || u.text === '"' || u.text === '’') break;
        if (u.text !== ',' && u.text !== '.' && u.text !== ':' && u.text !== '&' && u.text !== '-') ok = false;
      } else if (u.kind === 'w') {
        if (!isCapitalised(u) && !FUNCTION_WORDS.has(lower(u)) && !NAME_PARTICLES.has(u.text)) ok = false;
        words++;
      }
      j++;
    }
    if (ok && words > 0 && words <= 8 && j < n && j - i <= 10 && (tokens[j]!.text === '”' || tokens[j]!.text === '"' || tokens[j]!.text === '’')) {
      for (let k = i + 1; k < j; k++) inWorkTitle[k] = 1;
      i = j;
    }
  }

  // ---- runs of capitalised words → name occurrences ----
  const multis: Occ[] = [];
  const singles: Occ[] = [];
  const gap = (a: Token, b: Token) => {
    for (let i = a.end; i < b.start; i++) if (text.charCodeAt(i) === 10) return true;
    return false;
  };

  /** Capitalised words before a title inside a run ("Cal Fire Battalion Chief"): the name of a body. */
  const titlePrefixes = new Set<string>();
  let runNick: string | null = null;
  /** A plural title shared by coordinated names ("Council members A and B"): its text and where its last name ends. */
  let shared: { role: string; e: number } | null = null;
  for (let i = 0; i < n; i++) {
    const t0 = tokens[i]!;
    if (t0.kind !== 'w') continue;
    const c0 = t0.text.charCodeAt(0);
    if (c0 >= 97 && c0 <= 122 ? !nameShaped(t0) : !(nameShaped(t0) || isAcronym(t0) || isInitialText(t0.text) || isCapitalLetter(t0.text))) continue;
    if (paraKind[paraOf[i]!] === 'credit') continue;
    // collect the run: [i, j)
    const members: number[] = []; // token indexes of words in the run (periods of initials/abbreviations skipped)
    let j = i;
    let possessiveEnd = false;
    runNick = null;
    while (j < n && members.length <= MAX_RUN) {
      const t = tokens[j]!;
      if (members.length && gap(tokens[j - 1]!, t)) break;
      if (t.kind === 'p' && members.length && !runNick) {
        const after = nicknameEnd(j, members[members.length - 1]!);
        if (after > 0) {
          runNick = nameKey(text.slice(tokens[j + 1]!.start, tokens[after - 2]!.end));
          j = after;
          continue;
        }
      }
      if (t.kind === 'w') {
        const initial = isInitialText(t.text) && !NOT_INITIALS.has(t.text);
        const singleLetter = isCapitalLetter(t.text) && tokens[j + 1]?.text === '.';
        if ((initial || singleLetter) && t.text !== 'I' && nameShaped(tokens[j + (singleLetter ? 2 : 1)]) && !FUNCTION_WORDS.has(lower(tokens[j + (singleLetter ? 2 : 1)]))) {
          members.push(j);
          j += singleLetter ? 2 : 1;
          continue;
        }
        if (isTitleAbbrev(t) && tokens[j + 1]?.text === '.' && isCapitalised(t)) {
          members.push(j);
          j += 2;
          continue;
        }
        // post-nominal letters end the name ("Simon Ashworth KC", "Sarah Whitlock MP")
        // (not a title before another name: "Bloc Québécois MP Marie-Claude Roy")
        if (members.length >= 2 && POST_NOMINALS.has(t.text) && !(isCapitalised(tokens[j + 1]) && !gap(t, tokens[j + 1]!))) break;
        if (nameShaped(t) || (isAcronym(t) && members.length < MAX_RUN)) {
          members.push(j);
          j++;
          if (isPossessiveWord(t) || (tokens[j]?.text === '’' || tokens[j]?.text === "'") && /s$/.test(t.text) && !isCapitalised(tokens[j + 1])) {
            possessiveEnd = true;
            break;
          }
          continue;
        }
        const w = lower(t);
        const particleThen = (q: number): boolean => isCapitalised(tokens[q]) || (NAME_PARTICLES.has(lower(tokens[q])) && isCapitalised(tokens[q + 1]));
        if (members.length && NAME_PARTICLES.has(w) && particleThen(j + 1) && !gap(t, tokens[j + 1]!)) {
          members.push(j);
          j++;
          continue;
        }
        if (members.length && NAME_SUFFIXES.has(w)) {
          members.push(j);
          j += tokens[j + 1]?.text === '.' ? 2 : 1;
          continue;
        }
      }
      break;
    }
    i = Math.max(i, j - 1);
    if (!members.length || members.length > MAX_RUN) continue;
    splitRun(members, possessiveEnd);
  }

  /**
   * A nickname in quotation marks between a given name and a family name: Frank “Moose” Delahunt,
   * Tamsin "Tee" Oduya. `open` is the opening mark, `prev` the name word before it. Returns the token
   * index of the family name after the closing mark, or -1.
   */
  function nicknameEnd(open: number, prev: number): number {
    const o = tokens[open]!.text;
    const close = o === '“' ? '”' : o === '"' ? '"' : o === '‘' ? '’' : '';
    if (!close || tokens[open]!.start !== tokens[prev]!.end + 1) return -1;
    const before = tokens[prev]!;
    if (!nameShaped(before) || isSplitTitle(before) || isTitleAbbrev(before) || FUNCTION_WORDS.has(lower(before))) return -1;
    let k = open + 1;
    while (k < n && k - open <= 3 && tokens[k]!.kind === 'w' && isCapitalised(tokens[k]) && !gap(tokens[k - 1]!, tokens[k]!)) k++;
    if (k === open + 1 || tokens[k]?.text !== close || tokens[k]!.start !== tokens[k - 1]!.end) return -1;
    const next = tokens[k + 1];
    if (!next || next.start !== tokens[k]!.end + 1 || !nameShaped(next) || FUNCTION_WORDS.has(lower(next)) || isSplitTitle(next) || NOT_NAME.has(lower(next))) return -1;
    return k + 1;
  }

  /**
   * "Do Thi Lan": a capitalised verb-like function word opening a run of two or more name words; with
   * one name word after it ("Will Moy", "To Lam") only where the text then treats the pair as a person:
   * an appositive after a comma or a reporting verb ("Will Moy, chief executive of …", "To Lam said").
   */
  function functionOpensName(members: number[]): boolean {
    if (members.length < 2 || !NAME_OPENING_FUNCTION.has(lower(tokens[members[0]!]))) return false;
    if (members.length === 2) {
      const at = members[1]! + 1;
      const next = tokens[at];
      const after = tokens[at + 1];
      const aw = lower(after);
      const appositive = next?.text === ',' && after?.kind === 'w' && (aw === 'a' || aw === 'the' || (!isCapitalised(after) && !FUNCTION_WORDS.has(aw)));
      if (!appositive && !SPEECH_VERBS.has(lower(next))) return false;
    }
    for (let m = 1; m < members.length; m++) {
      const t = tokens[members[m]!]!;
      if (FUNCTION_WORDS.has(lower(t)) || isAcronym(t) || isSplitTitle(t) || isRoleWord(t) || NOT_NAME.has(bareLower(t)) || isInitialText(t.text)) return false;
    }
    if (!sentenceStart(members[0]!)) return true;
    // at a sentence start only before an appositive or a reporting verb: "Do Thi Lan, a researcher, said"
    // (before a comma only when an appositive follows: not "To LeBron James, triple-doubles are …")
    const last = members[members.length - 1]!;
    const next = tokens[last + 1];
    if (SPEECH_VERBS.has(lower(next))) return true;
    const app = tokens[last + 2];
    return next?.text === ',' && (ROLE_DETERMINERS.has(lower(app)) || app?.kind === 'n' || lower(app) === 'who' || isRoleWord(app));
  }

  /** The comma at c closes a fronted adverbial that opens its sentence with a preposition ("Further up the river,"). */
  function clauseAfterAdverbial(c: number): boolean {
    for (let k = c - 1; k >= 0 && c - k <= 10; k--) {
      const t = tokens[k]!;
      if (t.kind === 'p') return false;
      if (sentenceStart(k)) return ADVERBIAL_OPENERS.has(lower(t));
    }
    return false;
  }

  /** The sentence holding the comma at c opens with "The" and a role head stands between ("The Lagos State Commissioner for Commerce,"). */
  function isSentenceStartThe(c: number): boolean {
    let head = false;
    for (let k = c - 1; k >= 0 && c - k <= 12; k--) {
      const t = tokens[k]!;
      if (t.kind === 'p') return false;
      if (isRoleHead(t)) head = true;
      if (lower(t) === 'the' && sentenceStart(k)) return head;
    }
    return false;
  }

  function sentenceStart(i: number): boolean {
    for (let k = i - 1; k >= 0 && i - k <= 8; k--) {
      const t = tokens[k]!;
      if (gap(t, tokens[k + 1]!)) return true;
      if (t.kind === 'p' && /[“"‘'(\[«—–-]/.test(t.text)) continue;
      return t.kind === 'p' && /[.!?:]/.test(t.text) && !isTitleAbbrev(tokens[k - 1]);
    }
    return true;
  }

  function splitRun(members: number[], possessiveEnd: boolean) {
    let a = 0;
    // leading function words ("But", "The", "And"); a capitalised verb-like function word that opens a run
    // of two or more name words is a family name ("said Do Thi Lan", "Do Thi Lan, a researcher,")
    if (!functionOpensName(members)) while (a < members.length && FUNCTION_WORDS.has(lower(tokens[members[a]!])) && !HONORIFICS.has(lower(tokens[members[a]!]))) a++;
    if (a >= members.length) return;
    // "Cyclone Gabrielle", "Tropical Storm Ana": a storm named like a person
    for (let m = a; m < members.length - 1 && m <= a + 1; m++) {
      const w = lower(tokens[members[m]!]);
      if (STORM_WORDS.has(w) || (w === 'storm' && m > a && lower(tokens[members[m - 1]!]) === 'tropical')) return;
    }
    // "Hosting Cook…", "Reportedly Smith…": a sentence-opening participle or adverb
    if (a < members.length - 1 && PARTICIPLE_OPENER_RE.test(tokens[members[a]!]!.text) && !isGivenName(tokens[members[a]!]!.text) && sentenceStart(members[a]!)) a++;
    // the last title word that a non-title word follows: "Defense Minister | Li Shangfu"
    let titleAt = -1;
    for (let m = members.length - 2; m >= a; m--) {
      const t = tokens[members[m]!]!;
      if (isSplitTitle(t) && !isSplitTitle(tokens[members[m + 1]!]) && !isPossessiveWord(t)) {
        // "Marine Le Pen": a title word that is also the given name opening a short run stays in the name
        if (m === a && members.length - a <= 3 && isGivenName(t.text) && !isTitleAbbrev(t)) break;
        titleAt = m;
        break;
      }
    }
    // "Billionaire Michael R. Bloomberg", "Defendants James Lee": a role noun opening a sentence
    if (titleAt < 0 && members.length - a >= 3 && sentenceStart(members[a]!)) {
      const t = tokens[members[a]!]!;
      if ((isRoleHead(t) && !SURNAME_ROLES.has(bareLower(t))) || (/s$/.test(t.text) && isRoleHead(token(t.text.slice(0, -1), t.start, t.end, t.kind)))) titleAt = a;
    }
    let core = titleAt >= 0 ? titleAt + 1 : a;
    // "Cal Fire Battalion Chief | X": the capitalised words before the title name a body, not a person
    if (titleAt > a + 1) {
      let m = a;
      const keys: string[] = [];
      while (m < titleAt && !isSplitTitle(tokens[members[m]!])) keys.push(nameKey(bareWord(tokens[members[m++]!]!.text)));
      if (keys.length >= 2) titlePrefixes.add(keys.join(' '));
    }
    // "Minister of Planning and Investment | Le Thi Kim Oanh": the portfolio words that close a title's complement
    // (where the complement opened, when its first portfolio words were passed: "Director of Public | Prosecution X")
    let complementFrom = -1;
    if (titleAt < 0 && members.length - core >= 3 && ['and', 'of', 'for', '&'].includes(lower(tokens[members[core]! - 1]))) {
      let m = core;
      while (m < members.length && (PORTFOLIO.has(bareLower(tokens[members[m]!]!)) || OFFICE_TITLES.has(bareLower(tokens[members[m]!]!)))) m++;
      if (m > core && members.length - m >= 2) {
        complementFrom = core;
        core = m;
      }
    }
    // acronyms, demonyms, places and organisation words before a name: "Ukraine Kurt Volker", "FBI Christopher Wray"
    if (titleAt < 0 && members.length - core >= 3) {
      for (let m = core + 1; m <= members.length - 2; m++) {
        const t = tokens[members[m]!]!;
        const surnameFirst = isSurnameFirst(t.text) && members.length - m >= 2;
        if ((isGivenName(t.text) || surnameFirst) && !isGivenName(tokens[members[core]!]!.text)) {
          // only past a place, nation, acronym or possessive: "Ukraine Kurt Volker", not "San Francisco Bay";
          // or past the portfolio words of a title: "Minister of Industry and Trade | Nguyen Thi Thu Ha"
          const prefix = members.slice(core, m).map((x) => tokens[x]!);
          const opened = members[complementFrom >= 0 ? complementFrom : core]!;
          const prep = lower(tokens[opened - 1]);
          const complement = !surnameFirst && (prep === 'of' || prep === 'to' || prep === 'for') && isRoleWord(tokens[opened - 2]);
          const portfolio = (x: Token) => PORTFOLIO.has(bareLower(x)) || OFFICE_TITLES.has(bareLower(x));
          if (complement || prefix.every((x) => isPlace(bareWord(x.text)) || DEMONYMS.has(lower(x)) || isAcronym(x) || isPossessiveWord(x) || (surnameFirst && portfolio(x)))) core = m;
          break;
        }
      }
      // "Secretary of State | Antony Blinken": past a title's complement, the name is the last two words
      // (also past its first portfolio words: "Director of Public | Prosecution Eva-Lotta Berglund")
      const opened = members[complementFrom === a ? a : core]!;
      const prep = lower(tokens[opened - 1]);
      // (a lower-case role's complement is a body unless a given name opens the last two: "chairman of Lam Son Rare Earths")
      const roleBefore = tokens[opened - 2];
      if ((core === a || (complementFrom === a && !isGivenName(tokens[members[core]!]!.text))) && (prep === 'of' || prep === 'to' || prep === 'for') && isRoleWord(roleBefore) && (isCapitalised(roleBefore) || isGivenName(tokens[members[members.length - 2]!]!.text))) core = members.length - 2;
    }
    while (core < members.length - 1 && (isAcronym(tokens[members[core]!]) || DEMONYMS.has(lower(tokens[members[core]!])))) core++;
    // a possessive inside the run ends the name
    const coreMembers = members.slice(core);
    if (!coreMembers.length) return;
    // trailing particles or suffix-only tails are not names
    while (coreMembers.length > 1 && NAME_PARTICLES.has(lower(tokens[coreMembers[coreMembers.length - 1]!]))) coreMembers.pop();
    const firstTok = coreMembers[0]!;
    const lastTok = coreMembers[coreMembers.length - 1]!;
    const lastT = tokens[lastTok]!;
    if (isRoleWord(lastT) && coreMembers.length === 1 && !SURNAME_ROLES.has(bareLower(lastT))) return; // a title alone
    if (coreMembers.every((m) => isRoleWord(tokens[m]) || NAME_PARTICLES.has(lower(tokens[m]))) && !(coreMembers.length === 1 && SURNAME_ROLES.has(bareLower(lastT)))) return; // "Vice President"
    if (isAcronym(lastT) && !isInitialText(lastT.text)) return;
    if (coreMembers.some((m) => isAcronym(tokens[m]) && !isInitialText(tokens[m]!.text) && !CAPITAL_LETTER_PERIOD_RE.test(tokens[m]!.text))) return;
    if (FUNCTION_WORDS.has(lower(tokens[firstTok])) && coreMembers.length === 1) return;
    const words: string[] = [];
    for (const m of coreMembers) {
      const t = tokens[m]!;
      let w = stripInvisible(bareWord(t.text));
      if (isCapitalLetter(t.text) && tokens[m + 1]?.text === '.') w += '.';
      words.push(w);
    }
    const possessive = possessiveEnd && lastTok === members[members.length - 1];
    const start = tokens[firstTok]!.start;
    let end = lastT.start + bareWord(lastT.text).length;
    if (isCapitalLetter(lastT.text) && tokens[lastTok + 1]?.text === '.') end++;
    let after = lastTok + 1;
    if (tokens[after]?.text === '.' && (isTitleAbbrev(lastT) || isCapitalLetter(lastT.text) || NAME_SUFFIXES.has(lower(lastT)))) after++;
    const occ = makeOcc(firstTok, after, start, end, words, possessive);
    if (runNick && words.length > 1) occ.nick = runNick;
    if (words.length === 1) singles.push(occ);
    else multis.push(occ);
  }


  /** "Council members | A and B", "Reps. | A and B": a plural title right before a name that others follow. */
  function pluralTitle(s: number, e: number): string | null {
    let h = s - 1;
    if (tokens[h]?.text === '.' && tokens[h - 1]?.end === tokens[h]!.start) h--;
    const t = tokens[h];
    if (!t || t.kind !== 'w' || !/s$/.test(t.text) || t.text.length < 4) return null;
    const sing = t.text.slice(0, -1);
    if (!isRoleHead(token(sing, t.start, t.end, t.kind)) || COURTESY.has(sing.toLowerCase())) return null;
    const next = lower(tokens[e]) === 'and' || tokens[e]?.text === ',' ? tokens[e + 1] : undefined;
    // (or a plural title opening the sentence: "Defendants | James Lee, 68, of Torrance, and …")
    if ((!next || !isCapitalised(next)) && !(isCapitalised(t) && sentenceStart(h))) return null;
    let k = h - 1;
    while (k >= 0 && h - k <= 4 && tokens[k]!.kind === 'w' && !gap(tokens[k]!, tokens[k + 1]!) && !FUNCTION_WORDS.has(lower(tokens[k])) && (isCapitalised(tokens[k]) || isRoleWord(tokens[k]))) k--;
    return text.slice(tokens[k + 1]!.start, tokens[s - 1]!.end);
  }

  /**
   * The predicate of a sentence a name opens, when it gives the person's post or occupation: "X is a
   * physical oceanographer at …", "X directs marine conservation at …", "X runs a dive company …".
   */
  function predicateRole(e: number): { text: string; personal: boolean } | null {
    const v = lower(tokens[e]);
    let from = -1;
    let personal = false;
    if ((v === 'is' || v === 'was') && (lower(tokens[e + 1]) === 'a' || lower(tokens[e + 1]) === 'an')) from = e + 1;
    // "X, 44, is one of the motel workers"
    else if ((v === 'is' || v === 'was') && lower(tokens[e + 1]) === 'one' && lower(tokens[e + 2]) === 'of') from = e + 1;
    else if (PREDICATE_ROLE_VERBS.has(v)) {
      from = e;
      personal = true;
    }
    if (from < 0) return null;
    let f = from + 1;
    let open = true;
    while (f < n && f - from < 24) {
      const t = tokens[f]!;
      if (gap(tokens[f - 1]!, t)) break;
      if (t.kind === 'p') {
        if (t.text === '.' && innerPeriod(f)) {
          f++;
          continue;
        }
        if (t.text === ',') {
          const p = placeTail(tokens, f);
          if (p > 0) {
            f = p;
            continue;
          }
        }
        if (t.text !== '-' && t.text !== '’' && t.text !== "'") break;
      } else {
        const w = lower(t);
        if (SPEECH_VERBS.has(w)) return null;
        if (w === 'but' || w === 'and' || w === 'who' || w === 'which' || w === 'that' || w === 'because') break;
        // "runs a seaweed nursery | from a converted shed": where, not what
        if (w === 'from' && !open) break;
        if (w === 'from' && v !== 'is' && v !== 'was' && f > from + 2) break;
        if (PREPOSITIONS_OF_ROLE.has(w)) open = false;
        if (open && v !== 'is' && v !== 'was') {
          // a verb's object: no evidence needed
        } else if (open && isRoleHead(t)) personal = true;
      }
      f++;
    }
    if (f - from >= 24 || f <= from + 1) return null;
    return { text: text.slice(tokens[from]!.start, tokens[f - 1]!.end), personal };
  }
  function innerPeriod(k: number): boolean {
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    return !!prev && !!next && prev.kind === 'w' && prev.end === tokens[k]!.start && isTitleAbbrev(prev) && !COURTESY.has(lower(prev)) && isCapitalised(next) && !gap(tokens[k]!, next);
  }

  /** A word that may be a single-word name: not a known word of another kind. */
  function soloWord(t: Token): boolean {
    if (t.kind !== 'w' || !isCapitalised(t) || isAcronym(t) || isInitialText(t.text)) return false;
    const k = nameKey(bareWord(t.text));
    return k.length >= 3 && !FUNCTION_WORDS.has(k) && !NOT_NAME.has(k) &&
      !PLACE_WORDS.has(k) && !DEMONYMS.has(k) && !isPlace(k) && !isRoleWord(t) && !NAME_PARTICLES.has(k) && !CALENDAR_WORDS.has(k);
  }

  function makeOcc(s: number, e: number, start: number, end: number, words: string[], possessive: boolean): Occ {
    const para = paraOf[s]!;
    const kind = paraKind[para]!;
    const chain = chainBefore(tokens, text, s);
    const roles: string[] = [];
    const weak: string[] = [];
    let evidence = 0;
    let titled = chain.hasRole;
    const courtesy = chain.courtesyOnly;
    let personTitle = false;
    let chainRole = '';
    if (chain.hasRole) {
      // "Superintendent Dr. | Rafael Quintero": a courtesy title next to the name is not part of the role
      let chainEnd = s;
      while (chainEnd > chain.start) {
        const u = tokens[chainEnd - 1]!;
        if (u.text === '.' && chainEnd - 2 >= chain.start && COURTESY.has(lower(tokens[chainEnd - 2]))) chainEnd -= 2;
        else if (u.kind === 'w' && COURTESY.has(lower(u))) chainEnd--;
        else break;
      }
      // "The Honourable | Deputy Premier X", "the Rt. Hon. | Minister": courtesy titles opening the chain are no part of the role
      let chainFrom = chain.start;
      if (lower(tokens[chainFrom]) === 'the') chainFrom++;
      while (chainFrom < chainEnd && (COURTESY.has(lower(tokens[chainFrom])) || (tokens[chainFrom]!.text === '.' && chainFrom > chain.start))) chainFrom++;
      if (chainFrom === chainEnd || chainFrom === chain.start + 1) chainFrom = chain.start;
      const pre = chainEnd > chainFrom ? text.slice(tokens[chainFrom]!.start, tokens[chainEnd - 1]!.end).trim().replace(/\s*[-—–]$/, '') : '';
      const adjacent = tokens[s - 1];
      personTitle = !!adjacent && !isPossessiveWord(adjacent) && (isRoleWord(adjacent) || (adjacent.text === '.' && isTitleAbbrev(tokens[s - 2]))) && !NOT_NAME.has(lower(adjacent));
      evidence += personTitle || chain.heads.length ? 3 : 1;
      if (!courtesy && pre) chainRole = pre;
    }
    const byOrg = roleByOrganisation(tokens, text, chain.start, chain.hasRole && !courtesy ? text.slice(tokens[chain.start]!.start, start).trim() : null);
    if (byOrg) {
      chainRole = byOrg;
      evidence += 2;
    }
    // "Council members A and B": the plural title, and the names coordinated with the first
    let pluralShared = false;
    if (!chain.hasRole) {
      const plural = pluralTitle(s, e);
      if (plural) {
        chainRole = plural;
        pluralShared = true;
        shared = { role: plural, e };
        evidence += 3;
        titled = true;
      } else if (shared && s > shared.e && s - shared.e <= 2 && tokens.slice(shared.e, s).every((t) => t.text === ',' || lower(t) === 'and')) {
        chainRole = shared.role;
        pluralShared = true;
        shared.e = e;
        evidence += 3;
        titled = true;
      }
    }
    // a role phrase set off before the name, or before its title: "his nominee for commerce secretary,
    // Howard Lutnick", "the bill’s lead sponsor, Rep. Teresa Lindgren"
    let preApp: string | null = null;
    const comma = chain.hasRole ? chain.start - 1 : s - 1;
    // (before a title, a capitalised word before the comma only closes a definite description: "The Lagos State
    // Commissioner for Commerce, Dr. X,"; not "In Washington, Sen. X")
    // (or a definite description of a post at a named body: "the chairman of Acme Mills, Alhaji X")
    if (tokens[comma]?.text === ',' && (!chain.hasRole || (tokens[comma - 1]?.kind === 'w' && (!isCapitalised(tokens[comma - 1]) || isSentenceStartThe(comma))))) {
      preApp = appositiveBefore(tokens, text, comma);
      // before a title only a definite description stands in apposition ("the bill’s lead sponsor, Rep. X";
      // not "Another diplomat, former envoy X")
      if (preApp && chain.hasRole && !/^the\s/i.test(preApp)) preApp = null;
    } else if (tokens[comma]?.text === ',' && chain.hasRole && tokens[comma - 1]?.kind === 'w') {
      const d = appositiveBefore(tokens, text, comma);
      if (d && THE_X_OF_NAME.test(d)) preApp = d;
    }
    const cp = !chain.hasRole ? countryPossessive(tokens, s) : null;
    if (cp) {
      evidence += 2;
      roles.push(cp);
    }
    // post-nominal letters after the name: evidence of a person, and a seat in a legislature is a post
    let pe = e;
    const seats: string[] = [];
    while (!possessive && pe < n && POST_NOMINALS.has(tokens[pe]!.text) && !gap(tokens[pe - 1]!, tokens[pe]!) && !(isCapitalised(tokens[pe + 1]) && !gap(tokens[pe]!, tokens[pe + 1]!))) {
      if (SEAT_POST_NOMINALS.has(tokens[pe]!.text)) seats.push(tokens[pe]!.text);
      pe++;
    }
    if (pe > e) evidence += 3;
    const after = possessive ? null : readAfter(tokens, text, pe, chain.hasRole || pe > e);
    // "Prof. A. Veeresh of the Centre for Policy Studies": a courtesy title keeps the body that follows
    if (after && courtesy && after.tags.length && !chainRole) chainRole = text.slice(tokens[chain.start]!.start, tokens[s - 1]!.end);
    // (";" closes an item of a list: "survived by her daughters, A and B; a son, C; …"; a plural description
    // set off before coordinated names is shared by them)
    const closer = (t: Token | undefined) => t?.text === ',' || t?.text === '.' || t?.text === ';';
    const pluralPre = !!preApp && pluralRoleHead(tokens[comma - 1]!) && lower(tokens[e]) === 'and' && isCapitalised(tokens[e + 1]);
    // (a post opened by "As" needs no comma after the name: "As mayor, X cut the budget")
    const preOk = !!preApp && !!after && (after.speech || closer(tokens[after.end]) || closer(tokens[e]) || pluralPre || asOpened(tokens, text, comma));
    if (preOk && pluralPre) shared = { role: preApp!, e };
    if (preOk) {
      evidence += 3;
      titled = true;
    }
    let own = chainRole || seats.join(' ');
    let act = false;
    if (after) {
      if (after.age) evidence += 3;
      if (after.personal) evidence += 3;
      if (after.party) evidence += 3;
      if (after.speech) evidence += 1;
      for (const tag of after.tags) own = own ? own + tag : tag.replace(/^[\s,]+/, '');
      // "Kestrel, whose real name is X,": a name, not a description
      if (after.appositive && /^whose\s+(?:full|real|legal|birth|given|stage)\s+name\b/i.test(after.appositive)) {
        // nothing to read
      } else if (after.appositive) {
        // a who-clause telling what the person did gives way to a title ("President X, who promised …")
        // (and to any title of the person's own, unless it tells a background: "forward X, who finished with 20
        // points"; not "Kyiv resident X, who had worked there for 22 years")
        // (a post held in the past gives way to a title too: "former MLA X, who represented the seat from 2008")
        // (and to a post set off before the name: "The state health commissioner, X, who represented the governor")
        if ((after.weak || (after.pastPost && own && chainRole && roleIsOfficial(chainRole)) || (after.pastPost && preOk && roleIsOfficial(preApp!))) && ((own && chainRole && (roleIsOfficial(chainRole) || !after.background)) || preOk)) weak.push(after.appositive);
        else {
          if (after.weak && !own) act = true;
          own = own ? `${own}, ${after.appositive}` : after.appositive;
        }
      }
    }
    if (preOk && chainRole) own = `${preApp}, ${own}`;
    else if (preOk) roles.push(preApp!);
    // a plural title shared by several names ("biologists A and B") gives way to a person's own role
    if (own && pluralShared) weak.push(own);
    else if (own) roles.push(own);
    // the predicate of the sentence the name opens: "X is a physical oceanographer at …"
    let kin = false;
    // (also after a fronted adverbial: "Further up the river, Suzie Tran runs a seaweed nursery")
    // (also after an age: "Consuelo X, 44, is one of the motel workers")
    const aged = !!after && after.age && !after.appositive && !after.residence && tokens[after.end - 1]?.text === ',';
    if (!roles.length && !weak.length && after && (after.end === e || aged) && !chain.hasRole && (sentenceStart(s) || (tokens[s - 1]?.text === ',' && clauseAfterAdverbial(s - 1)))) {
      const pr = predicateRole(after.end);
      if (pr) {
        roles.push(pr.text);
        if (pr.personal) evidence += 3;
      }
    }
    // (an age and a home town describe a person less than a title the names share: "Defendants X, 68, of Y")
    if (after?.residence && !pluralShared) weak.push(after.residence);
    // "Chief Ikenna Obi was a businessman who …": a one-word title and the predicate of the sentence it opens
    if (chain.hasRole && chainRole && roles.length === 1 && roles[0] === chainRole && !/\s/.test(chainRole) && after?.end === e && !roleIsOfficial(chainRole) && sentenceStart(chain.start)) {
      const pr = predicateRole(e);
      if (pr && /^an?\s/i.test(pr.text)) roles[0] = `${chainRole}, ${pr.text}`;
    }
    // "whose daughter, Isla, died", "his wife, Joanne,": a given name set off after a kinship noun
    const preHead = preOk ? preApp!.toLowerCase().replace(/^(?:the|a|an|his|her|their|its|our|my|your)\s+/, '') : '';
    if (preOk && words.length === 1 && KIN_NOUNS.has(preHead)) kin = true;
    // a single name presented as a person's: "Nagamma, 62,", "Dana, a 41-year-old teacher,", "a farmer,
    // Ravi,", "neighbour Joanne", "Brazilian striker Dudu"
    let solo = false;
    if (words.length === 1 && !possessive && soloWord(tokens[s]!)) {
      const adjacent = tokens[s - 1];
      const lastPre = preHead.split(/\s+/).pop() ?? '';
      solo = kin || !!after?.age || (!!after?.head && PERSON_NOUNS(after.head)) || (preOk && PERSON_NOUNS(lastPre)) ||
        (!!adjacent && chain.hasRole && !isCapitalised(adjacent) && PERSON_NOUNS(lower(adjacent)));
    }
    const presented = !!after && (after.age || (!!after.head && isRoleHead(token(after.head, 0, 0, 'w'))) || after.personal);
    if (lower(tokens[s - 1]) === 'to' && lower(tokens[s - 2]) === 'according') evidence += 1;
    // "whose full name is X": a person's name
    if (/^(?:is|was)$/.test(lower(tokens[s - 1])) && lower(tokens[s - 2]) === 'name' && FULL_NAME_WORDS.has(lower(tokens[s - 3]))) evidence += 3;
    // “…” ― Sonya Herridge: the byline of a quotation
    const dash = tokens[chain.start - 1]?.text;
    if ((dash === '―' || dash === '—' || dash === '–') && /^[”"’]$/.test(tokens[chain.start - 2]?.text ?? '')) evidence += 2;
    // “…,” said Elinor Hammarskjöld
    if (SPEECH_VERBS.has(lower(tokens[chain.start - 1])) && (tokens[chain.start - 2]?.kind === 'p' || chain.start - 1 === 0)) evidence += 1;
    return {
      s, e, start, end, words, keys: words.map(nameKey), titled, courtesy, personTitle, roles, weak, evidence, act: act && roles.length === 1,
      creates: kind === 'body' && !inWorkTitle[s], possessive, kin, solo, presented, nick: undefined,
    };
  }

  // ---- evidence from the rest of the story ----
  const singleCount = new Map<string, number>();
  const honorificCount = new Map<string, number>();
  for (const o of singles) {
    if (DEMONYMS.has(o.keys[0]!) || isPlace(o.keys[0]!)) continue;
    if (lower(tokens[o.s - 1]) === 'the') continue; // "the Lakers", "the Kremlin": not a surname
    // a bare surname that speaks ("Hijazi said") or is presented ("Hijazi, the chief executive,") counts double
    const weight = SPEECH_VERBS.has(lower(tokens[o.e])) || SPEECH_VERBS.has(lower(tokens[o.s - 1])) || o.presented ? 2 : 1;
    if (o.keys[0]!.includes('-')) for (const piece of o.keys[0]!.split('-')) bump(singleCount, piece, weight);
    else bump(singleCount, o.keys[0]!, weight);
    if (o.keys[0]!.includes('-')) bump(singleCount, o.keys[0]!, weight);
    if (o.titled) bump(honorificCount, o.keys[0]!);
  }

  // "the Ravena president", "the KSAR news director": a capitalised word that modifies a role noun names a body
  const bodyWords = new Set<string>();
  for (let i = 1; i + 1 < n; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'w' || !isCapitalised(t) || lower(tokens[i - 1]) !== 'the' || isPossessiveWord(t)) continue;
    let h = i + 1;
    if (!isCapitalised(tokens[h]) && !isRoleHead(tokens[h]) && isRoleHead(tokens[h + 1]) && !isCapitalised(tokens[h + 1])) h++;
    if (!isCapitalised(tokens[h]) && isRoleHead(tokens[h]) && !KIN_NOUNS.has(lower(tokens[h]))) bodyWords.add(nameKey(t.text));
  }
  /** The name at token s stands where a body's name does. */
  /** ", a town of …", ", a village in …": an appositive at e whose head is a kind of place. */
  function placeAppositive(e: number): boolean {
    if (tokens[e]?.text !== ',' || !ROLE_DETERMINERS.has(lower(tokens[e + 1]))) return false;
    for (let k = e + 2; k < tokens.length && k <= e + 5 && tokens[k]!.kind === 'w'; k++) {
      if (!PLACE_KINDS.has(lower(tokens[k]))) continue;
      const next = tokens[k + 1];
      return !next || next.kind === 'p' || PLACE_KIND_FOLLOWERS.has(lower(next));
    }
    return false;
  }

  function bodyContext(s: number): boolean {
    let k = s - 1;
    if (tokens[k]?.kind === 'w' && /-based$/.test(lower(tokens[k]))) k--;
    if (lower(tokens[k]) === 'the') k--;
    const prep = lower(tokens[k]);
    const before = tokens[k - 1];
    if (!before || before.kind !== 'w') return false;
    const bw = lower(before);
    if ((prep === 'of' || prep === 'at') && !isCapitalised(before) && isRoleHead(before) && !KIN_NOUNS.has(bw) && !PERSON_OBJECT_HEADS.has(bw)) return true;
    // "the member for Mount Ridley", "the MP for Bristol West": a legislator's seat
    if (prep === 'for' && SEAT_HOLDERS.has(bw)) return true;
    return (prep === 'of' || prep === 'for' || prep === 'and' || prep === '&') && isCapitalised(before) && NOT_NAME.has(bareLower(before)) && !isGivenName(before.text);
  }

  const byKey = new Map<string, { occs: Occ[]; score: number }>();
  for (const o of multis) {
    const key = o.keys.join(' ');
    let g = byKey.get(key);
    if (!g) byKey.set(key, (g = { occs: [], score: -1 }));
    g.occs.push(o);
  }
  const accepted = new Set<string>();
  for (const [key, g] of byKey) {
    const o = g.occs[0]!;
    const words = o.words;
    const keys = o.keys;
    if (!g.occs.some((x) => x.creates)) continue;
    // a given name that is also a word ("Bill Hargrove") opens a name all the same
    const givenFirst = keys.length >= 2 && isGivenName(words[0]!);
    // … and a family name that is also a word ("Ian Fox") stands when the story presents the person
    // (less for a common family name such as Fox or Green: "Dana Fox said")
    const presented = givenFirst && keys.length === 2 && g.occs.some((x) => x.evidence >= (WORD_SURNAMES.has(keys[1]!) ? 1 : 3));
    if (keys.some((k, ki) => (NOT_NAME.has(k) && !(ki === 0 && givenFirst) && !(ki === 1 && presented && !INSTITUTION_WORDS.has(k))) || (k.includes('-') && k.split('-').some((x) => NOT_NAME.has(x))))) continue;
    if (INSTITUTION_WORDS.has(keys[keys.length - 1]!)) continue;
    // "Lower Manhattan", "West Philadelphia": a part of a place
    if (keys.length === 2 && DIRECTIONS.has(keys[0]!) && !g.occs.some((x) => x.titled)) continue;
    if (keys.some((k) => k.endsWith('s') && DEMONYMS.has(k.slice(0, -1)))) continue; // "Chinese Americans"
    if (keys.length > 5) continue;
    // "Cal Fire Battalion Chief X" elsewhere: "Cal Fire" names the body
    if (titlePrefixes.has(key) || [...titlePrefixes].some((t) => t.startsWith(key + ' '))) continue;
    const name = keys.filter((k) => !NAME_SUFFIXES.has(k) && !NAME_SUFFIXES.has(k + '.'));
    const last = name[name.length - 1]!;
    const first = name[0]!;
    let score = 0;
    for (const x of g.occs) score += x.evidence;
    const firstWord = words[0]!;
    if (isGivenName(firstWord)) score += 2;
    else if (isInitialText(firstWord)) score += 1.5;
    if (isSurnameFirst(firstWord) && name.length <= 3 && !isGivenName(words[1]!)) score += 2;
    if (words.slice(1, -1).some((w) => isInitialText(w))) score += 1.5;
    if (gazetteer && gazetteer.hasName(words.join(' '))) score += 3;
    // bare mentions of the surname (or, surname first, of the first word) elsewhere in the story
    const bare = (singleCount.get(last) ?? 0) + (isSurnameFirst(firstWord) ? singleCount.get(first) ?? 0 : 0);
    score += Math.min(3, bare);
    if (honorificCount.get(last)) score += 3;
    // "the Safeguard Defenders report", "the Los Angeles Lakers": a name after "the" with no title is a thing's
    if (g.occs.every((x) => lower(tokens[x.s - 1]) === 'the' && !x.titled)) score -= 2;
    // a body's context: "chief executive of Perth-based | Austral Critical Metals", "the Department of Natural
    // Resources and | Environment Tasmania", "the | Ravena president", "Lai Chau | province"
    if (g.occs.some((x) => bodyContext(x.s))) score -= 4;
    if (bodyWords.has(last)) score -= 3;
    // "crested at Harlan Ford", "spoke on Salem Radio": a name only ever after a preposition of place, with
    // no title, is a place's or an outlet's
    if (g.occs.every((x) => !x.titled && !x.possessive && LOCATIVES.has(lower(tokens[x.s - 1])))) score -= 2;
    // "Harlan Ford, a town of about 2,300 people": the story says it is a place
    if (g.occs.some((x) => placeAppositive(x.e))) score -= 4;
    if (g.occs.some((x) => !isCapitalised(tokens[x.e]) && AREA_NOUNS.has(lower(tokens[x.e])))) score -= 3;
    // place and group words inside the name count against it
    if (PLACE_WORDS.has(last)) score -= 3;
    // ("Commissioner Andrew French", "Dawn French said": a family name that is also a demonym, after a given
    // name, in a presented name)
    const demonymSurname = presented && keys.length === 2 && DEMONYMS.has(last) && !DEMONYMS.has(first);
    if (keys.some((k) => DEMONYMS.has(k)) && !demonymSurname) score -= 3;
    if (keys.some((k) => isPlace(k)) || isPlace(key)) score -= 2;
    if (keys.every((k) => FUNCTION_WORDS.has(k) || NAME_PARTICLES.has(k))) continue;
    if (DEMONYMS.has(last) && !demonymSurname) continue;
    // "High Commissioner": a title, unless a given name opens it ("Julie Bishop")
    if (isRoleWord(tokens[o.e - 1]) && !isGivenName(firstWord) && !o.titled) continue;
    g.score = score;
    if (score >= ACCEPT) accepted.add(key);
  }

  // names in a list with accepted names ("Robert De Niro, Al Pacino, and Joe Pesci") are names too
  const multiAt = new Map<number, Occ>();
  const multiEnd = new Map<number, Occ>();
  for (const o of multis) {
    multiAt.set(o.s, o);
    multiEnd.set(o.e, o);
  }
  const listNeighbour = (o: Occ): boolean => {
    // next item: ", X" / "and X" / ", and X"
    let k = o.e;
    if (tokens[k]?.text === ',') k++;
    if (lower(tokens[k]) === 'and' || lower(tokens[k]) === 'or') k++;
    const next = k > o.e ? multiAt.get(k) : undefined;
    if (next && accepted.has(next.keys.join(' '))) return true;
    // previous item
    for (const prevEnd of [o.s - 1, o.s - 2, o.s - 3]) {
      if (prevEnd < 0) break;
      const sep = tokens.slice(prevEnd, o.s).map((t) => t.text.toLowerCase()).join(' ');
      if (sep !== ',' && sep !== 'and' && sep !== ', and' && sep !== 'or') continue;
      const m = multiEnd.get(prevEnd);
      if (m && accepted.has(m.keys.join(' '))) return true;
    }
    return false;
  };
  for (const [key, g] of byKey) {
    if (accepted.has(key) || g.score < 0 || !g.occs.some((x) => x.creates)) continue;
    const keys = g.occs[0]!.keys;
    if (keys.some((k) => NOT_NAME.has(k) || DEMONYMS.has(k) || isPlace(k) || PLACE_WORDS.has(k) || FUNCTION_WORDS.has(k))) continue;
    if (g.occs.some(listNeighbour)) accepted.add(key);
  }

  // ---- people from accepted full names ----
  const people: Person[] = [];
  const occsOf = new Map<Person, Occ[]>();
  const byLast = new Map<string, Person[]>();
  const byFirst = new Map<string, Person[]>();
  /** First family names of double surnames ("Fuenzalida" of "María Ignacia Fuenzalida Rojas"). */
  const byPaternal = new Map<string, Person[]>();
  const byFull = new Map<string, Person>();
  const nameKeysOf = new Map<Person, string[]>();
  const firstSeen = new Map<Person, number>();

  const core = (keys: string[]) => keys.filter((k) => !NAME_SUFFIXES.has(k) && !NAME_SUFFIXES.has(k + '.'));
  const index = (p: Person, keys: string[]) => {
    const c = core(keys);
    nameKeysOf.set(p, c);
    byFull.set(c.join(' '), p);
    pushIndex(byLast, c[c.length - 1]!, p);
    pushIndex(byFirst, c[0]!, p);
    // a family name with particles ("De Niro") or two words ("Zuma-Sambudla" is one) answers as a whole
    // (the first person so named keeps it: "Ms. von X" after "Friederike von X" and her father "Konrad von X")
    for (let i = 1; i < c.length - 1; i++) if (NAME_PARTICLES.has(c[i]!) && !byFull.has(c.slice(i).join(' '))) byFull.set(c.slice(i).join(' '), p);
    // Spanish and Portuguese double surnames: the first family name answers alone ("María Ignacia Fuenzalida
    // Rojas" → "Fuenzalida", "Ignacio de la Fuente Larraín" → "de la Fuente")
    if (c.length >= 3) {
      const j = c.length - 2;
      const w = c[j]!;
      if (!NAME_PARTICLES.has(w) && !isGivenName(w) && !/\./.test(w) && !/(?:ing|ed|ly)$/.test(w) && !FUNCTION_WORDS.has(w) && !NOT_NAME.has(w) && !PATRONYMIC.has(c[j - 1]!)) {
        pushIndex(byPaternal, w, p);
        let i = j;
        while (i > 1 && NAME_PARTICLES.has(c[i - 1]!)) i--;
        for (let q = i; q < j; q++) if (!byFull.has(c.slice(q, j + 1).join(' '))) byFull.set(c.slice(q, j + 1).join(' '), p);
      }
    }
  };
  const newPerson = (words: string[], keys: string[], at: number): Person | null => {
    if (people.length >= maxPeople) return null;
    const p: Person = { key: `p${people.length}`, name: words.join(' '), id: null, official: false, roleInText: null, role: null, context: null, mentions: [] };
    people.push(p);
    occsOf.set(p, []);
    firstSeen.set(p, at);
    index(p, keys);
    return p;
  };
  const compatible = (a: string[], b: string[]) => {
    // same family name and a compatible given name: "Michael R. Bloomberg" ~ "Michael Bloomberg", "J. Smith" ~ "John Smith"
    if (a[a.length - 1] !== b[b.length - 1]) return false;
    const fa = a[0]!;
    const fb = b[0]!;
    if (fa === fb) return true;
    const ia = LETTER_PERIOD_RE.test(fa);
    const ib = LETTER_PERIOD_RE.test(fb);
    return (ia && fb.startsWith(fa[0]!)) || (ib && fa.startsWith(fb[0]!));
  };
  /** "H.M. Lakshmana Gowda" ~ "Lakshmana Gowda", "Dolores Ybarra Quintanilla" ~ "Ybarra Quintanilla": the shorter
   * form (two words or more) is the end of the longer one. */
  const sameTail = (a: string[], b: string[]) => {
    const [short, long] = a.length <= b.length ? [a, b] : [b, a];
    if (short.length < 2 || short.length === long.length) return false;
    for (let i = 1; i <= short.length; i++) if (short[short.length - i] !== long[long.length - i]) return false;
    // what the longer form adds are initials or given names, or the story presents the longer form as a
    // person's; not an epithet or a headline's words ("Crooked Hillary Clinton")
    const presented = byKey.get(long.join(' '))?.occs.some((x) => x.evidence >= 3) ?? false;
    for (let i = 0; i < long.length - short.length; i++) {
      const w = long[i]!;
      if (LETTER_PERIODS_RE.test(w) || isGivenName(w)) continue;
      if (!presented || /(?:ed|ing|ly)$/.test(w)) return false;
    }
    return true;
  };
  const lastShortAt = new Map<Person, number>();
  const attach = (p: Person, o: Occ) => {
    occsOf.get(p)!.push(o);
    if (o.nick) pushIndex(byFirst, o.nick, p);
    if (o.words.length === 1 && o.start > (lastShortAt.get(p) ?? -1)) lastShortAt.set(p, o.start);
    const have = p.name.split(' ');
    if (o.words.length > have.length || (o.words.length === have.length && o.words.join(' ').length > p.name.length)) {
      // a longer form that only adds words before the name it has must add initials or given names
      // ("H.M. Lakshmana Gowda" for "Lakshmana Gowda"; not "Crooked Hillary Clinton" for "Hillary Clinton")
      const extra = o.words.length - have.length;
      const prefixOnly = extra > 0 && nameKey(o.words[extra]!) === nameKey(have[0]!);
      if (accepted.has(o.keys.join(' ')) && (!prefixOnly || o.words.slice(0, extra).every((w) => isInitialText(w) || isGivenName(w)))) p.name = o.words.join(' ');
    }
  };

  /** People introduced as someone's relative ("her late husband, Walt X", "Ms. X’s father, Konrad X"): a bare
   * family name they share with the story's subject is the subject's. */
  const relatives = new Set<Person>();
  const kinIntroduced = (o: Occ): boolean => {
    // "Ms. X’s father, Konrad X", "her brother Felix X"
    const before = tokens[o.s - 1]?.text === ',' ? tokens[o.s - 2] : tokens[o.s - 1];
    if (before && KIN_NOUNS.has(lower(before))) return true;
    for (const r of o.roles) {
      const head = r.split(',')[0]!.trim().split(/\s+/).pop()!.toLowerCase();
      if (KIN_NOUNS.has(head) || head === 'widow' || head === 'grandmother' || head === 'grandfather') return true;
    }
    return false;
  };
  const orderedMultis = [...multis].sort((x, y) => x.start - y.start);
  for (const o of orderedMultis) {
    const key = o.keys.join(' ');
    if (!accepted.has(key)) continue;
    const c = core(o.keys);
    let p = byFull.get(c.join(' ')) ?? null;
    if (!p) {
      for (const q of byLast.get(c[c.length - 1]!) ?? []) {
        if ((compatible(nameKeysOf.get(q)!, c) || sameTail(nameKeysOf.get(q)!, c)) && nameKeysOf.get(q)!.length > 1) {
          p = q;
          break;
        }
      }
      if (p) {
        // keep the fuller form's keys reachable too
        byFull.set(c.join(' '), p);
      }
    }
    // "Don Efraín", "Doña Rosa": a Spanish courtesy title before the given name of someone the story named
    if (!p && c.length === 2 && GIVEN_NAME_TITLES.has(c[0]!) && !byLast.has(c[1]!)) {
      const q = (byFirst.get(c[1]!) ?? []).filter((x) => nameKeysOf.get(x)!.length > 1);
      if (q.length === 1) p = q[0]!;
    }
    if (!p) {
      p = newPerson(o.words, o.keys, o.start);
      if (p && kinIntroduced(o)) relatives.add(p);
    }
    if (p) attach(p, o);
  }

  // "Bill and Hillary Clinton": a given name coordinated with a full name shares its family name
  for (const o of singles) {
    if (!isGivenName(o.words[0]!) || lower(tokens[o.e]) !== 'and') continue;
    const partner = multiAt.get(o.e + 1);
    if (!partner || !accepted.has(partner.keys.join(' ')) || partner.words.length !== 2) continue;
    const words = [o.words[0]!, partner.words[1]!];
    const keys = words.map(nameKey);
    const p = byFull.get(keys.join(' ')) ?? newPerson(words, keys, o.start);
    if (p) {
      attach(p, o);
      o.words = ['\u0000']; // consumed
    }
  }

  // full names that were not enough on their own but name someone the story introduced ("De Niro",
  // "Michael Bloomberg" inside a book title)
  for (const o of orderedMultis) {
    if (accepted.has(o.keys.join(' '))) continue;
    const c = core(o.keys);
    let p = byFull.get(c.join(' ')) ?? null;
    if (!p) for (const q of byLast.get(c[c.length - 1]!) ?? []) if (compatible(nameKeysOf.get(q)!, c) || sameTail(nameKeysOf.get(q)!, c)) p = q;
    if (p) {
      attach(p, o);
      continue;
    }
    // "the Ybarra Quintanilla Branch Library": a person's name opening the name of a thing is a mention of them
    const f = c.findIndex((k) => NOT_NAME.has(k));
    for (let len = f - 1; len >= 2 && !p; len--) {
      const part = c.slice(0, len);
      p = byFull.get(part.join(' ')) ?? null;
      if (!p) for (const q of byLast.get(part[len - 1]!) ?? []) if (sameTail(nameKeysOf.get(q)!, part)) p = q;
      if (p) {
        const lastTok = tokens[o.s + len - 1]!;
        if (tokens.slice(o.s, o.s + len).every((t) => t.kind === 'w')) attach(p, { ...o, e: o.s + len, end: lastTok.end, words: o.words.slice(0, len), keys: part, roles: [], weak: [] });
      }
    }
  }

  // ---- single words: surnames, first names, "Mr. Xie", "President Obama", "Li-Austin" ----
  const resolveSingle = (key: string, at: number, titled: boolean): Person | null => {
    const exact = byFull.get(key);
    if (exact && nameKeysOf.get(exact)!.length === 1) return exact;
    let cands = byLast.get(key) ?? [];
    // (a family name written first, "Ms. Lee" after "Lee Min-jung": the one just named, not the first)
    let familyFirst = false;
    if (!cands.length) {
      cands = (byFirst.get(key) ?? []).filter((p) => nameKeysOf.get(p)!.length > 1);
      familyFirst = cands.length > 1;
    }
    if (!cands.length && !exact) cands = byPaternal.get(key) ?? [];
    // "Ellie" for Eleanor, "Bill" for William: a pet form of the given name of one person the story named
    if (!cands.length && !exact) {
      const formal = PET_NAMES.get(key);
      if (formal) {
        const found: Person[] = [];
        for (const f of formal) for (const q of byFirst.get(f) ?? []) if (nameKeysOf.get(q)!.length > 1 && !found.includes(q)) found.push(q);
        if (found.length === 1) return found[0]!;
      }
    }
    if (!cands.length && exact) return exact;
    if (!cands.length) return null;
    if (cands.length === 1) return cands[0]!;
    if (relatives.size) {
      const main = cands.filter((p) => !relatives.has(p));
      if (main.length && main.length < cands.length) cands = main;
      if (cands.length === 1) return cands[0]!;
    }
    if (titled && familyFirst) {
      // …unless introduced just before: "Lee Min-jung, a fellow, said … “…,” Ms. Lee said"
      const near = nearest(cands, at);
      const b = lastBefore(near, at);
      if (b >= 0 && at - b < 400) return near;
    }
    if (titled) {
      // the one introduced first: "Vice President Biden" is the Biden the story is about
      let best = cands[0]!;
      for (const p of cands) if (firstSeen.get(p)! < firstSeen.get(best)!) best = p;
      return best;
    }
    return nearest(cands, at);
  };
  // the person mentioned last before `at`: full-name mentions by binary search, short mentions as they are
  // linked in text order
  const fullStarts = new Map<Person, number[]>();
  const lastBefore = (p: Person, at: number): number => {
    let starts = fullStarts.get(p);
    if (!starts) fullStarts.set(p, (starts = occsOf.get(p)!.map((o) => o.start).sort((x, y) => x - y)));
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    const full = lo > 0 ? starts[lo - 1]! : -1;
    const short = lastShortAt.get(p) ?? -1;
    return short <= at ? Math.max(full, short) : full;
  };
  const nearest = (cands: Person[], at: number): Person => {
    let best: Person | null = null;
    let bestAt = -1;
    for (const p of cands) {
      const b = lastBefore(p, at);
      if (b > bestAt) {
        bestAt = b;
        best = p;
      }
    }
    if (best) return best;
    // nobody yet: the one introduced next
    for (const p of cands) if (!best || firstSeen.get(p)! < firstSeen.get(best)!) best = p;
    return best!;
  };
  const fuzzyCache = new Map<string, Person | null>();
  const fuzzySurname = (key: string): Person | null => {
    if (key.length < 6) return null;
    if (fuzzyCache.has(key)) return fuzzyCache.get(key)!;
    const found = fuzzyScan(key);
    fuzzyCache.set(key, found);
    return found;
  };
  const fuzzyScan = (key: string): Person | null => {
    let found: Person | null = null;
    for (const [last, ps] of byLast) {
      if (Math.abs(last.length - key.length) > 1 || last.slice(0, 4) !== key.slice(0, 4)) continue;
      if (withinOneEdit(last, key)) {
        if (found && found !== ps[0]) return null;
        found = ps[0]!;
      }
    }
    return found;
  };

  /** "said van Sebille": the lower-case particles before a family name that the person's full name has them in. */
  const withParticles = (o: Occ, p: Person): Occ => {
    const keys = nameKeysOf.get(p)!;
    let s = o.s;
    let at = keys.lastIndexOf(o.keys[0]!);
    while (at > 0 && s > 0 && tokens[s - 1]!.kind === 'w' && NAME_PARTICLES.has(tokens[s - 1]!.text) && nameKey(tokens[s - 1]!.text) === keys[at - 1] && tokens[s - 1]!.end + 1 === tokens[s]!.start) {
      s--;
      at--;
    }
    if (s === o.s) return o;
    return { ...o, s, start: tokens[s]!.start };
  };
  const singleOrder = singles.filter((o) => o.words[0] !== '\u0000').sort((x, y) => x.start - y.start);
  // titled single names introduce a person when no full name answers ("President Obama", "Mr Obama")
  for (const o of singleOrder) {
    if (!(o.titled || o.solo) || !o.creates) continue;
    const key = o.keys[0]!;
    if (resolveSingle(key, o.start, true) || NOT_NAME.has(key) || PLACE_WORDS.has(key) || isPlace(key) || DEMONYMS.has(key)) continue;
    if (!o.kin && !o.solo && (!o.personTitle || !isSplitTitle(tokens[o.s - 1]?.text === '.' ? tokens[o.s - 2] : tokens[o.s - 1]))) continue;
    if (fuzzySurname(key)) continue;
    if (key.includes('-') && key.split('-').every((k) => resolveSingle(k, o.start, true))) continue;
    newPerson(o.words, o.keys, o.start);
  }
  for (const o of singleOrder) {
    const key = o.keys[0]!;
    if (FUNCTION_WORDS.has(key)) continue;
    // "Austin, Texas": a place
    if (tokens[o.e]?.text === ',' && tokens[o.e + 1] && isPlace(bareWord(tokens[o.e + 1]!.text)) && !o.titled) continue;
    let p = resolveSingle(key, o.start, o.titled);
    if (!p && o.titled) p = fuzzySurname(key);
    if (p) {
      attach(p, withParticles(o, p));
      continue;
    }
    if (key.includes('-')) {
      // "the Li-Austin meeting": each half may name someone
      let off = o.start;
      const raw = text.slice(o.start, o.end);
      for (const piece of raw.split(/[-‐‑]/)) {
        const pk = nameKey(piece);
        const q = pk ? resolveSingle(pk, off, false) : null;
        if (q) attach(q, { ...o, start: off, end: off + piece.length, words: [piece], keys: [pk], roles: [], weak: [] });
        off += piece.length + 1;
      }
    }
  }

  // ---- "Brazilian striker Dudu … The 24-year-old, whose full name is Eduardo Pitanga dos Santos": the one
  // name a person goes by and the full name the story gives once are the same person ----
  for (const o of orderedMultis) {
    const k = o.s;
    if (!/^(?:is|was)$/.test(lower(tokens[k - 1])) || lower(tokens[k - 2]) !== 'name' || !FULL_NAME_WORDS.has(lower(tokens[k - 3]))) continue;
    const p = byFull.get(core(o.keys).join(' '));
    if (!p || !people.includes(p)) continue;
    let q: Person | null = null;
    let qAt = -1;
    for (const c of people) {
      if (c === p || nameKeysOf.get(c)!.length !== 1) continue;
      const at = lastBefore(c, o.start);
      if (at >= 0 && o.start - at < 600 && at > qAt) {
        q = c;
        qAt = at;
      }
    }
    if (!q) continue;
    occsOf.get(p)!.push(...occsOf.get(q)!);
    occsOf.set(q, []);
    byFull.set(nameKeysOf.get(q)![0]!, p);
    people.splice(people.indexOf(q), 1);
  }

  // ---- "Vale, born Jennifer Ann Valenzuela in Tucson,": the name a person was born with is the same person ----
  const mergedInto = new Map<Person, Person>();
  for (const o of orderedMultis) {
    if (lower(tokens[o.s - 1]) !== 'born' || tokens[o.s - 2]?.text !== ',') continue;
    const p = byFull.get(core(o.keys).join(' '));
    if (!p || !people.includes(p)) continue;
    const q = people.find((c) => c !== p && occsOf.get(c)!.some((x) => x.e === o.s - 2));
    if (!q) continue;
    occsOf.get(q)!.push(...occsOf.get(p)!);
    occsOf.set(p, []);
    mergedInto.set(p, q);
    people.splice(people.indexOf(p), 1);
  }

  // ---- bodies the story names, which a role may refer back to ("the trust’s chief executive") ----
  const bodies = new Map<string, { at: number; pub: boolean }[]>();
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    // (a word shorter than every body word is none: lower-casing never shortens one that could be)
    if (t.kind !== 'w' || !mayBeBodyReference(t.text)) continue;
    const c0 = t.text.charCodeAt(0);
    const head = bareWord(lower(t));
    if (!BODY_REFERENCES.has(head)) continue;
    // the capitalised name before the head word ("Westbrook Unified School District board"), or ending in it
    let k = i - 1;
    const words: string[] = c0 >= 65 && c0 <= 90 ? [head] : [];
    while (k >= 0 && i - k <= 8 && !gap(tokens[k]!, tokens[k + 1]!)) {
      const u = tokens[k]!;
      const w = lower(u);
      if (isCapitalised(u) && !FUNCTION_WORDS.has(w)) words.push(bareWord(w));
      else if (!(w === 'of' || w === 'and' || w === 'for' || w === '&') || !isCapitalised(tokens[k - 1])) break;
      k--;
    }
    if (words.length < (c0 >= 65 && c0 <= 90 ? 2 : 1)) continue;
    let list = bodies.get(head);
    if (!list) bodies.set(head, (list = []));
    if (list.length < 64) list.push({ at: t.start, pub: bodyIsPublic(words) });
  }
  /** A role that refers back to a public body the story named before `at`. */
  const publicByReference = (role: string, at: number): boolean => {
    const ref = bodyReference(role);
    const list = ref ? bodies.get(ref) : undefined;
    if (!list) return false;
    let last: { at: number; pub: boolean } | null = null;
    for (const b of list) if (b.at < at) last = b;
    return !!last && last.pub && roleIsOfficial(role, true);
  };

  // ---- acronyms of public bodies the story names in full ("California Public Utilities Commission" → CPUC) ----
  let publicAcronyms: Set<string> | null = null;
  const readPublicAcronyms = (): Set<string> => {
    const out = new Set<string>();
    let i = 0;
    while (i < n) {
      const t = tokens[i]!;
      if (t.kind !== 'w' || !isCapitalised(t) || FUNCTION_WORDS.has(lower(t)) || isAcronym(t)) {
        i++;
        continue;
      }
      // a run of capitalised words with "of", "and", "for", "the" inside ("Civil Aviation Authority of Nepal")
      const words: string[] = [];
      let caps = '';
      let all = '';
      let j = i;
      while (j < n && j - i < 12 && (j === i || !gap(tokens[j - 1]!, tokens[j]!))) {
        const u = tokens[j]!;
        const w = lower(u);
        if (u.kind === 'w' && isCapitalised(u) && !FUNCTION_WORDS.has(w) && !isAcronym(u)) {
          words.push(bareWord(w));
          caps += u.text[0];
          all += u.text[0];
        } else if ((w === 'of' || w === 'and' || w === 'for' || w === 'the' || w === '&') && isCapitalised(tokens[j + 1])) all += w === '&' ? '' : w[0]!.toUpperCase();
        else break;
        j++;
      }
      // (not a public university's or school's: "San Diego State University" → SDSU)
      if (words.length >= 2 && bodyIsPublic(words) && !words.some((w) => PRIVATE_BODIES.has(w))) {
        out.add(caps);
        out.add(all);
      }
      i = j > i ? j : i + 1;
    }
    return out;
  };
  /** A role naming, by its acronym, a public body the story named in full ("a CAAN spokesperson"). */
  const publicByAcronym = (role: string): boolean => {
    const found = role.match(ACRONYMS_IN_ROLE);
    if (!found) return false;
    publicAcronyms ??= readPublicAcronyms();
    return found.some((a) => publicAcronyms!.has(a)) && roleIsOfficial(role, true);
  };

  // ---- which tokens stand inside a quotation (read once, when a person has roles in more than one place) ----
  let quoted: Uint8Array | null = null;
  const quotedAt = (k: number): boolean => {
    if (!quoted) {
      quoted = new Uint8Array(n);
      let open = false;
      for (let i = 0; i < n; i++) {
        const t = tokens[i]!;
        if (i > 0 && paraOf[i] !== paraOf[i - 1]) open = false;
        if (t.kind === 'p') {
          if (t.text === '“' || t.text === '«') open = true;
          else if (t.text === '”' || t.text === '»') open = false;
          else if (t.text === '"') open = !open;
        }
        if (open) quoted[i] = 1;
      }
    }
    return quoted[k] === 1;
  };

  /** The sentence holding token k, or the one before it, names a company and no public body. */
  const companyAround = (k: number): boolean => {
    let a = k;
    let starts = 0;
    while (a > 0 && k - a < 80 && starts < 2) {
      a--;
      if (endsSentence(tokens, a)) starts++;
    }
    let b = k;
    while (b < n && b - k < 40 && !endsSentence(tokens, b)) b++;
    let company = false;
    for (let i = a; i < b; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'w') continue;
      const w = bareLower(t);
      if (PUBLIC_BODIES.has(w) && (isCapitalised(t) || w === 'government' || w === 'ministry' || w === 'department' || w === 'agency' || w === 'police')) return false;
      if (COMPANY_WORDS.has(w)) company = true;
    }
    return company;
  };

  // ---- mentions, roles, official ----
  const owners: { start: number; end: number; person: Person }[] = [];
  for (const p of people) {
    const occs = occsOf.get(p)!.sort((x, y) => x.start - y.start);
    const seen = new Set<number>();
    const mentions: Mention[] = [];
    for (const o of occs) {
      if (seen.has(o.start)) continue;
      seen.add(o.start);
      mentions.push({ start: o.start, end: o.end, text: text.slice(o.start, o.end) });
      owners.push({ start: o.start, end: o.end, person: p });
    }
    p.mentions = mentions;
    p.name = cleanName(p.name);
    // roleInText: the fullest role of the full-name mentions, else of the titled short ones
    const fullLen = nameKeysOf.get(p)!.length;
    const full = occs.filter((o) => o.words.length >= Math.min(2, fullLen));
    const pick = (os: Occ[], weak = false) => {
      let best: string | null = null;
      let bestAct = true;
      let bestQuoted = true;
      for (const o of os) {
        // (a role read inside a quotation gives way to any the story's own text gives)
        const isQuoted = quotedAt(o.s);
        for (const r of weak ? o.weak : o.roles) {
          // a description beats a who-clause that only tells an act, wherever each stands
          const isAct = !weak && !!o.act;
          if (!best || (bestQuoted && !isQuoted) || (bestQuoted === isQuoted && ((bestAct && !isAct) || (bestAct === isAct && words(r) > words(best))))) {
            best = r;
            bestAct = isAct;
            bestQuoted = isQuoted;
          }
        }
      }
      pickedQuoted = bestQuoted;
      return best;
    };
    let pickedQuoted = false;
    p.roleInText = pick(full) ?? pick(occs) ?? pick(full, true) ?? pick(occs, true);
    // (a role the full name has only inside a quotation gives way to one a short mention has in the story's text)
    if (p.roleInText && pickedQuoted && full.length < occs.length) {
      const outside = pick(occs);
      if (outside && !pickedQuoted) p.roleInText = outside;
    }
    // "Chief X … X, who was re-elected chief of the Y Nation,": a one-word title the story spells out later
    if (p.roleInText && !/\s/.test(p.roleInText)) {
      const later = pick(occs);
      if (later && later !== p.roleInText && new RegExp(`\\b${p.roleInText.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(later)) p.roleInText = later;
    }
    p.official = occs.some((o) => o.roles.some((r) => roleIsOfficial(r)) || o.weak.some((r) => roleIsOfficial(r)));
    // "Evergy, the utility, said it was reviewing the order. “…,” spokeswoman Gina X said": a bare spokesperson
    // speaks for the company the sentences around name, not for a public body
    if (p.official && occs.every((o) => [...o.roles, ...o.weak].every((r) => !roleIsOfficial(r) || BARE_SPOKESPERSON.test(r.trim())))) {
      if (occs.some((o) => companyAround(o.s))) p.official = false;
    }
    if (!p.official) p.official = occs.some((o) => o.roles.some((r) => publicByReference(r, o.start) || publicByAcronym(r)));
  }
  owners.sort((a, b) => a.start - b.start);
  // "X pulled out of the festival. The singer, 27, announced …": a description for a person with no role
  for (const [p, role] of rolesFromDescriptions(text, tokens, owners, quotedAt, paras[Math.min(3, paras.length - 1)]!.end)) giveRole(p, role);

  const personAt = (offset: number): Person | null => {
    let lo = 0;
    let hi = owners.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (owners[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    const m = owners[lo];
    return m && m.start <= offset && offset < m.end ? m.person : null;
  };
  const resolveName = (name: string, offset: number): Person | null => {
    const r = resolveNameRaw(name, offset);
    return r ? mergedInto.get(r) ?? r : null;
  };
  const resolveNameRaw = (name: string, offset: number): Person | null => {
    const parts = name
      .trim()
      .split(/\s+/)
      .map((w) => bareWord(w))
      .filter((w) => w && !HONORIFICS.has(w.toLowerCase().replace(/\.$/, '')) && !COURTESY.has(w.toLowerCase()));
    if (!parts.length) return null;
    const keys = parts.map(nameKey);
    const c = core(keys);
    if (!c.length) return null;
    const full = byFull.get(c.join(' '));
    if (full) return full;
    if (c.length > 1) {
      for (const q of byLast.get(c[c.length - 1]!) ?? []) if (compatible(nameKeysOf.get(q)!, c)) return q;
    }
    return resolveSingle(c[c.length - 1]!, offset, false) ?? (c.length > 1 ? resolveSingle(c[0]!, offset, false) : null);
  };
  return { people, personAt, resolveName, tokenized: { text, tokens } };
}

function bump(m: Map<string, number>, k: string, by = 1) {
  m.set(k, (m.get(k) ?? 0) + by);
}

function pushIndex(m: Map<string, Person[]>, k: string, p: Person) {
  const list = m.get(k);
  if (!list) m.set(k, [p]);
  else if (!list.includes(p) && list.length < 16) list.push(p);
}

const words = (s: string) => s.split(/\s+/).length;

function cleanName(s: string): string {
  return stripInvisible(s).replace(/\s+/g, ' ').trim();
}

function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

type ParaKind = 'body' | 'credit' | 'heading';

/** Nearly every word capitalised, verbs too: a headline in title case, not a sentence. */
function titleCase(s: string): boolean {
  // (a quick scan first: a sentence shows a few lower-case words early on, and most paragraphs stop here)
  let lowerWords = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (i > 0 && s.charCodeAt(i - 1) !== 32) continue;
    if ((c >= 97 && c <= 122) && ++lowerWords > 3) return false;
  }
  const ws = s.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (ws.length < 6) return false;
  let caps = 0;
  let capsFunction = 0;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (!/^[\p{Lu}\d"“‘'(]/u.test(w)) continue;
    caps++;
    // (a sentence of names has its verbs and function words in lower case: "Secretary Janet X visited Beijing")
    if (i > 0 && FUNCTION_WORDS.has(w.toLowerCase().replace(/[^\p{L}]/gu, ''))) capsFunction++;
  }
  return caps / ws.length >= 0.85 && capsFunction >= 1;
}

const CREDIT_CUES = [
  'contributed to this report', 'contributed reporting', 'contributed to this story', 'contributed to this article',
  'reporting by ', 'editing by ', 'writing by ', 'additional reporting', 'may be reached at', 'can be reached at',
  'follow him on', 'follow her on', 'compiled by ', 'edited by ', 'reported by ', 'photographs by ', 'photos by ',
];
/** Words every credit cue holds one of: a paragraph without any has none of the cues (one scan, not one per cue). */
const CREDIT_HINT = /contributed|reporting|editing by|writing by|reached at|follow h|compiled by|edited by|reported by|photo/;
/** (a cue added without a hint turns the shortcut off rather than going unread) */
const CREDIT_HINTED = CREDIT_CUES.every((c) => CREDIT_HINT.test(c));
const BIO_VERBS = new Set(['covers', 'writes', 'reports', 'is', 'was']);
const BIO_NOUNS = ['reporter', 'correspondent', 'writer', 'editor', 'journalist', 'columnist', 'contributor', 'producer'];

/**
 * What kind of paragraph this is for people: a credit line or author bio (its names are not in the
 * story), a heading or a link (it may mention people the story has, but introduces none), or body.
 */
function paragraphKind(text: string, sp: Span, idx: number, count: number): ParaKind {
  const len = sp.end - sp.start;
  // (a long paragraph is read only for its opening words below: a short head does)
  const head = text.slice(sp.start, Math.min(sp.end, sp.start + (len < 600 ? 600 : 20))).toLowerCase();
  if (len < 600) {
    if (!CREDIT_HINTED || CREDIT_HINT.test(head)) for (const cue of CREDIT_CUES) {
      const at = head.indexOf(cue);
      if (at >= 0 && (!cue.endsWith(' by ') || at === 0 || /[;:(—–-]\s*$|^\s*(?:additional\s+)?$/.test(head.slice(Math.max(0, at - 12), at)))) return 'credit';
    }
    if (idx >= count - 3) {
      // "Steven Mufson covers the White House.", "Jane Doe is a staff writer…"
      const toks = head.slice(0, 160).split(/\s+/);
      if (toks.length > 3) {
        for (let i = 1; i <= 3 && i < toks.length; i++) {
          if (BIO_VERBS.has(toks[i]!)) {
            const rest = toks.slice(i, i + 7).join(' ');
            if (toks[i] === 'covers' || toks[i] === 'writes' || toks[i] === 'reports' || BIO_NOUNS.some((b) => rest.includes(b))) {
              const orig = text.slice(sp.start, sp.start + 80).split(/\s+/).slice(0, i);
              if (orig.every((w) => CAPITAL_START_RE.test(w))) return 'credit';
            }
            break;
          }
        }
      }
    }
  }
  // headings, related links and subheads: short, no sentence end
  if (len < 160) {
    let e = sp.end;
    while (e > sp.start && /[\s”"’'»)\]]/.test(text[e - 1]!)) e--;
    const last = text[e - 1];
    const body = ` ${head} `;
    // a quotation with its byline (“…” ― Name) is body, however short
    const byline = /[”"’]\s*[―—–]\s*\S+\s+\S+\s*$/.test(head.trimEnd());
    if (last !== '.' && last !== '!' && last !== '?' && last !== '…' && !body.includes(' said ') && !body.includes(' told ') && !byline) return 'heading';
  }
  if (/^(?:read more|related|see also|watch|listen|also read|more:)/.test(head)) return 'heading';
  // a headline in title case, even with a closing period ("Stealth Over Health: Hillary Clinton Was Headed to ER.")
  if (len < 200 && titleCase(text.slice(sp.start, sp.end))) return 'heading';
  // a photo caption with its credit: its names may be the story's people, but introduce none
  if (isCaption(text, sp)) return 'heading';
  return 'body';
}
