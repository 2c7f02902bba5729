// What attribution needs to know about the story around a quote: its tokens (one tokenisation of
// the whole text), sentences and paragraphs as token ranges, which tokens lie inside quotations, the
// people's mentions (from people detection) with their grammatical role, organisation names, each
// person's gender as the story shows it, and the speakers met so far, so that "he", "she", "they",
// "it", "the minister" or "the ministry" can be resolved to the entity they stand for.
// Everything is built in linear (or n log n) time; every look-back is bounded.
import type { Person } from '../types';
import type { StoryText } from '../text/story-text';
import type { PeopleResult } from '../people/detect';
import { tokenize, tokenFrom, isCapitalised, toLower, type Token } from '../text/tokens';
import { sentenceSpans } from '../text/sentences';
import type { QuoteSpan } from './marks';
import { FEMALE_HONORIFICS, FEMALE_PRONOUNS, FEMALE_ROLE_WORDS, MALE_HONORIFICS, MALE_PRONOUNS, MALE_ROLE_WORDS, genderOfGivenName, type Gender } from './gender';
import { ORG_HEADS_LOWER, ORG_WORDS, PREPOSITIONS, REPORTING_VERBS } from './verbs';
import { CONDITIONAL_HEADS, OFFICIAL_HEADS, ROLE_NOUNS } from '../people/lexicon';

/** Nouns by which a story refers back to a company ("the firm said"). */
/** Verbs for writing a document, after its writer: "the email X sent". */
const WRITER_VERBS = new Set(['sent', 'wrote', 'posted', 'signed', 'penned', 'emailed', 'drafted', 'circulated', 'issued', 'published', 'tweeted']);
/** Words that end a company's name ("Heavy Industries", "Street Securities", "Acme Corp"). */
const COMPANY_NAME_ENDS = new Set(['ltd', 'llc', 'plc', 'ag', 'gmbh', 'holdings', 'partners', 'capital', 'airlines', 'motors', 'laboratories', 'labs', 'systems', 'technologies', 'communications', 'industries', 'insurance', 'securities', 'corp', 'corporation', 'inc', 'company', 'co', 'group', 'bank', 'investments', 'ventures', 'energy', 'pharmaceuticals', 'enterprises']);
const COMPANY_NOUNS = new Set(['firm', 'company', 'contractor', 'developer', 'operator', 'carrier', 'airline', 'insurer', 'lender', 'retailer', 'manufacturer', 'maker', 'supplier', 'builder', 'miner', 'utility', 'startup', 'start-up', 'chain']);

export interface MentionRec {
  /** Token range [a, b) of the mention. */
  a: number;
  b: number;
  person: Person;
  possessive: boolean;
  /** Directly after a preposition ("with Xie"): not the subject of its clause. */
  afterPrep: boolean;
  /** The subject of its clause (best guess). */
  subject: boolean;
  /** A possessive that opens its clause's subject ("coach X’s answer was short"). */
  possSubject: boolean;
  inQuote: boolean;
}

export interface OrgRec {
  a: number;
  b: number;
  name: string;
  /** Lower-case words of the name. */
  words: Set<string>;
}

/** A speaker of a quotation or of reported speech, as attribution resolves it. */
export interface Speaker {
  name: string | null;
  kind: 'person' | 'organization' | null;
  person: Person | null;
  /** The phrase as written, for unnamed or unresolved sources ("a senior official"). */
  description: string | null;
  /** A group ("the lawmakers", an organisation): what "they" can refer to. */
  plural: boolean;
  /** How the speaker was found. */
  via: 'name' | 'pronoun' | 'role' | 'org' | 'unnamed' | 'group' | 'context';
  /** For groups: the noun that names them ("lawmakers"), so "the lawmakers" finds them again. */
  groupHead?: string;
  /** Found through a relative pronoun ("the calm dad who tells …"). */
  relative?: boolean;
  /** For a person found by a description ("the Conservative MP said"): that description, a role the story gives them. */
  roleText?: string;
}

export interface SpeakerEvent {
  /** Token of the cue (or of the quote, for continuations). */
  tok: number;
  para: number;
  speaker: Speaker;
  cue: string | null;
}

const lower = (t: Token | undefined) => (t ? (t.lo ??= toLower(t.text)) : '');
export const isPossessiveToken = (t: Token | undefined): boolean => !!t && t.kind === 'w' && /['’]s$/i.test(t.text) && t.text.length > 2;
const isAcronym = (t: Token) => t.kind === 'w' && /^[A-Z][A-Z&.]{1,6}$/.test(t.text.replace(/['’]s$/, '')) && !/^(?:I|II|III|IV|VI|VII|VIII|IX|XI|XII|OK|TV|AM|PM|AI)$/.test(t.text);
/** Words that open a noun phrase before its head. */
const NP_LEAD: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'whose', 'former', 'new', 'longtime', 'then']);
const SUBJECT_OPENERS = new Set(['and', 'but', 'so', 'then', 'that', 'while', 'when', 'because', 'as', 'if', 'although', 'though', 'after', 'before', 'since', 'where', 'whereas', 'also', 'meanwhile', 'however', 'now', 'later', 'earlier', 'yesterday', 'today', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'once', 'until', 'unless', 'why', 'how', 'what', 'who']);
/** Head words that only ever end an institution's name, never a person's. */
const INSTITUTION_HEADS = new Set(['ministry', 'department', 'authority', 'agency', 'commission', 'committee', 'council', 'bureau', 'office', 'embassy', 'parliament', 'senate', 'congress', 'court', 'university', 'institute', 'foundation', 'association', 'organization', 'organisation', 'corporation', 'party', 'administration', 'government', 'police', 'army', 'navy', 'federation', 'union', 'league', 'prosecution', 'secretariat', 'directorate', 'tribunal', 'coalition', 'alliance', 'caucus', 'cabinet', 'assembly']);

/** Days and months: "the ministry on Sunday" does not run on into a name. */
export const TIME_NAMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'today', 'tonight']);
/** Documents a story may attribute wording to ("the report found …"). */
const DOC_NOUNS = new Set(['report', 'review', 'inquiry', 'investigation', 'audit', 'assessment', 'study', 'analysis', 'survey', 'paper', 'letter', 'book', 'memoir', 'memo', 'ruling', 'opinion', 'judgment', 'judgement', 'email', 'e-mail', 'message', 'note']);
/** Kinds of document the same text may call by different nouns ("an independent review … The report"). */
const DOC_FAMILY: Record<string, string> = { report: 'r', review: 'r', inquiry: 'r', investigation: 'r', audit: 'r', assessment: 'r', study: 's', analysis: 's', survey: 's', paper: 's', book: 'b', memoir: 'b', ruling: 'j', opinion: 'j', judgment: 'j', judgement: 'j', letter: 'l', email: 'l', 'e-mail': 'l', message: 'l', note: 'l' };
/** Verbs before "by" that name a document's author ("written by", "led by"). */
const AUTHOR_VERBS = new Set(['written', 'authored', 'co-authored', 'led', 'conducted', 'compiled', 'produced', 'prepared', 'chaired', 'commissioned', 'penned', 'drafted', 'edited']);
const CONNECTORS = new Set(['of', 'for', 'on', 'and', 'the', 'de', 'du', 'des', 'la', 'le', 'del', 'in', '&', 'at']);
const NOT_ORG_START = new Set(['the', 'a', 'an', 'but', 'and', 'in', 'on', 'at', 'as', 'if', 'when', 'while', 'this', 'that', 'his', 'her', 'its', 'their', 'our', 'my', 'for', 'of', 'with', 'by', 'from', 'to', 'after', 'before', 'so', 'yet', 'or', 'since', 'however', 'meanwhile', 'last', 'next', 'some', 'many', 'most', 'all', 'both', 'other', 'former', 'new']);

export class Discourse {
  readonly text: string;
  readonly toks: Token[];
  /** Per token: 0 outside quotations, 1 inside a top-level quotation, 2 a top-level quotation mark. */
  readonly quoteTok: Uint8Array;
  readonly sentOfTok: Int32Array;
  readonly paraOfTok: Int32Array;
  /** Sentences as token ranges. */
  readonly sents: { a: number; b: number; para: number }[] = [];
  readonly paras: { a: number; b: number }[] = [];
  readonly mentions: MentionRec[] = [];
  readonly mentionOfTok: Int32Array;
  readonly orgs: OrgRec[] = [];
  readonly orgOfTok: Int32Array;
  readonly people: PeopleResult;
  private readonly genders = new Map<Person, Gender | null>();
  /** Speakers met so far, in text order (attributions of quotes and of reported speech). */
  readonly events: SpeakerEvent[] = [];

  constructor(story: StoryText, people: PeopleResult, quotes: readonly QuoteSpan[]) {
    this.text = story.text;
    this.people = people;
    // the tokens people detection read, when it read this text (one tokenisation for both stages)
    const shared = people.tokenized;
    const toks = shared && shared.text === story.text ? shared.tokens : tokenize(story.text);
    this.toks = toks;
    const n = toks.length;
    this.quoteTok = new Uint8Array(n);
    this.sentOfTok = new Int32Array(n).fill(-1);
    this.paraOfTok = new Int32Array(n).fill(-1);
    this.mentionOfTok = new Int32Array(n).fill(-1);
    this.orgOfTok = new Int32Array(n).fill(-1);

    // paragraphs and sentences as token ranges (one merge pass)
    let t = 0;
    story.paragraphs.forEach((p, pi) => {
      while (t < n && toks[t]!.start < p.start) t++;
      const pa = t;
      for (const s of sentenceSpans(story.text, p)) {
        while (t < n && toks[t]!.start < s.start) t++;
        const sa = t;
        while (t < n && toks[t]!.start < s.end) {
          this.sentOfTok[t] = this.sents.length;
          this.paraOfTok[t] = pi;
          t++;
        }
        this.sents.push({ a: sa, b: t, para: pi });
      }
      this.paras.push({ a: pa, b: t });
    });

    // tokens inside top-level quotations
    let k = 0;
    for (const q of quotes) {
      if (q.depth !== 0) continue;
      const end = q.close >= 0 ? q.close + q.closeLen : q.end;
      k = this.tokAt(q.open, k);
      for (let j = k; j < n && toks[j]!.start < end; j++) {
        const isMark = toks[j]!.start === q.open || toks[j]!.start === q.close || (q.openLen === 2 && toks[j]!.start === q.open + 1) || (q.closeLen === 2 && toks[j]!.start === q.close + 1);
        this.quoteTok[j] = isMark ? 2 : 1;
      }
    }

    this.buildMentions();
    this.buildOrgs();
    this.buildAuthors();
  }

  /** Documents the story says a named person wrote ("The report, written by Dr Aileen Prowse"). */
  private readonly authors = new Map<string, Person>();

  /**
   * "the report, written by X", "a review led by X", "X’s report": the author of a kind of document.
   * One pass; each look is a few tokens.
   */
  private buildAuthors() {
    const toks = this.toks;
    const n = toks.length;
    const doc = (k: number): string | null => {
      const w = this.lw(k);
      return DOC_NOUNS.has(w) && this.quoteTok[k] === 0 ? w : null;
    };
    for (let i = 1; i < n; i++) {
      // "X’s report", "X’s 2024 review"
      const mi = this.mentionOfTok[i - 1]!;
      if (mi >= 0 && this.mentions[mi]!.possessive && this.mentions[mi]!.b === i) {
        for (let k = i; k < n && k < i + 3; k++) {
          const w = doc(k);
          if (w) {
            if (!this.authors.has(w)) this.authors.set(w, this.mentions[mi]!.person);
            break;
          }
          if (toks[k]!.kind === 'p') break;
        }
      }
      // "an email Tillman sent to donors", "the letter Ruiz wrote": a document and its writer
      const di = this.mentionOfTok[i]!;
      if (di >= 0 && this.mentions[di]!.a === i && !this.mentions[di]!.possessive) {
        const w = doc(i - 1);
        if (w && WRITER_VERBS.has(this.lw(this.mentions[di]!.b)) && !this.authors.has(w)) this.authors.set(w, this.mentions[di]!.person);
      }
      if (this.lw(i) !== 'by' || !AUTHOR_VERBS.has(this.lw(i - 1))) continue;
      // the author after "by": past determiners and title words, a person's mention
      let k = i + 1;
      while (k < n && k < i + 8 && this.mentionOfTok[k]! < 0 && (toks[k]!.kind !== 'p' || toks[k]!.text === '.')) k++;
      const am = this.mentionOfTok[k] ?? -1;
      if (am < 0 || this.mentions[am]!.possessive || this.sentOfTok[k] !== this.sentOfTok[i]) continue;
      // the document before the verb: "The report …, written by", "a review led by"
      for (let q = i - 2; q >= 0 && q > i - 12 && this.sentOfTok[q] === this.sentOfTok[i]; q--) {
        const w = doc(q);
        if (w) {
          if (!this.authors.has(w)) this.authors.set(w, this.mentions[am]!.person);
          break;
        }
      }
    }
  }

  /**
   * The named author of a document the story calls `noun` ("the review"): the author of that kind of
   * document, or of the one document of its kind family when the story names a single author.
   */
  documentAuthor(noun: string): Person | null {
    const exact = this.authors.get(noun);
    if (exact) return exact;
    const fam = DOC_FAMILY[noun];
    if (!fam) return null;
    let found: Person | null = null;
    for (const [w, p] of this.authors) {
      if (DOC_FAMILY[w] !== fam) continue;
      if (found && found !== p) return null;
      found = p;
    }
    return found;
  }

  /** Lower-case text of token k ('' past the end). */
  lw(k: number): string {
    if (k < 0 || k >= this.toks.length) return '';
    const t = this.toks[k]!;
    // (the token's own memo slot: filled once, whichever stage asks first)
    return (t.lo ??= toLower(t.text));
  }

  /** Index of the first token starting at or after offset (from a hint). */
  tokAt(offset: number, lo = 0): number {
    return tokenFrom(this.toks, offset, lo);
  }

  inQuote(i: number): boolean {
    return this.quoteTok[i] !== 0;
  }

  private buildMentions() {
    const all: { start: number; end: number; person: Person }[] = [];
    for (const p of this.people.people) for (const m of p.mentions) all.push({ start: m.start, end: m.end, person: p });
    all.sort((x, y) => x.start - y.start);
    const toks = this.toks;
    let hint = 0;
    let lastSent = -1;
    let sentHasSubject = false;
    for (const m of all) {
      const a = this.tokAt(m.start, hint);
      hint = a;
      let b = a;
      while (b < toks.length && toks[b]!.start < m.end) b++;
      if (b === a) continue;
      if (this.mentionOfTok[a]! >= 0) continue; // overlapping mentions: the first wins
      // a "person" whose name ends in an institution's head word is an organisation ("Swedish
      // Prosecution Authority"): not a person mention for attribution
      if (b - a > 1 && INSTITUTION_HEADS.has(this.lw(b - 1).replace(/['’]s$/, ''))) continue;
      const last = toks[b - 1]!;
      const possessive = isPossessiveToken(last) || ((toks[b]?.text === '’' || toks[b]?.text === "'") && toks[b]!.start === last.end && /s$/i.test(last.text));
      // the word before the mention, skipping a title chain ("with Chinese Ambassador Xie")
      let k = a - 1;
      while (k >= 0 && (isCapitalised(toks[k]) || toks[k]!.text === '.' || this.lw(k) === 'the' || (toks[k]!.kind === 'w' && ROLE_NOUNS.has(this.lw(k)))) && k > a - 6 && this.sentOfTok[k] === this.sentOfTok[a]) k--;
      const sameSent = k >= 0 && this.sentOfTok[k] === this.sentOfTok[a];
      const before = sameSent ? toks[k]! : undefined;
      const afterPrep = !!before && PREPOSITIONS.has(lower(before));
      // in subject position: opening its sentence or clause, not after a verb or a preposition
      // ("asked its owner, Walt Brenneman, for …": an appositive to a noun is not a subject)
      // (but "SkyLark’s chief executive, Anand Subramanian, will join": the noun phrase itself opens the clause)
      const appositive = !!before && before.text === ',' && k > 0 && toks[k - 1]!.kind === 'w' && !isCapitalised(toks[k - 1]) && ROLE_NOUNS.has(lower(toks[k - 1]).replace(/['’]s$/, '')) && !this.opensClause(k - 1);
      const clauseStart = !appositive && (!before || before.kind === 'p' || SUBJECT_OPENERS.has(lower(before)));
      const inQuote = this.quoteTok[a] !== 0;
      const sent = this.sentOfTok[a]!;
      if (sent !== lastSent) {
        lastSent = sent;
        sentHasSubject = false;
      }
      // subject: the first plain mention of its sentence, or one followed by a verb-like word
      const nextTok = toks[b];
      const followedByVerb = !!nextTok && nextTok.kind === 'w' && !isCapitalised(nextTok) && (REPORTING_VERBS.has(lower(nextTok)) || /(?:ed|s)$/.test(nextTok.text) || ['has', 'had', 'is', 'was', 'will', 'would', 'could', 'can', 'also', 'did', 'does', 'may', 'might', 'should'].includes(lower(nextTok)));
      const plain = !possessive && !afterPrep && !inQuote;
      // ("Mulvaney said Dudu would start": the subject of reported speech is not the clause's subject)
      const reported = !!before && before.kind === 'w' && REPORTING_VERBS.has(lower(before));
      const subject = plain && !reported && ((!sentHasSubject && clauseStart) || followedByVerb);
      if (plain) sentHasSubject = true;
      const idx = this.mentions.length;
      const possSubject = possessive && !afterPrep && !inQuote && (!before || before.kind === 'p');
      this.mentions.push({ a, b, person: m.person, possessive, afterPrep, subject, possSubject, inQuote });
      for (let j = a; j < b; j++) this.mentionOfTok[j] = idx;
    }
  }

  /** The noun phrase ending at token e opens its sentence or clause (determiners, possessors, role words back to a boundary). */
  private opensClause(e: number): boolean {
    const toks = this.toks;
    const sent = this.sentOfTok[e];
    let j = e;
    while (j >= 0 && j > e - 7 && this.sentOfTok[j] === sent && toks[j]!.kind === 'w' && (ROLE_NOUNS.has(this.lw(j).replace(/['’]s$/, '')) || NP_LEAD.has(this.lw(j)) || isCapitalised(toks[j]))) j--;
    if (j < 0 || this.sentOfTok[j] !== sent) return true;
    const t = toks[j]!;
    return t.kind === 'p' || SUBJECT_OPENERS.has(lower(t));
  }

  /** Capitalised runs that name an organisation ("Russia’s Defense Ministry", "the FBI", "Russia's foreign ministry"). */
  private buildOrgs() {
    const toks = this.toks;
    const n = toks.length;
    for (let i = 0; i < n; i++) {
      const t = toks[i]!;
      if (!isCapitalised(t) || this.quoteTok[i] !== 0) continue;
      if (NOT_ORG_START.has(lower(t))) continue;
      let j = i;
      let hasOrgWord = false;
      let acronym = false;
      let personTail = false;
      while (j < n && this.sentOfTok[j] === this.sentOfTok[i] && this.quoteTok[j] === 0) {
        const u = toks[j]!;
        // "the Waterfront Workers’ Union": a plural possessive inside a name
        if (j > i && (u.text === '’' || u.text === "'") && u.start === toks[j - 1]!.end && /s$/.test(toks[j - 1]!.text) && isCapitalised(toks[j + 1]) && toks[j + 1]!.start === u.end + 1) {
          j++;
          continue;
        }
        // "Department for Environment, Food and Rural Affairs": a list of portfolios inside a department's name
        if (u.text === ',' && j > i + 2 && /^(?:for|of)$/.test(this.lw(j - 2)) && /^(?:department|ministry|secretary|office)$/.test(this.lw(j - 3)) && isCapitalised(toks[j + 1])) {
          let k = j + 1;
          while (k < n && k - j < 8 && (isCapitalised(toks[k]) || (toks[k]!.text === ',' && isCapitalised(toks[k + 1])))) k++;
          if (this.lw(k) === 'and' && isCapitalised(toks[k + 1])) {
            j++;
            continue;
          }
        }
        if (isCapitalised(u) || (u.kind === 'n' && j > i)) {
          const w = lower(u).replace(/['’]s$/, '');
          if (ORG_WORDS.has(w)) hasOrgWord = true;
          if (isAcronym(u)) acronym = true;
          const m = this.mentionOfTok[j]!;
          // a name at the end of the run (titles before a person), unless it follows a connector
          // inside the run ("Bureau of Fisheries and Aquatic Resources")
          if (m < 0) personTail = false;
          else if (this.mentions[m]!.a === j) personTail = !(j > i && CONNECTORS.has(this.lw(j - 1)));
          j++;
          // "Russia’s Defense Ministry": a possessive ends the run unless a name goes on
          if (isPossessiveToken(u) && !(isCapitalised(toks[j]) && !TIME_NAMES.has(this.lw(j)))) break;
          continue;
        }
        // connectors inside a name: "Bureau of Fisheries and Aquatic Resources", "Committee on the ..."
        if (CONNECTORS.has(lower(u)) && j > i) {
          let k = j;
          while (k < n && CONNECTORS.has(this.lw(k)) && k - j < 2) k++;
          if (k < n && isCapitalised(toks[k]) && !TIME_NAMES.has(this.lw(k)) && this.quoteTok[k] === 0 && this.sentOfTok[k] === this.sentOfTok[i]) {
            j = k;
            continue;
          }
        }
        break;
      }
      // a lower-case organisation head after capitalised modifiers: "Russia's foreign ministry"
      let end = j;
      const l1 = this.lw(j);
      const l2 = this.lw(j + 1);
      if (toks[j]?.kind === 'w' && !isCapitalised(toks[j]) && ORG_HEADS_LOWER.has(l1)) {
        end = j + 1;
        hasOrgWord = true;
      } else if (toks[j]?.kind === 'w' && toks[j + 1]?.kind === 'w' && !isCapitalised(toks[j]) && !isCapitalised(toks[j + 1]) && ORG_HEADS_LOWER.has(l2) && /^(?:foreign|defen[cs]e|interior|finance|justice|health|state|federal|national|central|military|armed|public|security|economy|trade|energy|education|communist|ruling|opposition|conservative|liberal|labor|labour|presidential|election|re-election|reelection|press|media|news|police|fire|intelligence|environment|environmental|transport|agriculture|culture|foreign-affairs|external|home|emergency|local|regional|provincial|city|county|district|supreme|high|appeals|district|electoral|investment|central|development|technology|oil|steel|auto|tech)$/.test(l1)) {
        end = j + 2;
        hasOrgWord = true;
      }
      const runLen = end - i;
      if (runLen > 0 && (hasOrgWord || (acronym && runLen === 1)) && !(personTail && end === j)) {
        let a = i;
        const name = this.text.slice(toks[a]!.start, toks[end - 1]!.end).replace(/['’]s$/, '');
        const words = new Set<string>();
        for (let k = a; k < end; k++) if (toks[k]!.kind === 'w') words.add(this.lw(k).replace(/['’]s$/, ''));
        const idx = this.orgs.length;
        this.orgs.push({ a, b: end, name, words });
        for (let k = a; k < end; k++) if (this.orgOfTok[k]! < 0) this.orgOfTok[k] = idx;
        a = end;
      }
      i = Math.max(i, j - 1);
    }
  }

  /** Gender of a person as the story shows it, or null. */
  genderOf(p: Person): Gender | null {
    if (this.genders.has(p)) return this.genders.get(p)!;
    let g: Gender | null = null;
    const toks = this.toks;
    const role = (p.roleInText ?? '').toLowerCase();
    let votesM = 0;
    let votesF = 0;
    let hon: Gender | null = null;
    for (const m of p.mentions) {
      const a = this.tokAt(m.start);
      // honorific at the start of the mention or right before it: Mr. Xie, Ms Jele
      const own = this.lw(a);
      if (MALE_HONORIFICS.has(own) && own !== p.name.split(/\s+/)[0]!.toLowerCase()) hon = hon ?? 'm';
      else if (FEMALE_HONORIFICS.has(own) && own !== p.name.split(/\s+/)[0]!.toLowerCase()) hon = hon ?? 'f';
      for (let k = a - 1; k >= 0 && k >= a - 3; k--) {
        const w = this.lw(k);
        if (w === '.') continue;
        if (MALE_HONORIFICS.has(w) || MALE_ROLE_WORDS.has(w)) hon = hon ?? 'm';
        else if (FEMALE_HONORIFICS.has(w) || FEMALE_ROLE_WORDS.has(w)) hon = hon ?? 'f';
        break;
      }
      // the first third-person pronoun after the mention, before any other person is named
      let b = a;
      while (b < toks.length && toks[b]!.start < m.end) b++;
      for (let k = b; k < toks.length && k < b + 30; k++) {
        if (this.mentionOfTok[k]! >= 0 && this.mentions[this.mentionOfTok[k]!]!.person !== p) break;
        if (this.quoteTok[k] !== 0) continue;
        const w = this.lw(k);
        if (MALE_PRONOUNS.has(w)) {
          votesM++;
          break;
        }
        if (FEMALE_PRONOUNS.has(w)) {
          votesF++;
          break;
        }
      }
    }
    if (hon) g = hon;
    else if (role.split(/[\s,]+/).some((w) => FEMALE_ROLE_WORDS.has(w)) || role.includes('first lady')) g = 'f';
    else if (role.split(/[\s,]+/).some((w) => MALE_ROLE_WORDS.has(w))) g = 'm';
    else if (votesM >= 2 && votesM >= 3 * votesF) g = 'm';
    else if (votesF >= 2 && votesF >= 3 * votesM) g = 'f';
    else {
      const first = p.name.split(/\s+/)[0] ?? '';
      g = p.name.includes(' ') ? genderOfGivenName(first) : null;
      if (!g && votesM > votesF) g = 'm';
      else if (!g && votesF > votesM) g = 'f';
    }
    this.genders.set(p, g);
    return g;
  }

  /**
   * The person a description at [a, b) plainly refers back to: the last person named outside quotations
   * before it, within the sentence before, where that sentence names nobody else and uses the description's
   * head noun nowhere ("Smith met the president. The president said …" is not Smith), and the description
   * holds no possessive ("the singer’s manager" is someone else). Null when the reference is not that plain.
   */
  soleReferent(a: number, b: number, head: string): Person | null {
    for (let k = a; k < b; k++) if (isPossessiveToken(this.toks[k])) return null;
    let mi = this.lastMentionBefore(a);
    while (mi >= 0 && this.mentions[mi]!.inQuote) mi--;
    if (mi < 0) return null;
    const m = this.mentions[mi]!;
    const sent = this.sentOfTok[m.a]!;
    if (sent < 0 || this.sentOfTok[a]! - sent > 1) return null;
    for (let j = mi - 1; j >= 0 && this.sentOfTok[this.mentions[j]!.a] === sent; j--) {
      if (!this.mentions[j]!.inQuote && this.mentions[j]!.person !== m.person) return null;
    }
    const from = this.sents[sent]!.a;
    for (let k = from; k < a; k++) if (this.toks[k]!.kind === 'w' && lower(this.toks[k]) === head) return null;
    return m.person;
  }

  /** Index of the last mention starting before token tok, or -1. */
  private lastMentionBefore(tok: number): number {
    return lastBefore(this.mentions, (m) => m.a, tok);
  }

  private lastEventBefore(tok: number): number {
    return lastBefore(this.events, (e) => e.tok, tok);
  }

  private paraAt(tok: number): number {
    const p = this.paraOfTok[Math.min(tok, this.toks.length - 1)];
    return p ?? 0;
  }

  /** Records a speaker (events must be added in text order). */
  addEvent(tok: number, speaker: Speaker, cue: string | null) {
    const last = this.events[this.events.length - 1];
    if (last && last.tok > tok) return;
    this.events.push({ tok, para: this.paraAt(tok), speaker, cue });
  }

  /**
   * "he" / "she" at token tok: the nearest earlier subject (a mention or a resolved speaker) whose
   * gender fits, looking back at most a few paragraphs.
   */
  resolvePersonPronoun(tok: number, g: Gender): Person | null {
    const para = this.paraAt(tok);
    let mi = this.lastMentionBefore(tok);
    let ei = this.lastEventBefore(tok);
    let fallback: Person | null = null;
    for (let steps = 0; steps < 60 && (mi >= 0 || ei >= 0); steps++) {
      const m = mi >= 0 ? this.mentions[mi]! : null;
      const e = ei >= 0 ? this.events[ei]! : null;
      // take the later of the two
      if (m && (!e || m.a >= e.tok)) {
        mi--;
        // a few paragraphs back (more when they are short, like the items of a list)
        if (this.paraAt(m.a) < para - 3 && m.a < tok - 120) break;
        if (m.inQuote) continue;
        const pg = this.genderOf(m.person);
        if (pg && pg !== g) continue;
        if (m.subject) return m.person;
        // "O’Malley’s answer was short. “…,” he said": a possessive heading the subject just before
        if (m.possSubject && this.sentOfTok[m.a]! >= this.sentOfTok[tok]! - 1) return m.person;
        if (!fallback && !m.possessive) fallback = m.person;
      } else if (e) {
        ei--;
        if (e.para < para - 3 && e.tok < tok - 120) break;
        const p = e.speaker.person;
        if (!p) continue;
        const pg = this.genderOf(p);
        if (pg && pg !== g) continue;
        return p;
      }
    }
    return fallback;
  }

  /**
   * Singular "they" at token tok: the person mentioned last, within a few paragraphs, whom the story
   * presents as using they/them pronouns ("a junior who uses they/them pronouns").
   */
  resolveSingularThey(tok: number): Person | null {
    this.theyPeople ??= new Set(this.people.people.filter((p) => /\bthey\s*\/\s*them\b|\bnon-?binary\b/i.test(p.roleInText ?? '')));
    if (!this.theyPeople.size) return null;
    const para = this.paraAt(tok);
    for (let mi = this.lastMentionBefore(tok), steps = 0; mi >= 0 && steps < 40; mi--, steps++) {
      const m = this.mentions[mi]!;
      if (this.paraAt(m.a) < para - 2) break;
      if (m.inQuote) continue;
      return this.theyPeople.has(m.person) ? m.person : null;
    }
    for (let ei = this.lastEventBefore(tok), steps = 0; ei >= 0 && steps < 4; ei--, steps++) {
      const e = this.events[ei]!;
      if (e.para < para - 2) break;
      if (e.speaker.person && this.theyPeople.has(e.speaker.person)) return e.speaker.person;
    }
    return null;
  }
  private theyPeople: Set<Person> | undefined;

  /** "they" / "it" at token tok: the latest group or organisation speaker (or org subject) nearby. */
  resolveGroupPronoun(tok: number, wantPlural: boolean): Speaker | null {
    const para = this.paraAt(tok);
    for (let ei = this.lastEventBefore(tok), steps = 0; ei >= 0 && steps < 12; ei--, steps++) {
      const e = this.events[ei]!;
      if (e.para < para - 2) break;
      if (e.speaker.kind === 'person' && !e.speaker.plural) continue;
      if (!e.speaker.name) continue;
      if (wantPlural ? e.speaker.plural || e.speaker.kind === 'organization' : e.speaker.kind === 'organization') return e.speaker;
    }
    return null;
  }

  /** The latest organisation or group speaker within a few paragraphs ("the letter said"). */
  resolveDocumentAuthor(tok: number): Speaker | null {
    const para = this.paraAt(tok);
    for (let ei = this.lastEventBefore(tok), steps = 0; ei >= 0 && steps < 20; ei--, steps++) {
      const e = this.events[ei]!;
      if (e.para < para - 8) break;
      if (e.speaker.name && (e.speaker.kind === 'organization' || e.speaker.plural)) return e.speaker;
    }
    return null;
  }

  /** "the lawmakers": the latest group speaker named with the same noun. */
  resolveGroup(tok: number, head: string): Speaker | null {
    for (let ei = this.lastEventBefore(tok), steps = 0; ei >= 0 && steps < 40; ei--, steps++) {
      const e = this.events[ei]!;
      if (e.speaker.groupHead === head && e.speaker.name) return e.speaker;
    }
    return null;
  }

  /**
   * "… drawn up by the Storm Prediction Center. The agency warns …": for a generic head (agency, group,
   * organisation), the organisation named last before `tok` in its sentence or the one before, outside
   * quotations, or null.
   */
  resolveNearbyOrg(tok: number): OrgRec | null {
    const si = this.sentOfTok[tok]!;
    const from = si > 0 ? this.sents[si - 1]!.a : this.sents[si]!.a;
    for (let k = tok - 1; k >= from && k >= 0; k--) {
      const o = this.orgOfTok[k]!;
      if (o >= 0 && this.quoteTok[k] === 0) return this.orgs[o]!;
    }
    return null;
  }

  /** "the ministry", "the bureau": the latest organisation whose name has that word. */
  resolveOrgHead(tok: number, head: string): OrgRec | null {
    for (let k = lastBefore(this.orgs, orgStart, tok), steps = 0; k >= 0 && steps < 200; k--, steps++) {
      const o = this.orgs[k]!;
      if (o.words.has(head) && o.words.size > 1) return o;
    }
    return null;
  }

  /**
   * "the president", "the former mayor": the latest person the story gave that role, else the
   * latest subject person in this or the previous paragraph.
   */
  resolveRole(tok: number, head: string): { person: Person; exact: boolean } | null {
    const para = this.paraAt(tok);
    let fallback: Person | null = null;
    const headRe = new RegExp(`(?:^|[^a-z])${head.replace(/[^a-z-]/g, '')}(?:$|[^a-z])`);
    // a post ("the president") is the story's holder of it wherever named; an everyday noun ("the
    // mother", "the doctor") refers to someone named close by
    const post = OFFICIAL_HEADS.has(head) || CONDITIONAL_HEADS.has(head);
    for (let mi = this.lastMentionBefore(tok), steps = 0; mi >= 0 && steps < 300; mi--, steps++) {
      const m = this.mentions[mi]!;
      if (m.inQuote) continue;
      if (!post && this.paraAt(m.a) < para - 2) break;
      const role = (m.person.roleInText ?? '').toLowerCase();
      if (role && headRe.test(role)) return { person: m.person, exact: true };
      // a title right before this mention ("President Obama")
      for (let k = m.a - 1; k >= 0 && k >= m.a - 3; k--) {
        if (lower(this.toks[k]) === head) return { person: m.person, exact: true };
        if (!isCapitalised(this.toks[k])) break;
      }
      if (!fallback && m.subject && this.paraAt(m.a) >= para - 1) fallback = m.person;
    }
    // a post the story names only after it ("a deal Vietnam’s deputy trade minister described as … | The
    // memorandum, signed by Deputy Minister … Nguyen Thi Thu Ha"): the next holder named close by
    if (post && !fallback) {
      for (let mi = this.lastMentionBefore(tok) + 1, steps = 0; mi < this.mentions.length && steps < 100; mi++, steps++) {
        const m = this.mentions[mi]!;
        if (this.paraAt(m.a) > para + 1) break;
        if (m.inQuote) continue;
        const role = (m.person.roleInText ?? '').toLowerCase();
        if (role && headRe.test(role)) return { person: m.person, exact: true };
      }
    }
    if (!fallback) {
      const ei = this.lastEventBefore(tok);
      const e = ei >= 0 ? this.events[ei] : undefined;
      if (e && e.speaker.person && e.para >= para - 1) fallback = e.speaker.person;
    }
    return fallback ? { person: fallback, exact: false } : null;
  }

  /**
   * "the firm said", after "the contractor, Hollins Civil," or "Hollins Civil, a building firm,": the company
   * the story set in apposition to a company noun a little before, or null.
   */
  resolveCompany(tok: number): string | null {
    const toks = this.toks;
    const para = this.paraAt(tok);
    const capRun = (from: number, step: 1 | -1): number => {
      let k = from;
      while (k >= 0 && k < toks.length && Math.abs(k - from) < 6 && isCapitalised(toks[k]) && this.quoteTok[k] === 0) k += step;
      return k;
    };
    for (let k = Math.min(tok, toks.length) - 1, steps = 0; k > 1 && steps < 600; k--, steps++) {
      if (toks[k]!.text !== ',' || this.quoteTok[k] !== 0) continue;
      if (this.paraAt(k) < para - 3) break;
      // "the contractor, Hollins Civil,"
      if (COMPANY_NOUNS.has(this.lw(k - 1))) {
        const e = capRun(k + 1, 1);
        if (e > k + 1 && (toks[e]?.text === ',' || toks[e]?.text === '.')) return this.text.slice(toks[k + 1]!.start, toks[e - 1]!.end);
      }
      // "Hollins Civil, a building firm,"
      if (k + 1 < tok && /^(?:a|an|the)$/.test(this.lw(k + 1)) && !TIME_NAMES.has(this.lw(k - 1))) {
        let h = k + 2;
        while (h < toks.length && h - k < 6 && toks[h]!.kind === 'w' && !COMPANY_NOUNS.has(this.lw(h))) h++;
        if (COMPANY_NOUNS.has(this.lw(h)) && isCapitalised(toks[k - 1])) {
          const a = capRun(k - 1, -1);
          if (a < k - 1) return this.text.slice(toks[a + 1]!.start, toks[k - 1]!.end);
        }
      }
    }
    // else the latest company the story named close by, by the word that ends its name ("Hanseong Heavy
    // Industries, South Korea’s largest shipbuilder, said …"; "analyst at Marina Street Securities")
    for (let k = lastBefore(this.orgs, orgStart, tok), steps = 0; k >= 0 && steps < 40; k--, steps++) {
      const o = this.orgs[k]!;
      if (this.paraAt(o.a) < para - 3) break;
      if (this.quoteTok[o.a] !== 0) continue;
      // (the name may run on into its place: "Marina Street Securities in Lagos")
      for (let e = o.b - 1; e > o.a; e--) if (COMPANY_NAME_ENDS.has(this.lw(e))) return this.text.slice(this.toks[o.a]!.start, this.toks[e]!.end);
    }
    return null;
  }

  /**
   * "the 45-year-old said": the person the story gave that age a little before ("Hana X, 45,", "45-year-old
   * Hana X", "Hana X, a 45-year-old nurse"), or null.
   */
  resolveAge(tok: number, age: string): Person | null {
    const para = this.paraAt(tok);
    const after = new RegExp(`^,\\s*(?:a\\s+)?${age}(?:[,.]|-year-old)`);
    const before = new RegExp(`\\b${age}-year-old\\s+(?:[a-z-]+\\s+){0,2}$`);
    for (let mi = this.lastMentionBefore(tok), steps = 0; mi >= 0 && steps < 60; mi--, steps++) {
      const m = this.mentions[mi]!;
      if (this.paraAt(m.a) < para - 3) break;
      const s = this.toks[m.a]!.start;
      const e = this.toks[m.b - 1]!.end;
      if (after.test(this.text.slice(e, e + 24)) || before.test(this.text.slice(Math.max(0, s - 40), s))) return m.person;
    }
    const p = this.personOfSentenceBefore(tok);
    return p && !this.statedOtherAge(p, tok, age) ? p : null;
  }

  /** The person mentioned last before tok, outside quotations, in tok's sentence or the one before. */
  nearestPersonBefore(tok: number): Person | null {
    const si = this.sentOfTok[tok]!;
    for (let mi = this.lastMentionBefore(tok), steps = 0; mi >= 0 && steps < 20; mi--, steps++) {
      const m = this.mentions[mi]!;
      if (this.sentOfTok[m.a]! < si - 1) break;
      if (!m.inQuote) return m.person;
    }
    return null;
  }

  /** The story gave the person another age before tok ("Dana X, 34," against "the 61-year-old"). */
  private statedOtherAge(p: Person, tok: number, age: string): boolean {
    for (let mi = this.lastMentionBefore(tok), steps = 0; mi >= 0 && steps < 200; mi--, steps++) {
      const m = this.mentions[mi]!;
      if (m.person !== p) continue;
      const e = this.toks[m.b - 1]!.end;
      const x = /^,\s*(?:a\s+)?(\d{1,3})(?:[,.]|-year-old)/.exec(this.text.slice(e, e + 24));
      if (x && x[1] !== age) return true;
    }
    return false;
  }

  /**
   * "Police arrested Dana X on Friday. “…,” the 34-year-old told reporters": with no age given, an age
   * epithet refers to the person the story was just about: the first person named (outside quotations)
   * by the nearest of the three sentences before that names one or two people, within two paragraphs.
   */
  personOfSentenceBefore(tok: number): Person | null {
    const si = this.sentOfTok[tok]!;
    const para = this.sents[si]!.para;
    for (let back = 1; back <= 3; back++) {
      const prev = this.sents[si - back];
      if (!prev || prev.para < para - 2) return null;
      let first: Person | null = null;
      let others = 0;
      for (let mi = this.lastMentionBefore(prev.b), steps = 0; mi >= 0 && steps < 20; mi--, steps++) {
        const m = this.mentions[mi]!;
        if (m.a < prev.a) break;
        if (m.inQuote) continue;
        if (first && m.person !== first) others++;
        first = m.person;
      }
      if (first) return others <= 1 ? first : null;
    }
    return null;
  }

  /** The latest speaker event before tok (for continuations). */
  lastEvent(tok: number): SpeakerEvent | null {
    const ei = this.lastEventBefore(tok);
    return ei >= 0 ? this.events[ei]! : null;
  }
}

const orgStart = (o: OrgRec) => o.a;

/** Index of the last item (sorted by token) whose token is before tok, or -1: a binary search. */
function lastBefore<T>(xs: readonly T[], tokOf: (x: T) => number, tok: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokOf(xs[mid]!) < tok) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
