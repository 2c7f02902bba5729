// The role phrases a story attaches to a name, read from the tokens around it, and whether a role is
// a public post. Every reader here looks at a bounded window of tokens (at most ~24) around a name.
//
//   title chain before:   "Pentagon spokesperson Lieutenant Colonel | Martin Meiners"
//                         "the president’s lawyer | Rudy Giuliani", "“Parasite” director | Bong Joon Ho"
//   appositive before:    "the UN undersecretary general for legal affairs, | Elinor Hammarskjöld, told"
//   appositive after:     "Yun Sun, | director of the China program at the Stimson Center,"
//                         "Yevhen Zosin, 74, | a Kyiv resident who witnessed the attack,"
//   who-clause after:     "Mykola Kalashnyk, | who heads the regional administration."
//   tags after:           "Michael Doherty | (R-Warren)", "Mike Gallagher, | R-Wis.,", "Rand Paul | of Kentucky"
import type { Token } from '../text/tokens';
import { detach, isCapitalised, toLower } from '../text/tokens';
import {
  COURTESY, CONDITIONAL_HEADS, DEMONYMS, FUNCTION_WORDS, HONORIFICS, NATION_ABBREVS, NOT_NAME, OFFICE_TITLES, OFFICIAL_HEADS,
  PORTFOLIO, PRIVATE_BODIES, PRIVATE_HEADS, PUBLIC_BODIES, ROLE_DETERMINERS, ROLE_MODIFIERS, ROLE_NOUNS,
  ROLE_VERBS, SPEECH_VERBS, STAFF_HEADS, TITLE_ABBREVS,
} from './lexicon';
import { isPlace } from './names';

/** "of/at (the) Capitalised …": the body a role names (built once). */
const OF_CAPITALISED = /\b(?:of|at)\s+(?:the\s+)?(\p{Lu}[^,;()]*)/u;

/** Per-token memo of the word reads below (role readers look at the same tokens many times). */
interface Memo {
  lo?: string;
  bl?: string;
  rw?: boolean;
  rh?: boolean;
}
const memo = (t: Token): Memo => t as unknown as Memo;
export const lower = (t: Token | undefined): string => (t ? (memo(t).lo ??= toLower(t.text)) : '');
const POSSESSIVE_TAIL = /['’]s$/;
export const isPossessiveWord = (t: Token | undefined): boolean => !!t && t.kind === 'w' && t.text.length > 2 && POSSESSIVE_TAIL.test(t.text);
/** The word without a possessive ending ("Austin’s" → "Austin"). */
export const bareWord = (s: string): string => {
  const n = s.length;
  const a = s[n - 2];
  return n > 2 && (s[n - 1] === 's' || s[n - 1] === 'S') && (a === "'" || a === '’') ? s.slice(0, -2) : s;
};
export const bareLower = (t: Token) => (memo(t).bl ??= bareWord(t.text).toLowerCase());

/** Months, days and other calendar words stop a role chain ("On Tuesday Defense Secretary…"). */
const CALENDAR = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const PREPOSITIONS_IN_ROLE = new Set(['of', 'for', 'to', 'at', 'on', 'in', 'with']);
const OPEN_QUOTES = new Set(['“', '"', '‘', '«', '„']);
const CLOSE_QUOTES = new Set(['”', '"', '’', '»', '“']);

/** An abbreviation that takes a period ("Sen", "Lt", "Gen", "Mr"): its '.' does not end a sentence. */
export function isTitleAbbrev(t: Token | undefined): boolean {
  if (!t || t.kind !== 'w') return false;
  const w = lower(t);
  if (TITLE_ABBREVS.has(w)) return true;
  // "Then-Gov.", "ex-Sen.": a former holder's abbreviated title
  const dash = w.indexOf('-');
  return dash > 0 && TIME_PREFIXES.has(w.slice(0, dash)) && TITLE_ABBREVS.has(w.slice(dash + 1));
}
const TIME_PREFIXES = new Set(['then', 'ex', 'former']);
/** Abbreviations that close a company's name ("Inc.", "Co."): their period does not end a title chain. */
const CORPORATE_ABBREVS = new Set(['inc', 'co', 'corp', 'ltd', 'llc', 'plc', 'bhd']);

/** A title or role word ("Minister", "spokesperson", "Lt", "Major-Gen", "director-general"). */
export function isRoleWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'w') return false;
  return (memo(t).rw ??= roleWord(t));
}
function roleWord(t: Token): boolean {
  const w = bareLower(t);
  if (ROLE_NOUNS.has(w) || OFFICE_TITLES.has(w) || HONORIFICS.has(w)) return true;
  if (w.includes('-')) {
    const parts = w.split('-');
    return parts.every((p) => p && (ROLE_NOUNS.has(p) || OFFICE_TITLES.has(p) || HONORIFICS.has(p) || p === 'in' || p === 'of' || p === 'elect' || p === 'co' || p === 'charge'));
  }
  return false;
}

/** A word that heads a role phrase: a person-describing noun or post (not a modifier like "state"). */
export function isRoleHead(t: Token | undefined): boolean {
  if (!t || t.kind !== 'w') return false;
  return (memo(t).rh ??= roleHead(t));
}
function roleHead(t: Token): boolean {
  const w = bareLower(t);
  if (ROLE_NOUNS.has(w) || HONORIFICS.has(w)) return true;
  if (w.includes('-')) return w.split('-').some((p) => ROLE_NOUNS.has(p) || HONORIFICS.has(p));
  return isOccupation(w) && t.text[0] === w[0];
}

/** Words that end like occupations but are not people ("insist", "career"). */
const NOT_OCCUPATIONS = new Set('exist insist assist resist persist consist enlist career median'.split(' '));
/** A lower-case occupation noun by its ending: "meteorologist", "developer", "physician", "engineer". */
const isOccupation = (w: string) => w.length >= 5 && /(?:ist|ian|eer|grapher|loper)$/.test(w) && !NOT_OCCUPATIONS.has(w) && !FUNCTION_WORDS.has(w) && !ROLE_MODIFIERS.has(w);

/** An "of" between capitalised words within a few tokens to the left: an organisation's name goes on. */
function ofBefore(tokens: Token[], k: number): boolean {
  for (let q = k; q >= 0 && k - q < 5; q--) {
    const w = lower(tokens[q]);
    if (w === 'of' || w === 'for') return isCapitalised(tokens[q - 1]);
    if (!isCapitalised(tokens[q])) return false;
  }
  return false;
}

const looksVerbal = (w: string) => /(?:ed|ly|ing)$/.test(w) && !ROLE_MODIFIERS.has(w) && !ROLE_NOUNS.has(w);

/** A line break between two tokens (a paragraph's end). */
export const gapHasBreak = (text: string, a: Token, b: Token) => {
  for (let i = a.end; i < b.start; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
};

/** Token k ends a sentence: a full stop, question or exclamation mark that closes no title abbreviation ("Sen."). */
export const endsSentence = (tokens: readonly Token[], k: number): boolean => {
  const t = tokens[k];
  return !!t && t.kind === 'p' && /[.!?]$/.test(t.text) && !isTitleAbbrev(tokens[k - 1]);
};

/** "Parks and Recreation Director", "Health and Human Services Secretary": portfolio words around "and". */
function portfolioPair(left: Token, right: Token): boolean {
  const l = bareLower(left);
  const r = bareLower(right);
  return (PORTFOLIO.has(l) || OFFICE_TITLES.has(l)) && (PORTFOLIO.has(r) || OFFICE_TITLES.has(r)) && !isRoleHead(right) && !HONORIFICS.has(l) && !DEMONYMS.has(r);
}

export interface Chain {
  /** Token index where the chain starts (== the name's first token when there is none). */
  start: number;
  /** The chain holds a title or role word. */
  hasRole: boolean;
  /** The chain's role words are all courtesy honorifics ("Mr.", "Dr"). */
  courtesyOnly: boolean;
  /** The role words of the chain, lower case. */
  heads: string[];
}

/**
 * The title chain before a name whose first token is `at`: title and role words, their capitalised and
 * adjectival modifiers, "of/for/to" complements inside ("Secretary of State"), a quoted work title before a
 * role noun, and one determiner or possessor at the left edge.
 */
export function chainBefore(tokens: Token[], text: string, at: number): Chain {
  let k = at - 1;
  let start = at;
  let hasRole = false;
  let courtesyOnly = true;
  const heads: string[] = [];
  let unknownRun = 0; // lowercase compound nouns in a row ("fisheries bureau spokesman")
  let steps = 0;
  while (k >= 0 && steps++ < 24) {
    const t = tokens[k]!;
    const right = tokens[k + 1]!;
    if (gapHasBreak(text, t, right)) break;
    if (t.kind === 'p') {
      if (t.text === '.' && isTitleAbbrev(tokens[k - 1]) && !gapHasBreak(text, tokens[k - 1]!, t)) {
        k--;
        continue;
      }
      // "Genentech Inc. Chairman", "Walt Disney Co. executive": a company's name with its abbreviation before a role
      if (t.text === '.' && hasRole && CORPORATE_ABBREVS.has(lower(tokens[k - 1])) && tokens[k - 1]!.end === t.start && isCapitalised(tokens[k - 2])) {
        k--;
        continue;
      }
      // "(Dirco)": an acronym in brackets inside an organisation's name
      if (t.text === ')' && hasRole && tokens[k - 2]?.text === '(' && tokens[k - 1]?.kind === 'w') {
        start = k - 2;
        k -= 3;
        continue;
      }
      // "my favorite actor - Heath Ledger"
      if (!hasRole && k === at - 1 && (t.text === '-' || t.text === '—' || t.text === '–') && isRoleHead(tokens[k - 1])) {
        k--;
        continue;
      }
      // a quoted work title right before a role noun: “Parasite” director
      if (CLOSE_QUOTES.has(t.text) && k + 1 < at && isRoleHead(right)) {
        let q = k - 1;
        while (q >= 0 && k - q <= 8 && !OPEN_QUOTES.has(tokens[q]!.text)) q--;
        if (q >= 0 && k - q <= 8 && OPEN_QUOTES.has(tokens[q]!.text) && tokens.slice(q + 1, k).every((x) => (x.kind !== 'p' || x.text === ',' || x.text === "'") && (x.kind !== 'w' || isCapitalised(x) || FUNCTION_WORDS.has(x.text.toLowerCase())))) {
          start = q;
          k = q - 1;
          continue;
        }
      }
      break;
    }
    if (t.kind !== 'w') break;
    const w = lower(t);
    const bw = bareWord(w);
    if (CALENDAR.has(bw)) break;
    // "Council President Pro Tem X": the Latin tail of a title
    if ((bw === 'tem' || bw === 'tempore') && lower(tokens[k - 1]) === 'pro' && isRoleHead(tokens[k - 2])) {
      k -= 2;
      continue;
    }
    if (isRoleHead(t)) {
      hasRole = true;
      if (!COURTESY.has(bw)) courtesyOnly = false;
      heads.push(bw);
      start = k;
      unknownRun = 0;
      k--;
      continue;
    }
    if (hasRole && isRoleWord(t)) {
      // title modifiers: "Defense" in "Defense Secretary", "Vice" in "Vice President"
      start = k;
      unknownRun = 0;
      k--;
      continue;
    }
    if (!hasRole) {
      // "former special envoy to Ukraine | Kurt Volker", "U.S. Attorney for the District of Massachusetts |
      // Joshua Levy": a complement of capitalised words right before the name
      if (isCapitalised(t) && k === at - 1) {
        let q = k;
        while (q > 0 && k - q < 8) {
          const u = tokens[q - 1]!;
          const uw = lower(u);
          if (isRoleHead(u)) break;
          if (isCapitalised(u) && !FUNCTION_WORDS.has(uw)) q--;
          else if ((uw === 'the' || uw === 'of' || uw === 'and') && q >= 2 && !isRoleHead(tokens[q - 2]) && (isCapitalised(tokens[q - 2]) || (uw === 'the' && ['to', 'for', 'of'].includes(lower(tokens[q - 2]))))) q--;
          else break;
        }
        const prep = lower(tokens[q - 1]);
        if ((prep === 'to' || prep === 'of' || prep === 'for') && isRoleHead(tokens[q - 2])) {
          start = q - 1;
          k = q - 2;
          continue;
        }
      }
      break;
    }
    if (ROLE_DETERMINERS.has(w)) {
      if (w !== 'a' && w !== 'an') start = k;
      break;
    }
    if (isCapitalised(t)) {
      // "New York City Mayor": "New" opens a place's name
      if (FUNCTION_WORDS.has(w) && !(w === 'new' && isCapitalised(right) && isPlace(`new ${bareLower(right)}`))) break;
      start = k;
      unknownRun = 0;
      k--;
      continue;
    }
    // "the alleged ringleader", "the embattled chief executive": a participle after a determiner is an adjective
    if (w.endsWith('ed') && ROLE_DETERMINERS.has(lower(tokens[k - 1]))) {
      start = k;
      k--;
      continue;
    }
    // "then" modifies a title only after "the" ("the then president"); "She then found forward X" is a verb's
    if (w === 'then' && lower(tokens[k - 1]) !== 'the') break;
    if (ROLE_MODIFIERS.has(w) || isPossessiveWord(t) || DEMONYMS.has(w)) {
      start = k;
      k--;
      continue;
    }
    if ((w === 'and' || w === '&' || w === 'of' || w === 'for' || w === 'on') && isCapitalised(tokens[k - 1]) && isCapitalised(right) && (w !== 'and' && w !== '&' ? true : ofBefore(tokens, k - 1) || portfolioPair(tokens[k - 1]!, right))) {
      start = k;
      k--;
      continue;
    }
    // "CEO and co-founder", "singer and actress": two role nouns coordinated before the name
    if ((w === 'and' || w === '&') && isRoleHead(tokens[k - 1]) && isRoleHead(right) && (!isCapitalised(right) || right.text === right.text.toUpperCase())) {
      start = k;
      k--;
      continue;
    }
    if ((w === 'of' || w === 'for' || w === 'to') && k > 0) {
      // "Secretary of State", "envoy to Ukraine": the word before is a role word
      const before = tokens[k - 1]!;
      let headRight = false;
      for (let q = k + 1; q < at; q++) if (isRoleHead(tokens[q])) headRight = true;
      if (isRoleWord(before) && !headRight) {
        start = k;
        k--;
        continue;
      }
      break;
    }
    // a noun modifying the role ("fisheries bureau spokesman"), not a verb after its subject ("she found forward X")
    const subjectBefore = SUBJECT_WORDS.has(lower(tokens[k - 1])) || /ly$/.test(lower(tokens[k - 1])) || IRREGULAR_PAST.has(w) || AUXILIARIES.has(lower(tokens[k - 1]));
    // (before a capitalised title only inside a noun phrase: "Republican state schools Superintendent")
    const inPhrase = !isCapitalised(right) || (isRoleHead(right) && ROLE_MODIFIERS.has(lower(tokens[k - 1])));
    if (!FUNCTION_WORDS.has(w) && !SPEECH_VERBS.has(w) && !looksVerbal(w) && !subjectBefore && unknownRun < 2 && /^[a-z][a-z-]*$/.test(w) && inPhrase && (isRoleHead(right) || unknownRun > 0 || ROLE_NOUNS.has(bareLower(right)))) {
      unknownRun++;
      start = k;
      k--;
      continue;
    }
    break;
  }
  // a chain never opens with a bare preposition or conjunction
  while (start < at && tokens[start]!.kind === 'w' && (PREPOSITIONS_IN_ROLE.has(lower(tokens[start])) || lower(tokens[start]) === 'and')) start++;
  return { start, hasRole, courtesyOnly: hasRole && courtesyOnly, heads };
}

/** Irregular past forms that look like nouns ("Liverpool have sent striker X"). */
const IRREGULAR_PAST = new Set('sent put got made took gave found brought left hit beat let set told saw met led held kept lost won sold bought paid built chose drew drove fought forgot heard hid hung knew laid lent meant ran rang rode rose sang sat shot shut slid sought spent split spread stood stole struck swore swept swung taught thought threw understood wore wrote named signed hired fired picked'.split(' '));
const SUBJECT_WORDS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who', 'then', 'also', 'later', 'soon', 'never', 'just']);
const CLAUSE_ADVERBS = new Set(['now', 'also', 'still', 'then', 'later', 'since', 'once', 'currently', 'today', 'the', 'a', 'an']);
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'did', 'does']);
/** "a Democrat who sits on …": party members by the party's name. */
const PARTY_MEMBERS = new Set(['democrat', 'republican', 'conservative', 'liberal', 'socialist', 'tory', 'independent', 'libertarian', 'communist', 'green']);
/** Capitalised words that name a political party before "leader" ("Liberal Democrat leader", "Labour leader"). */
/** Words naming a legislature or one of its parts: a party member "on the committee" or "in the House" sits in it. */
const LEGISLATURE_WORDS = new Set(['committee', 'subcommittee', 'panel', 'house', 'senate', 'assembly', 'legislature', 'caucus', 'parliament', 'congress', 'delegation']);
/** Quantifiers that may open the group in "one of several organisers". */
const GROUP_QUANTIFIERS = new Set(['several', 'many', 'dozens', 'hundreds', 'thousands', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'few']);
const PARTY_NAMES = new Set(['democrat', 'democrats', 'democratic', 'republican', 'conservative', 'liberal', 'socialist', 'tory', 'labour', 'libertarian', 'communist', 'green', 'greens']);
const BACKGROUND_VERBS = new Set(['worked', 'lived', 'served', 'taught', 'farmed', 'run', 'led', 'owned', 'studied', 'practised', 'practiced', 'volunteered']);
/** Participles by which a court report presents counsel ("Ann Rowe, prosecuting, said"). */
const COURT_PARTS = new Set(['prosecuting', 'defending', 'mitigating']);
const APPOSITIVE_STOP = new Set([',', '.', ';', ':', '!', '?', '(', ')', '—', '–', '“', '”', '"', '[', ']']);

export interface After {
  /** Text of the appositive or who-clause (without the commas), or null. */
  appositive: string | null;
  /** The appositive has a role noun or is a who-clause: evidence of a person. */
  personal: boolean;
  /**
   * The appositive is a who-clause that tells what the person did ("who promised to …"), not a post
   * ("who chairs the committee"): a title before the name is the better role.
   */
  weak: boolean;
  /** "(R-Warren)", "R-Wis.", "of Kentucky": tags after the name. */
  tags: string[];
  /** An age follows (", 74,"). */
  age: boolean;
  /** Token index after everything read. */
  end: number;
  /** A reporting verb follows the name (or its appositive). */
  speech: boolean;
  /** The head noun of a non-clausal appositive ("teacher" in ", a 41-year-old teacher in Waukesha,"), or null. */
  head?: string | null;
  /** An age and a home town ("71, of Pine Flat"): a description when there is no other. */
  residence?: string;
  /** A who-clause tells a post held in the past ("who represented the seat from 2008 to 2013"). */
  pastPost?: boolean;
  /** The who-clause tells a background ("who had worked there for 22 years") rather than an act. */
  background?: boolean;
  /** A party tag was read ("R-Wis."): the person sits in a legislature. */
  party: boolean;
}

const isPartyTag = (t: Token | undefined) => !!t && t.kind === 'w' && /^[RDI]-[A-Z]/.test(t.text);

/** AP-style state abbreviations, without their period ("N.J." keeps its inner ones). */
const STATE_ABBREVS = new Set(
  'ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev n.h n.j n.m n.y n.c n.d okla ore pa penn r.i s.c s.d tenn tex vt va wash w.va wis wyo d.c'.split(' '),
);
const isStateAbbrev = (t: Token | undefined): boolean => !!t && t.kind === 'w' && STATE_ABBREVS.has(lower(t).replace(/\.$/, ''));

/** Words after which a "who" clause gives a post rather than an act ("who chairs", "who is a"). */
const POST_VERBS = new Set(['is', 'was', 'became', 'becomes', 'serves', 'served', 'remains']);
/** Organisation heads: an appositive headed by one describes a body, not a person. */
const BODY_HEADS = new Set(['company', 'group', 'association', 'federation', 'union', 'guild', 'lobby', 'think-tank', 'institute', 'firm', 'group', 'organization', 'organisation', 'agency', 'body', 'charity', 'nonprofit', 'non-profit', 'coalition', 'alliance', 'party', 'network', 'newspaper', 'website', 'brand', 'chain', 'maker', 'manufacturer', 'retailer', 'lender', 'insurer', 'carrier', 'airline', 'bank', 'city', 'town', 'village', 'country', 'state', 'region', 'province', 'county', 'district', 'university', 'college', 'school', 'hospital', 'team', 'club', 'band', 'film', 'book', 'show', 'series', 'program', 'programme', 'project', 'plan', 'bill', 'law', 'report', 'study', 'ship', 'vessel', 'river', 'storm', 'hurricane']);

/**
 * From a comma at token `c` inside a phrase: a place's state or country ("Bayonne, N.J.", "Cairns,
 * Australia", "Key West, Florida"). Returns the token index after the state or country, or -1.
 */
export function placeTail(tokens: Token[], c: number): number {
  if (!isCapitalised(tokens[c - 1])) return -1;
  const t = tokens[c + 1];
  if (!t || t.kind !== 'w' || !isCapitalised(t)) return -1;
  if (isStateAbbrev(t)) return tokens[c + 2]?.text === '.' && !t.text.endsWith('.') ? c + 3 : c + 2;
  if (isPlace(bareWord(t.text))) return c + 2;
  const t2 = tokens[c + 2];
  if (t2 && isCapitalised(t2) && isPlace(`${t.text} ${bareWord(t2.text)}`)) return c + 3;
  return -1;
}

/** A period inside a phrase that belongs to an abbreviation ("St. Louis", "Calif., for"). */
function innerPeriod(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!prev || prev.kind !== 'w' || prev.end !== tokens[k]!.start || !next) return false;
  if (isTitleAbbrev(prev) && isCapitalised(next) && !COURTESY.has(lower(prev))) return true;
  return (isStateAbbrev(prev) || CAPITAL_LETTER_RE.test(prev.text)) && (next.text === ',' || (isCapitalised(next) && CAPITAL_LETTER_RE.test(prev.text)));
}

/** Reads what follows a name that ends before token `at`. `titled` tells whether a title precedes the name. */
export function readAfter(tokens: Token[], text: string, at: number, titled: boolean): After {
  const out: After = { appositive: null, personal: false, weak: false, tags: [], age: false, end: at, speech: false, party: false };
  let k = at;
  // (R-Warren), (D-N.Y.)
  if (tokens[k]?.text === '(' && isPartyTag(tokens[k + 1])) {
    let q = k + 1;
    while (q < tokens.length && q - k < 8 && tokens[q]!.text !== ')') q++;
    if (tokens[q]?.text === ')') {
      out.tags.push(' ' + text.slice(tokens[k]!.start, tokens[q]!.end));
      out.party = true;
      k = q + 1;
    }
  }
  // "Sen. Elizabeth Warren of Massachusetts", "Fire Chief Luis Arredondo of the Harlan Ford Fire Department"
  // (without a title only an organisation: "Jane Roe of the Brookings Institution said")
  if (lower(tokens[k]) === 'of' && (isCapitalised(tokens[k + 1]) || (lower(tokens[k + 1]) === 'the' && isCapitalised(tokens[k + 2])))) {
    const from = lower(tokens[k + 1]) === 'the' ? k + 2 : k + 1;
    let q = from;
    while (q < tokens.length && q - from <= 3 && isCapitalised(tokens[q]) && !gapHasBreak(text, tokens[q - 1]!, tokens[q]!)) q++;
    const place = text.slice(tokens[from]!.start, tokens[q - 1]!.end);
    if (from === k + 1 && isPlace(place)) {
      if (!titled) return out;
      out.tags.push(' ' + text.slice(tokens[k]!.start, tokens[q - 1]!.end));
      k = q;
    } else {
      // an organisation: capitalised words (with inner "of", "and", "for") ending in a body's head word
      q = from;
      let last = -1;
      while (q < tokens.length && q - from < 10 && !gapHasBreak(text, tokens[q - 1]!, tokens[q]!)) {
        const t = tokens[q]!;
        if (isCapitalised(t)) {
          if (NOT_NAME.has(bareLower(t)) || PUBLIC_BODIES.has(bareLower(t))) last = q;
          q++;
        } else if ((lower(t) === 'of' || lower(t) === 'and' || lower(t) === 'for' || lower(t) === '&') && isCapitalised(tokens[q + 1])) q++;
        else break;
      }
      // (without a title the body must end there: not "Trump of the Republican | establishment")
      const ends = titled || tokens[q]?.kind === 'p' || FUNCTION_WORDS.has(lower(tokens[q])) || SPEECH_VERBS.has(lower(tokens[q]));
      if (last >= 0 && last === q - 1 && !isPossessiveWord(tokens[last]) && ends) {
        out.tags.push(' ' + text.slice(tokens[k]!.start, tokens[last]!.end));
        k = q;
      }
    }
  }
  // ", the former mayor," or "— the former mayor —"
  if (tokens[k]?.text === ',' || tokens[k]?.text === '—' || tokens[k]?.text === '–') {
    let q = k + 1;
    // ", 74," an age; ", now 74,"
    if (lower(tokens[q]) === 'now' && tokens[q + 1]?.kind === 'n' && /^\d{1,3}$/.test(tokens[q + 1]!.text) && (tokens[q + 2]?.text === ',' || tokens[q + 2]?.text === '.')) q++;
    if (tokens[q]?.kind === 'n' && tokens[q + 1]?.text === ',' && /^\d{1,3}$/.test(tokens[q]!.text)) {
      out.age = true;
      q += 2;
    } else if (tokens[q]?.kind === 'n' && tokens[q + 1]?.text === '.' && /^\d{1,3}$/.test(tokens[q]!.text)) {
      out.age = true;
      out.end = q + 1;
      return out;
    }
    if (isPartyTag(tokens[q])) {
      let e = q + 1;
      if (tokens[e]?.text === '.') e++;
      out.tags.push(', ' + text.slice(tokens[q]!.start, tokens[e - 1]!.end));
      out.party = true;
      out.end = e;
      // "Sen. X, R-Lebanon, who chairs the committee,": a who-clause may follow the party tag
      if (tokens[e]?.text !== ',' || lower(tokens[e + 1]) !== 'who') return out;
      q = e + 1;
    }
    // ", now a professor at …", ", formerly the mayor": a time adverb before the description
    if (/^(?:now|formerly|currently|still|also|once)$/.test(lower(tokens[q])) && ROLE_DETERMINERS.has(lower(tokens[q + 1]))) q++;
    const first = tokens[q];
    if (first && first.kind === 'w') {
      const fw = first.text.toLowerCase();
      // "Greg Halloran, whose two children attend Jefferson, said": a whose-clause describes the person too
      const isWhose = fw === 'whose';
      const isWho = fw === 'who' || isWhose;
      // "Julie Graham, Washington State Department of Health public information officer, said": a
      // capitalised opening is an organisation when the phrase ends in a role noun
      const orgLed = (): boolean => {
        for (let e = q; e < tokens.length && e - q < 16; e++) {
          const t = tokens[e]!;
          const w = lower(t);
          const inName = isCapitalised(tokens[e - 1]) && isCapitalised(tokens[e + 1]);
          if ((t.kind === 'p' && !(t.text === '&' && inName)) || (PREPOSITIONS_IN_ROLE.has(w) && !inName)) return isRoleHead(tokens[e - 1]);
        }
        return false;
      };
      // ("another top aide": an indefinite description too)
      const detLed = ROLE_DETERMINERS.has(fw) || fw === 'another' || (isPossessiveWord(first) && !isCapitalised(first));
      // "Consuelo X, 44, one of the motel workers,": a member of a group the story names
      // ("one of 42 plaintiffs", "one of several organisers": a number or a quantifier for the determiner)
      if (fw === 'one' && lower(tokens[q + 1]) === 'of' && (ROLE_DETERMINERS.has(lower(tokens[q + 2])) || (tokens[q + 2]?.kind === 'n' && /^\d+$/.test(tokens[q + 2]!.text)) || GROUP_QUANTIFIERS.has(lower(tokens[q + 2])))) {
        let e = q + 3;
        while (e < tokens.length && e - q < 12 && tokens[e]!.kind === 'w' && !SPEECH_VERBS.has(lower(tokens[e])) && !CLAUSE_STOPS.has(lower(tokens[e]))) e++;
        const stop = tokens[e];
        const plural = lower(tokens[e - 1]);
        const single = plural.endsWith('ies') ? `${plural.slice(0, -3)}y` : plural.slice(0, -1);
        if (e > q + 3 && e - q < 12 && (stop?.text === ',' || stop?.text === '.') && plural.endsWith('s') && !BODY_HEADS.has(single) && !NOT_NAME.has(plural)) {
          out.appositive = text.slice(first.start, tokens[e - 1]!.end);
          out.personal = true;
          out.end = e;
          if (stop.text === ',' && SPEECH_VERBS.has(lower(tokens[e + 1]))) out.speech = true;
          return out;
        }
      }
      // "Beth X, of the Renters’ Network, said": the body a person speaks for
      if (fw === 'of' && !out.age) {
        let r = q + 1;
        if (lower(tokens[r]) === 'the') r++;
        const from = r;
        let body = false;
        while (r < tokens.length && r - from < 10 && !gapHasBreak(text, tokens[r - 1]!, tokens[r]!)) {
          const t = tokens[r]!;
          if (isCapitalised(t)) {
            if (NOT_NAME.has(bareLower(t)) || PUBLIC_BODIES.has(bareLower(t)) || BODY_REFERENCES.has(bareLower(t))) body = true;
            r++;
          } else if ((t.text === '’' || t.text === "'") && t.start === tokens[r - 1]!.end && isCapitalised(tokens[r - 1])) r++;
          else if ((lower(t) === 'of' || lower(t) === 'and' || lower(t) === 'for' || lower(t) === '&') && isCapitalised(tokens[r + 1])) r++;
          else break;
        }
        const stop = tokens[r];
        if (body && r > from && (stop?.text === ',' || stop?.text === '.')) {
          out.appositive = text.slice(first.start, tokens[r - 1]!.end);
          out.end = r;
          if (stop.text === ',' && SPEECH_VERBS.has(lower(tokens[r + 1]))) out.speech = true;
          return out;
        }
      }
      // "X, prosecuting, said", "Y, mitigating,": counsel in a court report, named by the part they play
      if (COURT_PARTS.has(fw) && !isCapitalised(first)) {
        let e = q + 1;
        while (e < tokens.length && e - q < 16 && !(tokens[e]!.kind === 'p' && APPOSITIVE_STOP.has(tokens[e]!.text) && !(tokens[e]!.text === '.' && innerPeriod(tokens, e)))) e++;
        const stop = tokens[e];
        if (e - q < 16 && (!stop || stop.text === ',' || stop.text === '.' || stop.text === ';')) {
          out.appositive = text.slice(first.start, tokens[e - 1]!.end);
          out.head = fw;
          out.personal = true;
          out.end = e;
          if (stop?.text === ',' && SPEECH_VERBS.has(lower(tokens[e + 1]))) out.speech = true;
          return out;
        }
      }
      const opensNP = detLed || isPossessiveWord(first) || isRoleWord(first) || ROLE_MODIFIERS.has(fw) || (!isCapitalised(first) && !FUNCTION_WORDS.has(fw) && !SPEECH_VERBS.has(fw)) || (isCapitalised(first) && orgLed());
      if ((isWho || opensNP) && fw !== 'which' && !SPEECH_VERBS.has(fw)) {
        let e = q;
        let hasHead = false;
        let headDone = false;
        let relative = false;
        let speechInside = false;
        let adverbialCut = false;
        let headWord = '';
        let headSeen = '';
        let relAt = -1;
        let andVerbAt = -1;
        while (e < tokens.length && e - q < 26) {
          const t = tokens[e]!;
          if (t.kind === 'p' && APPOSITIVE_STOP.has(t.text)) {
            if (t.text === '.' && innerPeriod(tokens, e)) {
              e++;
              continue;
            }
            if (t.text === ',' && e > q) {
              // "from Bayonne, N.J., for 14 years", "out of Cairns, Australia"
              const p = placeTail(tokens, e);
              if (p > 0) {
                const after = tokens[p];
                const goesOn = after?.text === ',' && tokens[p + 1]?.kind === 'w' && !isCapitalised(tokens[p + 1]) && (PREPOSITIONS_IN_ROLE.has(lower(tokens[p + 1])) || ['since', 'until', 'from', 'where', 'who', 'when'].includes(lower(tokens[p + 1])));
                e = goesOn ? p + 1 : p;
                continue;
              }
            }
            break;
          }
          if (e > q && gapHasBreak(text, tokens[e - 1]!, t)) break;
          if (t.kind === 'w') {
            const w = lower(t);
            if (!isWho && SPEECH_VERBS.has(w) && !relative) {
              speechInside = true;
              break;
            }
            if (w === 'but' && e > q) break;
            // "a top aide to Vice President X | on X's call with …": an adverbial after the name closing a long description
            if (!isWho && headDone && e - q >= 8 && (w === 'on' || w === 'during') && isCapitalised(tokens[e - 1]) && !isPossessiveWord(tokens[e - 1]) && (!isCapitalised(tokens[e + 1]) || isPossessiveWord(tokens[e + 1]))) {
              adverbialCut = true;
              break;
            }
            // "X, Senator Y and Senator Z have dragged…": a clause, not an appositive
            if (w === 'who') relative = true;
            if (!isWho && !relative && AUXILIARIES.has(w)) {
              speechInside = true;
              break;
            }
            // "a Jordanian master of a bulk carrier that rescued …": a relative clause after the head of a description
            if (!isWho && !relative && w === 'that' && detLed && relAt < 0 && e > q + 2 && !isCapitalised(tokens[e + 1]) && !ROLE_DETERMINERS.has(lower(tokens[e + 1]))) {
              relAt = e;
              relative = true;
              e++;
              continue;
            }
            if (!isWho && !relative && (w === 'that' || w === 'whose' || w === 'where' || w === 'when')) {
              speechInside = true; // a clause, not an appositive
              break;
            }
            // the head of the phrase: the last noun before its first preposition or clause
            if ((PREPOSITIONS_IN_ROLE.has(w) || w === 'who' || w === 'from' || w === 'by') && !(isCapitalised(tokens[e - 1]) && isCapitalised(tokens[e + 1]))) headDone = e > q;
            // "a Red Cross volunteer coordinating the site": a participle after the head closes it
            if (!isWho && e > q && !isCapitalised(t) && /(?:ing|ed)$/.test(w) && !isRoleHead(t) && !ROLE_MODIFIERS.has(w) && isRoleHead(tokens[e - 1])) headDone = true;
            // "the Labour MP and a former lifeboat crewman": coordinated descriptions each have a head
            if (w === 'and' && !headDone && ROLE_DETERMINERS.has(lower(tokens[e + 1]))) {
              if (hasHead) headSeen = headWord;
            }
            if (!headDone) {
              if (isRoleHead(t) || (isWho && ROLE_VERBS[w])) hasHead = true;
              else if (!isCapitalised(t) && !FUNCTION_WORDS.has(w)) hasHead = false;
              if (!FUNCTION_WORDS.has(w)) headWord = bareLower(t);
            }
            // "a 41-year-old teacher in Waukesha who enrolled …": where a relative clause opens after the head
            if ((w === 'who' || w === 'which') && !isWho && relAt < 0 && e > q + 1) relAt = e;
            // "who ran a bookshop near the market | and let me read there for years": a second verb phrase
            // (not "and" between the nouns of one phrase: "who owns a diversity and inclusion consulting firm")
            if (isWho && w === 'and' && andVerbAt < 0 && e > q + 3 && !ROLE_DETERMINERS.has(lower(tokens[e - 2]))) {
              const nx = tokens[e + 1];
              const nw = lower(nx);
              if (nx && nx.kind === 'w' && !isCapitalised(nx) && !ROLE_DETERMINERS.has(nw) && !AUXILIARIES.has(nw) && !CLAUSE_ADVERBS.has(nw) && !ROLE_MODIFIERS.has(nw) && !isRoleWord(nx) && !/(?:s|ing)$/.test(nw)) andVerbAt = e;
              // "who lives in Leeds and was diagnosed with …": a second predicate in the passive or perfect
              else if (nx && /^(?:was|has|had)$/.test(nw) && /(?:ed|en)$/.test(lower(tokens[e + 2]))) andVerbAt = e;
            }
          }
          e++;
        }
        if (headSeen && !hasHead) {
          hasHead = true;
          headWord = headSeen;
        }
        // "X, a physical oceanographer at the University of Y told Reuters": a long indefinite description whose
        // closing comma is missing before the reporting verb (not a parenthetical "a spokesman said, was …")
        let bareSpeech = false;
        if (speechInside && (fw === 'a' || fw === 'an') && hasHead && e - q >= 4 && relAt < 0 && SPEECH_VERBS.has(lower(tokens[e])) && tokens[e + 1]?.text !== ',') bareSpeech = true;
        if (bareSpeech) speechInside = false;
        let stop = tokens[e];
        let closes = !stop || bareSpeech || adverbialCut || (stop.kind === 'p' && [',', '.', ';', '—', '–', '(', ':'].includes(stop.text)) || lower(stop) === 'but';
        // a long who-clause keeps its first verb phrase
        if (isWho && andVerbAt > 0 && e - q > 12 && !speechInside && closes) {
          e = andVerbAt;
          stop = tokens[e];
        }
        // a description too long to close, or long through a relative clause that tells an act rather than a
        // post, ends where the clause opens ("a 41-year-old teacher in Waukesha | who enrolled with …")
        // (past an adverb: "who now co-hosts …")
        const relVerb = /ly$|^(?:now|still|also|currently)$/.test(lower(tokens[relAt + 1])) ? relAt + 2 : relAt + 1;
        if (relAt > q + 1 && !speechInside && (!closes || (e - q > 14 && !ROLE_VERBS[lower(tokens[relVerb])]))) {
          e = relAt;
          stop = tokens[e];
          closes = true;
        }
        if (!speechInside && closes && e > q) {
          // "who was a political advisor to…" → "a political advisor to…"
          let from = first;
          if (isWho && ['is', 'was', 'has', 'had'].includes(lower(tokens[q + 1])) && ROLE_DETERMINERS.has(lower(tokens[q + 2])) && e > q + 3) from = tokens[q + 2]!;
          // ("who had been sitting on a chair": a progressive tells an act, not a post)
          const progressive = /ing$/.test(lower(tokens[q + 3])) && !isRoleHead(tokens[q + 3]);
          if (isWho && ['has', 'had'].includes(lower(tokens[q + 1])) && lower(tokens[q + 2]) === 'been' && e > q + 4 && !progressive) from = tokens[q + 3]!;
          // "who have won…": a plural subject, not a person
          const plural = isWho && ['have', 'are', 'were'].includes(lower(tokens[q + 1]));
          const speechAfter = bareSpeech || (stop?.text === ',' && SPEECH_VERBS.has(lower(tokens[e + 1])));
          // a description opened by an article or a possessive ("the chief film critic of …", "a junior
          // at …"): a role even when its head noun is in no word list, unless it names a body
          // ("the Fed sees three rate hikes": a clause after an adverbial, not a description)
          const opener = tokens[q + 1];
          let coordinated = false;
          for (let x = q + 1; x < e - 1; x++) if (lower(tokens[x]) === 'and' && (ROLE_DETERMINERS.has(lower(tokens[x + 1])) || isCapitalised(tokens[x + 1]))) coordinated = true;
          const indefinite = fw === 'a' || fw === 'an' || fw === 'another';
          // ("a Republican", and "the top Democrat on the committee": a party member, by their party)
          const partyMember = (indefinite && PARTY_MEMBERS.has(bareLower(opener ?? first))) || (detLed && PARTY_MEMBERS.has(headWord));
          const described = detLed && !coordinated && !!opener && (!isCapitalised(opener) || isPossessiveWord(opener) || (indefinite && !BODY_HEADS.has(headWord) && headWord !== bareLower(opener))) && !BODY_HEADS.has(headWord) && !NOT_NAME.has(headWord) && !PUBLIC_BODIES.has(headWord) && !PRIVATE_BODIES.has(headWord) || partyMember;
          if (isWho ? e - q >= 3 && !plural : hasHead || described) {
            let end = e;
            // "the chief executive of the Alliance, a trade group whose members …": a second appositive
            // describing the organisation that closes the first
            if (!isWho && stop?.text === ',' && isCapitalised(tokens[e - 1]) && (lower(tokens[e + 1]) === 'a' || lower(tokens[e + 1]) === 'an')) {
              let f = e + 2;
              let head = '';
              let open = true;
              while (f < tokens.length && f - e < 24 && !(tokens[f]!.kind === 'p' && APPOSITIVE_STOP.has(tokens[f]!.text) && !(tokens[f]!.text === '.' && innerPeriod(tokens, f))) && !SPEECH_VERBS.has(lower(tokens[f]))) {
                const w = lower(tokens[f]);
                if (PREPOSITIONS_IN_ROLE.has(w) || w === 'whose' || w === 'which' || w === 'that' || w === 'who') open = false;
                if (open && tokens[f]!.kind === 'w') head = w;
                f++;
              }
              if (f - e < 24 && BODY_HEADS.has(head) && (tokens[f]?.text === '.' || (tokens[f]?.text === ',' && !SPEECH_VERBS.has(lower(tokens[f + 1]))))) end = f;
            }
            // "a former school secretary, who coordinates the reading program,": a who-clause that tells a post
            // after the description goes with it
            let postClause = false;
            if (!isWho && end === e && tokens[end]?.text === ',' && lower(tokens[end + 1]) === 'who' && ((POST_VERBS.has(lower(tokens[end + 2])) && ROLE_DETERMINERS.has(lower(tokens[end + 3]))) || (!!ROLE_VERBS[lower(tokens[end + 2])] && /s$/.test(lower(tokens[end + 2]))))) {
              let f = end + 2;
              while (f < tokens.length && f - end < 16 && !(tokens[f]!.kind === 'p' && APPOSITIVE_STOP.has(tokens[f]!.text) && !(tokens[f]!.text === '.' && innerPeriod(tokens, f))) && !SPEECH_VERBS.has(lower(tokens[f]))) f++;
              if (f - end < 16 && (tokens[f]?.text === ',' || tokens[f]?.text === '.')) {
                end = f;
                postClause = true;
              }
            }
            const phrase = text.slice(from.start, tokens[end - 1]!.end).trim();
            out.appositive = phrase;
            out.head = !isWho && (hasHead || described) ? headWord : null;
            out.personal = (isWho && !isWhose) || hasHead || (described && (fw === 'a' || fw === 'an') && speechAfter) || (partyMember && !isWho);
            const v1 = lower(tokens[q + 1]);
            out.weak = isWhose || isWho && !POST_VERBS.has(v1) && !ROLE_VERBS[v1] && !((v1 === 'has' || v1 === 'had') && lower(tokens[q + 2]) === 'been' && !progressive);
            // "who had worked in the market for 22 years": a background that may follow a title; any other
            // who-clause gives way to one
            // (and "who has written about …", "who has covered …": a career in the present perfect)
            out.background = isWho && !isWhose && (v1 === 'has' || v1 === 'had') && (BACKGROUND_VERBS.has(lower(tokens[q + 2])) || (v1 === 'has' && /(?:ed|en|ten|wn|ght)$/.test(lower(tokens[q + 2])) && lower(tokens[q + 2]) !== 'been'));
            // "who represented the constituency from 2008 to 2013": a post held before, in the past tense
            out.pastPost = isWho && !!ROLE_VERBS[v1] && !/s$/.test(v1);
            out.end = end;
            if ((speechAfter && end === e) || (postClause && tokens[end]?.text === ',' && SPEECH_VERBS.has(lower(tokens[end + 1])))) out.speech = true;
            return out;
          }
        }
      }
    }
    if (out.age) {
      out.end = q;
      // "Pete Lindahl, 71, of Pine Flat,": the age and the home town describe the person
      if (lower(tokens[q]) === 'of' && isCapitalised(tokens[q + 1])) {
        let r = q + 1;
        while (r < tokens.length && r - q <= 4 && isCapitalised(tokens[r]) && !gapHasBreak(text, tokens[r - 1]!, tokens[r]!)) r++;
        if (tokens[r]?.text === ',' || tokens[r]?.text === '.') {
          out.residence = text.slice(tokens[k + 1]!.start, tokens[r - 1]!.end);
          out.end = r;
        }
      }
      return out;
    }
  }
  out.end = k;
  if (SPEECH_VERBS.has(lower(tokens[k])) || (tokens[k]?.text === ',' && SPEECH_VERBS.has(lower(tokens[k + 1])))) out.speech = true;
  return out;
}

const CLAUSE_STOPS = new Set(['that', 'which', 'who', 'whom', 'when', 'while', 'because', 'if', 'as', 'since', 'but', 'so', 'than']);
const LEADING_PREPOSITIONS = new Set(['like', 'unlike', 'after', 'before', 'as', 'despite', 'with', 'without', 'for', 'from', 'by', 'about', 'against', 'under', 'over', 'during', 'since', 'until', 'among', 'between', 'into', 'through', 'toward', 'towards', 'in', 'on', 'at', 'to', 'of']);

/**
 * A role phrase standing before a name and set off by a comma ("his nominee for commerce secretary,
 * Howard Lutnick, had informed"). `comma` is the index of the comma right before the name.
 */
export function appositiveBefore(tokens: Token[], text: string, comma: number): string | null {
  let k = comma - 1;
  let left = comma;
  while (k >= 0 && comma - k <= 22) {
    const t = tokens[k]!;
    if (gapHasBreak(text, t, tokens[k + 1]!)) break;
    if (t.kind === 'p') {
      if (t.text === ')' || t.text === '(') {
        left = k;
        k--;
        continue;
      }
      if (t.text === '.' && isTitleAbbrev(tokens[k - 1])) {
        left = k;
        k--;
        continue;
      }
      // "vice-president for tech sovereignty, security and democracy, X": a list inside the description
      if (t.text === ',' && k < comma - 2 && tokens[k - 1]?.kind === 'w' && !isCapitalised(tokens[k - 1])) {
        let and = false;
        let head = false;
        for (let x = k + 1; x < comma; x++) {
          if (lower(tokens[x]) === 'and') and = true;
          if (isRoleHead(tokens[x]) || tokens[x]!.kind !== 'w') head = true;
        }
        if (and && !head) {
          left = k;
          k--;
          continue;
        }
      }
      break;
    }
    const w = lower(t);
    if (SPEECH_VERBS.has(w) || CLAUSE_STOPS.has(w)) break;
    // "… flew to Lisbon to meet | the Ravena president, X": a verb's object starts at its determiner
    if (left < comma && ROLE_DETERMINERS.has(lower(tokens[left])) && !isCapitalised(t) && !PREPOSITIONS_IN_ROLE.has(w) && w !== 'and' && !ROLE_MODIFIERS.has(w) && !isRoleWord(t) && !ROLE_DETERMINERS.has(w)) break;
    // "undersecretary of mining": a gerund after a preposition is a noun
    // ("chief operating officer", "managing editor": a participle between a modifier and the head is an adjective)
    const participleInTitle = isRoleHead(tokens[k + 1]) && k + 1 < comma && (ROLE_MODIFIERS.has(lower(tokens[k - 1])) || ROLE_DETERMINERS.has(lower(tokens[k - 1])) || isPossessiveWord(tokens[k - 1]));
    if (!isCapitalised(t) && looksVerbal(w) && !participleInTitle && !(w.endsWith('ing') && PREPOSITIONS_IN_ROLE.has(lower(tokens[k - 1])))) break;
    if (FUNCTION_WORDS.has(w) && !ROLE_DETERMINERS.has(w) && !PREPOSITIONS_IN_ROLE.has(w) && w !== 'and') {
      // "Like his father, John…": an adverbial that opens the sentence, not an appositive; mid-sentence the
      // preposition's object is one ("brought forward by the environment secretary, Steve Reed,")
      // ("As policy director for the ACLU, X said": the post in which the person acts is a role)
      if (w === 'as' && sentenceOpening(tokens, text, k)) break;
      if (LEADING_PREPOSITIONS.has(w) && sentenceOpening(tokens, text, k)) return null;
      break;
    }
    left = k;
    k--;
  }
  if (left >= comma) return null;
  // the leftmost role head; everything from the phrase start to it must be its own chain
  let h = -1;
  for (let i = left; i < comma; i++) {
    if ((isRoleHead(tokens[i]) || pluralRoleHead(tokens[i]!)) && !(PREPOSITIONS_IN_ROLE.has(lower(tokens[i - 1])) && i - 1 >= left && i - 1 > left)) {
      h = i;
      break;
    }
  }
  if (h < 0) return null;
  const chain = chainBefore(tokens, text, h + 1);
  let s = Math.min(chain.start, h);
  if (s > left) {
    // allow a leading determiner the chain stopped at; after a conjunction the description starts at the
    // chain ("Chinh and | his Australian counterpart, Anthony Albanese,")
    if (lower(tokens[s - 1]) === 'and' && ROLE_DETERMINERS.has(lower(tokens[s]))) left = s;
    // "… had spoken to | the chairman, X": a verb's prepositional object starts at its determiner
    else if (ROLE_DETERMINERS.has(lower(tokens[s])) && PREPOSITIONS_IN_ROLE.has(lower(tokens[s - 1])) && (s - 1 === left || (!isCapitalised(tokens[s - 2]) && !isRoleWord(tokens[s - 2])))) left = s;
    else if (!(s - 1 === left && ROLE_DETERMINERS.has(lower(tokens[left])))) return null;
    s = left;
  }
  while (s < comma && PREPOSITIONS_IN_ROLE.has(lower(tokens[s]))) s++;
  if (s >= comma) return null;
  const phrase = text.slice(tokens[s]!.start, tokens[comma - 1]!.end).trim();
  return phrase.split(/\s+/).length >= 1 ? phrase : null;
}

/** The role phrase before the comma at `comma` opens its sentence with "As" ("As mayor, X cut the budget"). */
export function asOpened(tokens: Token[], text: string, comma: number): boolean {
  for (let k = comma - 1; k >= 0 && comma - k <= 23; k--) {
    const t = tokens[k]!;
    if (t.kind === 'p' && !(t.text === '.' && isTitleAbbrev(tokens[k - 1])) && t.text !== '’' && t.text !== "'") return false;
    if (lower(t) === 'as') return sentenceOpening(tokens, text, k);
  }
  return false;
}

/** "daughters", "sons", "brothers": the plural of a role noun. */
export function pluralRoleHead(t: Token): boolean {
  const w = lower(t);
  return t.kind === 'w' && w.length > 3 && w.endsWith('s') && !isCapitalised(t) && ROLE_NOUNS.has(w.slice(0, -1));
}

/** Token k opens its sentence (after a sentence end, a paragraph break or an opening quotation mark). */
function sentenceOpening(tokens: Token[], text: string, k: number): boolean {
  const prev = tokens[k - 1];
  if (!prev || gapHasBreak(text, prev, tokens[k]!)) return true;
  if (prev.kind === 'p' && OPEN_QUOTES.has(prev.text)) return sentenceOpening(tokens, text, k - 1);
  return prev.kind === 'p' && (prev.text === '.' || prev.text === '!' || prev.text === '?') && !isTitleAbbrev(tokens[k - 2]);
}

const BY_VERBS: Record<string, string> = {
  owned: 'owner', founded: 'founder', 'co-founded': 'co-founder', led: 'leader', headed: 'head', run: 'head',
  chaired: 'chair', directed: 'director', managed: 'manager', commanded: 'commander',
};

/**
 * "Forensics for Justice (owned by Paul O’Sullivan)", "the House Select Committee on …, led by chairman
 * Mike Gallagher": the role is the post in the organisation named before the verb. `at` is the first
 * token of the name's title chain (or of the name).
 */
export function roleByOrganisation(tokens: Token[], text: string, at: number, chainRole: string | null): string | null {
  if (lower(tokens[at - 1]) !== 'by') return null;
  const verb = lower(tokens[at - 2]);
  const noun = BY_VERBS[verb];
  if (!noun) return null;
  let k = at - 3;
  if (tokens[k]?.text === ',' || tokens[k]?.text === '(') k--;
  // "The agency is led by …", "the unit, which is run by …"
  const passive = /^(?:is|was|are|were)$/.test(lower(tokens[k]));
  if (passive) k--;
  const end = k;
  // the organisation: capitalised words with "of/for/on/the/and/between" inside
  let start = -1;
  while (k >= 0 && end - k < 24) {
    const t = tokens[k]!;
    if (gapHasBreak(text, t, tokens[k + 1]!)) break;
    if (t.kind !== 'w') break;
    const w = lower(t);
    if (isCapitalised(t) && !FUNCTION_WORDS.has(w)) start = k;
    else if (!['of', 'for', 'on', 'the', 'and', 'between', '&'].includes(w)) break;
    else if (w !== 'the' && !isCapitalised(tokens[k - 1]) && lower(tokens[k - 1]) !== 'the') break;
    k--;
  }
  if (passive && start >= 0 && tokens[end - 1]?.text === '.') return null;
  if (start < 0 || !isCapitalised(tokens[end])) {
    // "The agency is led by Commissioner X": the body the story named last, referred to by a common noun
    if (lower(tokens[end - 1]) === 'the' && BODY_REFERENCES.has(lower(tokens[end]))) {
      const org = namedBodyBefore(tokens, text, end - 1);
      if (org) return `${chainRole ?? noun} of the ${org}`;
    }
    return null;
  }
  const org = text.slice(tokens[start]!.start, tokens[end]!.end);
  const det = lower(tokens[start - 1]) === 'the' ? 'the ' : '';
  return `${chainRole ?? noun} of ${det}${org}`;
}

/** The name of a body ("the Food and Drug Administration") that ends within the 80 tokens before `at`. */
function namedBodyBefore(tokens: Token[], text: string, at: number): string | null {
  for (let k = at - 1; k > 0 && at - k <= 80; k--) {
    const t = tokens[k]!;
    if (!isCapitalised(t) || isCapitalised(tokens[k + 1]) || !(NOT_NAME.has(bareLower(t)) || PUBLIC_BODIES.has(bareLower(t)))) continue;
    // walk back over the name: capitalised words with "of", "and", "for" inside, after "the"
    let q = k;
    while (q > 0 && k - q < 10) {
      const u = tokens[q - 1]!;
      const w = lower(u);
      if (isCapitalised(u) && !FUNCTION_WORDS.has(w)) q--;
      else if ((w === 'of' || w === 'and' || w === 'for' || w === '&') && isCapitalised(tokens[q - 2])) q--;
      else break;
    }
    if (lower(tokens[q - 1]) !== 'the' || q === k) continue;
    return text.slice(tokens[q]!.start, tokens[k]!.end);
  }
  return null;
}

/** Whether the chain before the name is just a country's possessive ("France’s Emmanuel Macron"). */
export function countryPossessive(tokens: Token[], at: number): string | null {
  const t = tokens[at - 1];
  if (!t || !isPossessiveWord(t) || !isCapitalised(t)) return null;
  const base = bareWord(t.text);
  if (isPlace(base)) return t.text;
  const prev = tokens[at - 2];
  if (prev && isCapitalised(prev) && isPlace(`${prev.text} ${base}`)) return `${prev.text} ${t.text}`;
  return null;
}

// ---- official ----

/** Words before "officer" that make it a public post ("petty officer", "warrant officer", "probation officer"). */
/** "Chief Medical Officer": the fields of a government's chief advisers. */
const CHIEF_ADVISERS = new Set(['medical', 'education', 'veterinary', 'nursing', 'scientific', 'dental', 'health']);
const PUBLIC_OFFICER = new Set(['petty', 'warrant', 'police', 'naval', 'army', 'military', 'commanding', 'flag', 'probation', 'corrections', 'correctional', 'parole', 'customs', 'immigration', 'border', 'intelligence', 'peace', 'noncommissioned', 'non-commissioned', 'foreign-service']);
/** Words before a head that make it a public emergency service's post ("fire chief", "police captain"). */
const PUBLIC_SERVICE = new Set(['fire', 'police', 'sheriff', "sheriff's"]);
/** A level of government named right before an occupation ("county engineer", "state geologist"). */
const GOVERNMENT_LEVELS = new Set(['county', 'state', 'city', 'district', 'municipal', 'federal', 'provincial', 'government']);
/** Capitalised portfolio words of a local government's departments ("Parks and Recreation Director"). */
const LOCAL_PORTFOLIO = new Set(['parks', 'recreation', 'sanitation', 'zoning', 'planning', 'emergency', 'transit', 'elections', 'corrections', 'veterans', 'housing', 'highways', 'roads', 'works', 'code', 'building', 'streets']);
const NATION_HEADS = new Set(['counterpart', 'attorney', 'marshal', 'negotiator', 'representative', 'spokesperson', 'spokesman', 'spokeswoman', 'coordinator', 'co-ordinator', 'chief', 'head', 'leader', 'agent', 'officer']);

const isPossessive = (w: string) => /['’]s$/.test(w);
// (Unicode-property patterns built once: a bundler may rewrite such a literal as `new RegExp(…)`, a new object per call)
const NOT_ROLE_WORD_RE = /[^\p{L}'’.-]+/u;
const CAPITAL_START_RE = /^\p{Lu}/u;
const NOT_ROLE_WORD_OR_DIGIT_RE = /[^\p{L}\p{N}'’.-]+/u;
const CITY_NAME_RE = /\p{Lu}[\p{L}.’'-]*\s+City\b/u;
const CAPITAL_LETTER_RE = /^\p{Lu}$/u;
const capitalisedWords = (role: string) => role.split(NOT_ROLE_WORD_RE).filter((w) => CAPITAL_START_RE.test(w)).map((w) => w.toLowerCase());
const wordsOf = (role: string) => role.toLowerCase().split(NOT_ROLE_WORD_OR_DIGIT_RE).filter(Boolean).map((w) => w.replace(/[’']s$/, '').replace(/\.$/, ''));

/** Councils that are not public bodies ("works council", "student council"). */
const PRIVATE_COUNCILS = new Set(['works', 'student', 'students', 'pupil', 'youth', 'parish-church']);
/** "Board of …" names of elected local bodies. */
const PUBLIC_BOARDS = new Set(['education', 'supervisors', 'elections', 'selectmen', 'aldermen', 'commissioners', 'health']);
/** Words of a ship or an aircraft: a captain among them is a civil master, not an officer. */
const CIVIL_CAPTAIN = new Set(['master', 'ship', 'vessel', 'carrier', 'tanker', 'freighter', 'trawler', 'ferry', 'airline', 'airlines', 'pilot', 'cruise', 'merchant', 'boat', 'yacht', 'tugboat', 'cargo']);
function hasPublicBody(words: string[], role: string): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // ("the city’s airport director"; not "Manchester City manager", a club)
    if (w === 'city' && CITY_NAME_RE.test(role)) continue;
    // ("chief of the Innu Nation"; not "a member of the Cherokee Nation", a citizen)
    if (w === 'nation' && words.some((x) => x === 'member' || x === 'members' || x === 'citizen' || x === 'citizens')) continue;
    if (PUBLIC_BODIES.has(w) && !(w === 'council' && (words[i + 1] === 'on' || PRIVATE_COUNCILS.has(words[i - 1] ?? '')))) return true;
    // "Board of Education", "school board", "Board of Supervisors": elected local bodies
    if (w === 'board' && ((words[i + 1] === 'of' && PUBLIC_BOARDS.has(words[i + 2] ?? '')) || words[i - 1] === 'school')) return true;
    // "who leads Tuvalu’s delegation": a country's delegation
    if (w === 'delegation' && words.slice(Math.max(0, i - 3), i).some((x, j, a) => isPlace(x) || DEMONYMS.has(x) || (j > 0 && isPlace(`${a[j - 1]} ${x}`)))) return true;
  }
  // acronyms of public bodies as written ("FBI", "UN", "EU")
  return /\b(?:U\.?N\.?|E\.?U\.?|NATO|FBI|CIA|IMF|WHO|WTO|ICC|ICJ)\b/.test(role);
}

/**
 * "president of Chapter & Verse": the head's complement names a body (capitalised) with no public word
 * and no country or state in it.
 */
function privateComplement(role: string, words: string[], headAt: number): boolean {
  const prep = words[headAt + 1];
  if (prep !== 'of' && prep !== 'at') return false;
  const rest = words.slice(headAt + 2).filter((w) => w !== 'the');
  if (!rest.length) return false;
  const m = OF_CAPITALISED.exec(role);
  if (!m) return false;
  const name = m[1]!.trim().split(/\s+/).slice(0, 6).join(' ');
  if (isPlace(name) || rest.some((w) => isPlace(w) || DEMONYMS.has(w) || PUBLIC_BODIES.has(w) || NATION_ABBREVS.has(w) || w === 'republic' || w === 'states' || w === 'nations')) return false;
  return true;
}

/** A capitalised word before the head names something that is not a nation, a place or a public body. */
function namedPrivately(pre: string[], role: string): boolean {
  const caps = capitalisedWords(role);
  return pre.some((w) => caps.includes(w) && !isPlace(w) && !DEMONYMS.has(w) && !NATION_ABBREVS.has(w) && !PUBLIC_BODIES.has(w) && !OFFICE_TITLES.has(w) && !ROLE_MODIFIERS.has(w) && !/['’]s$/.test(w) && w !== 'the');
}

/** The last body word of a role names a private body ("Indiana State Teachers Association"). */
function lastBodyPrivate(words: string[]): boolean {
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (PRIVATE_BODIES.has(w)) return true;
    if (PUBLIC_BODIES.has(w)) return false;
  }
  return false;
}

/** Splits a role phrase into its coordinated parts and finds each part's head (the last role word before its first preposition). */
function headsOf(words: string[]): { head: string; pre: string[]; all: string[] }[] {
  const parts: string[][] = [[]];
  for (const w of words) {
    if (w === 'and' && parts[parts.length - 1]!.length && (parts[parts.length - 1]!.some((x) => isRoleWordText(x)))) parts.push([]);
    else parts[parts.length - 1]!.push(w);
  }
  const out: { head: string; pre: string[]; all: string[] }[] = [];
  for (const p of parts) {
    let head = '';
    let headAt = -1;
    // "who consults with administration officials": a who-clause gives a post only through a role verb
    // ("who heads …") or a copula ("who is a former …", "who became …"), not through its object
    // ("who replaced X as chancellor": the post after "as")
    let from = 0;
    if (p[0] === 'who' && !ROLE_VERBS[p[1] ?? ''] && !CLAUSE_COPULAS.has(p[1] ?? '')) {
      const as = p.indexOf('as');
      if (as < 0) continue;
      from = as + 1;
    }
    for (let i = from; i < p.length; i++) {
      let w = p[i]!;
      // "Council members", "Reps.": a plural title
      if (!isRoleWordText(w) && w.length > 3 && w.endsWith('s') && isRoleWordText(w.slice(0, -1))) w = w.slice(0, -1);
      if (PREPOSITIONS_IN_ROLE.has(w) && headAt >= 0) break;
      if (w === 'who' && i === 0) continue;
      if (w === 'who' || w === 'which') break;
      const verbHead = ROLE_VERBS[w];
      if (verbHead) {
        head = verbHead;
        headAt = i;
        break;
      }
      if (isRoleWordText(w)) {
        head = w;
        headAt = i;
      }
    }
    if (headAt >= 0) out.push({ head, pre: p.slice(from, headAt), all: p });
  }
  return out;
}

const CLAUSE_COPULAS = new Set(['is', 'was', 'has', 'had', 'became', 'becomes', 'serves', 'served', 'remains', 'remained', 'also', 'now', 'once', 'previously', 'formerly', 'then']);

function isRoleWordText(w: string): boolean {
  if (ROLE_NOUNS.has(w) || OFFICIAL_HEADS.has(w) || HONORIFICS.has(w)) return true;
  if (w.includes('-')) return w.split('-').some((p) => ROLE_NOUNS.has(p) || OFFICIAL_HEADS.has(p) || HONORIFICS.has(p));
  return false;
}

function headOfficial(head: string): 'official' | 'conditional' | 'private' | 'none' {
  const parts = head.includes('-') && !OFFICIAL_HEADS.has(head) && !PRIVATE_HEADS.has(head) && !CONDITIONAL_HEADS.has(head) ? head.split('-') : [head];
  let best: 'official' | 'conditional' | 'private' | 'none' = 'none';
  for (const p of parts) {
    if (p === 'elect') return 'private';
    if (PRIVATE_HEADS.has(p)) return 'private';
    if (OFFICIAL_HEADS.has(p)) best = 'official';
    else if (CONDITIONAL_HEADS.has(p) && best === 'none') best = 'conditional';
  }
  return best;
}

/** Nouns by which a story refers back to a body it named ("the trust’s chief executive", "Board member"). */
export const BODY_REFERENCES: ReadonlySet<string> = new Set(['trust', 'board', 'authority', 'agency', 'service', 'district', 'commission', 'committee', 'council', 'corporation', 'company', 'foundation', 'institute', 'hospital', 'school', 'college', 'university', 'utility', 'port', 'bank', 'fund', 'firm', 'network', 'group', 'centre', 'center', 'office', 'department', 'bureau', 'ministry']);

/** The body a role refers back to by a common noun ("the trust’s chief executive" → "trust"), or null. */
export function bodyReference(role: string): string | null {
  for (const w of wordsOf(role)) if (BODY_REFERENCES.has(w)) return w;
  return null;
}

/** Whether the words of a named body mark it public ("East Pennine NHS Foundation Trust", "… School District"). */
export function bodyIsPublic(words: readonly string[]): boolean {
  return words.some((w) => PUBLIC_BODIES.has(w) && w !== 'office' && w !== 'security' && w !== 'force' && w !== 'party' && w !== 'city' && w !== 'town' && w !== 'village' && w !== 'nation');
}

/**
 * Whether a role phrase presents a public post (government at any level, legislature, judiciary,
 * military, police, diplomacy, public agencies and their spokespeople, intergovernmental bodies, party
 * leadership), current or former. Analysts, academics, business people, campaigners, candidates,
 * nominees and private citizens are not officials.
 */
export function roleIsOfficial(role: string, publicBody = false): boolean {
  // a story asks about the same role phrases again and again (every mention, every person): answers are
  // kept per phrase, in a bounded map per value of publicBody (the answer depends on nothing else)
  const memo = publicBody ? officialMemoPublic : officialMemo;
  let v = memo.get(role);
  if (v === undefined) {
    if (memo.size >= OFFICIAL_MEMO_MAX) memo.clear();
    v = roleIsOfficialUncached(role, publicBody);
    memo.set(detach(role), v);
  }
  return v;
}
const officialMemo = new Map<string, boolean>();
const officialMemoPublic = new Map<string, boolean>();
const OFFICIAL_MEMO_MAX = 5_000;

function roleIsOfficialUncached(role: string, publicBody: boolean): boolean {
  const words = wordsOf(role);
  if (!words.length) return false;
  // "France’s Emmanuel Macron": a leader presented by the country
  if (words.length <= 3 && /['’]s$/.test(role.trim()) && isPlace(words.join(' '))) return true;
  if (/\b[RDI]-[A-Z]/.test(role)) return true; // party-and-state tag of a legislator
  // "Ukrainian president, the…": each comma-separated part of a role is read on its own
  const parts = role.includes(',') ? role.split(',').map(wordsOf).filter((p) => p.length) : [words];
  const heads = parts.flatMap(headsOf);
  // "the president of the X Guild, a trade group …": a description of the body counts for every part
  // ("Friends of the Y Library": a supporters' group of a public body is no public body)
  const supporters = /\bFriends of\b/.test(role);
  const privateRole = supporters || words.some((w, i) => PRIVATE_BODIES.has(w) || (w === 'group' && (words[i - 1] === 'trade' || words[i - 1] === 'industry' || words[i - 1] === 'lobbying' || words[i - 1] === 'advocacy')) || (w === 'union' && !/^(?:european|african|soviet|eurasian)$/.test(words[i - 1] ?? '')));
  // "IMF chief economist", "National Weather Service meteorologist": an occupation in a public or
  // intergovernmental body named before it
  for (const p of parts) {
    const last = p[p.length - 1];
    if (p.length < 2 || !last || !isOccupation(last) || p.some((w) => PREPOSITIONS_IN_ROLE.has(w) || PRIVATE_BODIES.has(w))) continue;
    const capWords = capitalisedWords(role);
    if (hasPublicBody(p.slice(0, -1).filter((w) => capWords.includes(w)), role)) return true;
    // "the county engineer", "state epidemiologist": an occupation of a level of government, a public post
    if (GOVERNMENT_LEVELS.has(p[p.length - 2]!)) return true;
  }
  // "the top Democrat on the Appropriations Committee": a party's member of a legislature or of its committee
  for (const p of parts) {
    const i = p.findIndex((w) => PREPOSITIONS_IN_ROLE.has(w));
    if (i > 0 && PARTY_MEMBERS.has(p[i - 1]!) && p.slice(i + 1).some((w) => LEGISLATURE_WORDS.has(w))) return true;
  }
  // "a hydrologist with the National Weather Service": an occupation in a public agency
  if (!heads.length) {
    for (const p of parts) {
      let i = 0;
      while (i < p.length && !PREPOSITIONS_IN_ROLE.has(p[i]!)) i++;
      const head = p[i - 1];
      if (head && isOccupation(head) && i < p.length && hasPublicBody(p.slice(i), role) && !p.some((w) => PRIVATE_BODIES.has(w))) return true;
    }
  }
  // "Vizio's co-founder and vice president": coordinated posts share the first one's body
  let privateBefore = false;
  for (const { head, pre, all } of heads) {
    const kind = headOfficial(head);
    const coordinatedPrivate = privateBefore && !hasPublicBody(all, role) && !pre.some((w) => isPossessive(w) || DEMONYMS.has(w) || isPlace(w));
    if (kind === 'private') privateBefore = true;
    if (kind === 'private' || kind === 'none') continue;
    // the organisation the role names is known to be public ("the trust’s chief executive" after an NHS trust)
    if (publicBody) return true;
    // ("chief executive of the Port Authority": an executive of a public body is no company post)
    const privateBody = privateRole || all.some((w) => PRIVATE_BODIES.has(w) || (w === 'executive' && !hasPublicBody(all, role)) || w === 'campaign' || w === 'company');
    if (kind === 'official') {
      // "executive vice president of the Brookings Institution": a company post
      if ((head === 'president' || head === 'vice-president' || head === 'secretary' || head === 'director-general' || head === 'administrator' || head === 'treasurer' || head === 'auditor' || head === 'official' || head === 'officials' || head === 'delegate') && ((privateBody && (!hasPublicBody(all, role) || lastBodyPrivate(all) || supporters)) || coordinatedPrivate)) continue;
      // "president of Chapter & Verse": the head of a named body that is neither public nor a country
      if ((head === 'president' || head === 'vice-president' || head === 'chairman' || head === 'chairwoman') && privateComplement(role, all, pre.length)) continue;
      // "the Ravena president": a body named before the head that is neither a nation nor public (a club, a firm)
      if ((head === 'president' || head === 'vice-president') && !hasPublicBody(all, role) && namedPrivately(pre, role)) continue;
      // "Captain X, the master of a bulk carrier": a ship's or an airliner's captain
      if ((head === 'captain' || head === 'capt') && !hasPublicBody(words, role) && words.some((w) => CIVIL_CAPTAIN.has(w))) continue;
      // "England captain": a team's captain, not a military one
      if (head === 'captain' && /\bcaptain\b/.test(role) && !hasPublicBody(all, role) && pre.some((w) => isPlace(w) || DEMONYMS.has(w))) continue;
      if ((head === 'captain' || head === 'major' || head === 'general' || head === 'commander' || head === 'marshal') && all.some((w) => w === 'team' || w === 'club' || w === 'squad')) continue;
      return true;
    }
    if (head === 'officer' && pre.some((w) => PUBLIC_OFFICER.has(w))) return true;
    // "the Chief Medical Officer", "Chief Education Officer": a government's chief adviser, as a title
    if (head === 'officer' && !privateBody && pre.includes('chief') && pre.some((w) => CHIEF_ADVISERS.has(w)) && /\bChief\s+\p{Lu}\p{Ll}+\s+Officer\b/u.test(role)) return true;
    if (pre.some((w) => PUBLIC_SERVICE.has(w)) && !privateBody) return true;
    // conditional heads: public with a public body, a nation, or (staff) a title-holder as possessor
    if (hasPublicBody(all, role) && !(privateBody && !['spokesperson', 'spokesman', 'spokeswoman'].includes(head))) return true;
    // "Palestinian chief negotiator", "Chinese spokesman": a nation's negotiator or voice
    if (NATION_HEADS.has(head) && !privateBody && pre.some((w) => DEMONYMS.has(w) || isPlace(w) || NATION_ABBREVS.has(w))) return true;
    // "Parks and Recreation Director": a local government department's title
    if (!privateBody && pre.some((w) => LOCAL_PORTFOLIO.has(w)) && capitalisedWords(role).some((w) => LOCAL_PORTFOLIO.has(w))) return true;
    if (STAFF_HEADS.has(head) && pre.some((w) => OFFICIAL_HEADS.has(w) && !NOT_NAME.has(w))) return true;
    // "an aide to the governor", "a spokesman for the mayor": the staff of a title-holder named after the head
    if (STAFF_HEADS.has(head) && head !== 'adviser' && head !== 'advisor' && (all[pre.length + 1] === 'to' || all[pre.length + 1] === 'for') && all.slice(pre.length + 2, pre.length + 6).some((w) => OFFICIAL_HEADS.has(w) && !NOT_NAME.has(w))) return true;
    // "who advises Attorney-General X": the adviser of a title-holder named after the verb
    if (STAFF_HEADS.has(head) && all[0] === 'who' && all.slice(2, 6).some((w) => OFFICIAL_HEADS.has(w) && !NOT_NAME.has(w))) return true;
    if ((head === 'spokesperson' || head === 'spokesman' || head === 'spokeswoman') && !privateBody && !namedPrivately(pre.filter((w) => !ROLE_DETERMINERS.has(w)), role)) return true;
    if (head === 'leader' && all.some((w) => ['party', 'opposition', 'majority', 'minority', 'senate', 'house', 'parliamentary'].includes(w))) return true;
    // "former Liberal Democrat leader", "the Labour leader": a party named by its members before the head
    if (head === 'leader' && !privateBody && pre.some((w) => PARTY_NAMES.has(w) && capitalisedWords(role).includes(w))) return true;
  }
  return false;
}

/** The article presents the person by a private description ("an analyst at X", "a research fellow"). */
export function presentedAsPrivate(role: string | null): boolean {
  if (!role) return false;
  const head = role.split(/\s+(?:of|at|for|with|in|on|from|who|whose|which)\s+|,/i)[0]!.trim().split(/\s+/).pop()!.toLowerCase();
  return PRIVATE_HEADS.has(head) && !NOT_OCCUPATION_HEADS.has(head) && !roleIsOfficial(role);
}
/** Private heads that say nothing of a person's occupation: a nominee or a father may hold office. */
const NOT_OCCUPATION_HEADS = new Set('nominee candidate hopeful challenger contender rival president-elect mother father son daughter wife husband brother sister friend colleague neighbor neighbour grandmother grandfather granddaughter grandson stepdaughter stepson heir heiress elder resident citizen'.split(' '));
