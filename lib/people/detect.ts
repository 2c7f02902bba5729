// Named people in the story: capitalised name sequences read with the titles before them and the
// appositive after them, then every shorter mention (surname, first name, "Mr. Xie") linked to the
// full name the story introduced.
import type { Mention, Person, Span } from '../types';
import type { StoryText } from '../text/story-text';
import { tokenize, isCapitalised, type Token } from '../text/tokens';
import { FUNCTION_WORDS, HONORIFICS, NAME_PARTICLES, NAME_SUFFIXES, NOT_NAME, OFFICE_TITLES, OFFICIAL_WORDS } from './lexicon';
import { isReportingVerb } from '../quotes/verbs';

export interface PeopleResult {
  people: Person[];
  /** The person whose mention covers offset, or null. */
  personAt(offset: number): Person | null;
  /** The person a bare name (full, surname or first name) refers to near offset, or null. */
  resolveName(name: string, offset: number): Person | null;
}

interface Candidate extends Span {
  /** Name tokens (titles stripped, possessive stripped). */
  parts: string[];
  /** Start of the title chain before the name (== start when none). */
  roleStart: number;
  role: string | null;
  titled: boolean;
  sentenceInitial: boolean;
}

const POSSESSIVE = /['’]s?$/;
const stripPossessive = (s: string) => (s.length > 2 && POSSESSIVE.test(s) && /[A-Za-z]['’]s$|s['’]$/.test(s) ? s.replace(/['’]s?$/, '') : s);
const lower = (s: string) => s.toLowerCase();

function isInitial(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'w') return false;
  if (/^(?:[A-Z]\.)+$/.test(t.text)) return true;
  return t.text.length === 1 && /[A-Z]/.test(t.text) && tokens[i + 1]?.text === '.';
}

function isNameWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'w') return false;
  if (/^(?:[A-Z]\.)+$/.test(t.text)) return true; // initials
  return isCapitalised(t) && !/^[A-Z]{2,}$/.test(stripPossessive(t.text)); // not an acronym
}

function sentenceInitialAt(tokens: Token[], i: number, text: string): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.kind === 'p' && /[“"‘'(\[«„—–-]/.test(t.text)) continue;
    if (t.kind === 'p' && /[.!?:]/.test(t.text)) return true;
    // paragraph break between tokens
    return text.slice(t.end, tokens[i]!.start).includes('\n');
  }
  return true;
}

/** Title-chain words before a name: office words, honorifics, and capitalised modifiers of them. */
function isTitleWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'w') return false;
  const w = lower(t.text);
  return OFFICE_TITLES.has(w) || HONORIFICS.has(w) || HONORIFICS.has(w + '.');
}

function collectRole(tokens: Token[], text: string, nameStart: number, firstNameTok: number): { start: number; role: string | null; titled: boolean } {
  let k = firstNameTok - 1;
  let start = nameStart;
  let titled = false;
  let sawTitle = false;
  while (k >= 0) {
    const t = tokens[k]!;
    if (t.kind === 'p') {
      if (t.text === '.' && k > 0 && HONORIFICS.has(lower(tokens[k - 1]!.text) + '.')) {
        k--;
        continue;
      }
      break;
    }
    const w = lower(t.text);
    const title = isTitleWord(t);
    const modifier = isCapitalised(t) && !FUNCTION_WORDS.has(w); // "Chinese", "Pentagon", "U.S."
    const of = (w === 'of' || w === 'for') && sawTitle && k > 0 && isTitleWord(tokens[k - 1]);
    if (title) {
      sawTitle = true;
      titled = true;
    } else if (!(modifier && (sawTitle || isTitleWord(tokens[k + 1]))) && !of) break;
    start = t.start;
    k--;
  }
  if (!titled) return { start: nameStart, role: null, titled: false };
  return { start, role: text.slice(start, nameStart).trim() || null, titled };
}

/** The appositive after a name: ", director of the China program at the Stimson Center," */
function appositive(tokens: Token[], text: string, afterTok: number): string | null {
  const comma = tokens[afterTok];
  if (!comma || comma.text !== ',') return null;
  const first = tokens[afterTok + 1];
  if (!first || first.kind !== 'w') return null;
  const fw = lower(first.text);
  // "X, who ..." or "X, said" are not appositives
  if (fw === 'who' || fw === 'which' || isReportingVerb(fw) || fw === 'and' || fw === 'but') return null;
  if (isCapitalised(first) && !isTitleWord(first) && !['The', 'A', 'An'].includes(first.text) && !/['’]s$/.test(first.text)) return null;
  let end = afterTok + 1;
  while (end < tokens.length && end - afterTok < 18) {
    const t = tokens[end]!;
    if (t.kind === 'p' && /[,.;:!?“”"()\n—–]/.test(t.text)) break;
    if (t.kind === 'w' && isReportingVerb(t.text) && end > afterTok + 2) break;
    end++;
  }
  const last = tokens[end - 1];
  const stop = tokens[end];
  if (!last || !stop || !/[,.;—–]/.test(stop.text)) return null;
  const phrase = text.slice(first.start, last.end).trim();
  return phrase.split(/\s+/).length >= 2 ? phrase : null;
}

function officialFrom(role: string | null): boolean {
  if (!role) return false;
  const words = role.toLowerCase().split(/[\s,]+/).map((w) => w.replace(/['’]s$/, ''));
  if (words.some((w) => ['analyst', 'professor', 'researcher', 'fellow', 'economist', 'ceo', 'founder', 'candidate', 'nominee', 'lawyer', 'activist'].includes(w)) && !words.some((w) => ['minister', 'secretary', 'senator', 'ambassador', 'president'].includes(w))) return false;
  return words.some((w) => OFFICIAL_WORDS.has(w));
}

export function detectPeople(story: StoryText): PeopleResult {
  const text = story.text;
  const tokens = tokenize(text);
  const cands: Candidate[] = [];
  const singles: { tok: number; start: number; end: number; word: string; titled: boolean; role: string | null; roleStart: number }[] = [];

  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(tokens[i]) && !isInitial(tokens, i)) continue;
    // maximal run of name words, initials and inner particles
    const runStart = i;
    const parts: { tok: number; word: string }[] = [];
    let j = i;
    while (j < tokens.length) {
      const t = tokens[j]!;
      if (isInitial(tokens, j)) {
        parts.push({ tok: j, word: t.text.endsWith('.') ? t.text : t.text + '.' });
        j += t.text.endsWith('.') ? 1 : 2;
        continue;
      }
      if (isNameWord(t)) {
        const bare = stripPossessive(t.text);
        parts.push({ tok: j, word: bare });
        j++;
        if (bare !== t.text) break; // possessive ends the name
        // a name never runs over a line break
        const next = tokens[j];
        if (next && text.slice(t.end, next.start).includes('\n')) break;
        continue;
      }
      if (t.kind === 'w' && NAME_PARTICLES.has(lower(t.text)) && isNameWord(tokens[j + 1]) && parts.length) {
        parts.push({ tok: j, word: t.text });
        j++;
        continue;
      }
      if (t.kind === 'w' && NAME_SUFFIXES.has(lower(t.text)) && parts.length) {
        parts.push({ tok: j, word: t.text });
        j++;
        continue;
      }
      break;
    }
    i = j - 1;
    // strip leading title words inside the run ("Defense Minister Li Shangfu")
    let p = 0;
    while (p < parts.length - 1 && (isTitleWord(tokens[parts[p]!.tok]) || (isCapitalised(tokens[parts[p]!.tok]) && p + 1 < parts.length - 1 && isTitleWord(tokens[parts[p + 1]!.tok])))) p++;
    // a title-only run ("President") is not a name
    if (p === parts.length - 1 && isTitleWord(tokens[parts[p]!.tok]) && parts.length > 1) continue;
    let nameParts = parts.slice(p);
    // drop trailing particles/suffix-only garbage and NOT_NAME tails ("Trump Tower")
    if (nameParts.some((x) => NOT_NAME.has(lower(x.word)))) {
      // keep a leading person name before an organisation word only when titled: skip otherwise
      continue;
    }
    while (nameParts.length && FUNCTION_WORDS.has(lower(nameParts[0]!.word))) nameParts = nameParts.slice(1);
    if (!nameParts.length) continue;
    const firstTok = nameParts[0]!.tok;
    const lastTok = nameParts[nameParts.length - 1]!.tok;
    const start = tokens[firstTok]!.start;
    const lastToken = tokens[lastTok]!;
    const end = lastToken.start + stripPossessive(lastToken.text).length + (isInitial(tokens, lastTok) && !lastToken.text.endsWith('.') ? 1 : 0);
    const chain = collectRole(tokens, text, start, firstTok);
    const initial = sentenceInitialAt(tokens, firstTok, text) && firstTok === runStart;
    const words = nameParts.map((x) => x.word);
    if (words.length === 1) {
      singles.push({ tok: firstTok, start, end, word: words[0]!, titled: chain.titled, role: chain.role, roleStart: chain.start });
      continue;
    }
    if (words.length > 5) continue;
    cands.push({ start, end, parts: words, roleStart: chain.start, role: chain.role, titled: chain.titled, sentenceInitial: initial });
    const app = appositive(tokens, text, lastTok + 1 + (tokens[lastTok + 1]?.text === '.' && isInitial(tokens, lastTok) ? 1 : 0));
    if (app) cands[cands.length - 1]!.role = cands[cands.length - 1]!.role ? cands[cands.length - 1]!.role : app;
  }

  // Group full names into persons.
  const people: Person[] = [];
  const byName = new Map<string, Person>();
  const mentionOwner: { start: number; end: number; person: Person }[] = [];
  const addMention = (person: Person, m: Mention) => {
    person.mentions.push(m);
    mentionOwner.push({ start: m.start, end: m.end, person });
  };
  const fuller = (a: string | null, b: string | null) => (!a ? b : !b ? a : b.length > a.length ? b : a);
  for (const c of cands) {
    const key = c.parts.join(' ').toLowerCase();
    let person = byName.get(key);
    if (!person) {
      // "J. Smith" / "John Smith" may be the same person: same last name and compatible first letter
      person = people.find((p) => {
        const pp = p.name.split(' ');
        return pp[pp.length - 1] === c.parts[c.parts.length - 1] && pp[0]![0] === c.parts[0]![0] && (pp[0]!.length <= 2 || c.parts[0]!.length <= 2);
      });
    }
    if (!person) {
      person = { key: `p${people.length}`, name: c.parts.join(' '), id: null, official: false, roleInText: null, role: null, context: null, mentions: [] };
      people.push(person);
      byName.set(key, person);
    } else if (c.parts.join(' ').length > person.name.length) person.name = c.parts.join(' ');
    person.roleInText = fuller(person.roleInText, c.role);
    addMention(person, { start: c.start, end: c.end, text: text.slice(c.start, c.end) });
  }

  // Single-word mentions: a surname or first name of a person introduced in full, or a titled surname.
  const matchSingle = (word: string, at: number): Person | null => {
    let best: Person | null = null;
    let bestScore = -1;
    for (const p of people) {
      const parts = p.name.split(' ');
      const last = parts[parts.length - 1]!;
      const first = parts[0]!;
      let score = -1;
      if (last === word) score = 3;
      else if (first === word) score = 2;
      else if (parts.includes(word)) score = 1;
      if (score < 0) continue;
      // prefer the person mentioned most recently before this point
      const recent = p.mentions.reduce((m, x) => (x.start <= at && x.start > m ? x.start : m), -1);
      const s = score * 1e9 + recent;
      if (s > bestScore) {
        bestScore = s;
        best = p;
      }
    }
    return best;
  };
  for (const s of singles) {
    // "Li-Austin": both halves may be people
    const pieces = s.word.includes('-') && !matchSingle(s.word, s.start) ? s.word.split('-') : [s.word];
    let offset = s.start;
    for (const piece of pieces) {
      const pStart = offset;
      offset += piece.length + 1;
      if (FUNCTION_WORDS.has(lower(piece)) || NOT_NAME.has(lower(piece))) continue;
      let person = matchSingle(piece, pStart);
      if (!person && s.titled && pieces.length === 1 && s.role && /^(?:mr|mrs|ms|dr|sen|rep|gov|gen|prof|president|minister|secretary|senator|governor|ambassador)\b/i.test(s.role.split(/\s+/).pop() ?? '')) {
        person = { key: `p${people.length}`, name: piece, id: null, official: false, roleInText: null, role: null, context: null, mentions: [] };
        people.push(person);
      }
      if (!person) continue;
      if (s.titled && pieces.length === 1) {
        const r = s.role && !HONORIFICS.has(lower(s.role)) && !HONORIFICS.has(lower(s.role) + '.') ? s.role : null;
        person.roleInText = fuller(person.roleInText, r);
      }
      addMention(person, { start: pStart, end: pStart + piece.length, text: piece });
    }
  }

  for (const p of people) {
    p.mentions.sort((a, b) => a.start - b.start);
    p.official = officialFrom(p.roleInText);
  }
  mentionOwner.sort((a, b) => a.start - b.start);

  const personAt = (offset: number): Person | null => {
    let lo = 0;
    let hi = mentionOwner.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (mentionOwner[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    const m = mentionOwner[lo];
    return m && m.start <= offset && offset < m.end ? m.person : null;
  };
  const resolveName = (name: string, offset: number): Person | null => {
    const clean = name.replace(/^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.?\s+)+/, '').trim();
    const exact = byName.get(clean.toLowerCase());
    if (exact) return exact;
    const parts = clean.split(/\s+/);
    return matchSingle(parts[parts.length - 1]!, offset);
  };
  return { people, personAt, resolveName };
}
