// Definite descriptions that stand for a person the story has just named: "Jennifer Valenzuela pulled out
// of the festival. The singer, 27, announced the decision on Tuesday." The description is the role the story
// gives her when it gives no other. Read only where the reference is plain: the sentence before names one
// person and nobody else, and the description's head noun is not also a noun of that sentence (after
// "Smith met the president.", "The president said" is not Smith).
import type { Person } from '../types';
import { isCapitalised, tokenFrom, type Token } from '../text/tokens';
import { OFFICIAL_HEADS, ROLE_NOUNS, SPEECH_VERBS } from './lexicon';
import { endsSentence, gapHasBreak, roleIsOfficial } from './roles';

export interface Owner {
  start: number;
  end: number;
  person: Person;
}

/** Words that may follow a description's head as its verb (or an auxiliary before it). */
const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'did', 'does', 'also', 'then', 'later', 'now', 'first', 'previously', 'recently']);
/** Prepositions that open a complement of the head ("the former head of a food bank"). */
const COMPLEMENT = new Set(['of', 'at', 'for', 'from', 'in']);
const MAX_MODIFIERS = 4;
const MAX_COMPLEMENT = 7;
/** How far back the sentence before a description may open. */
const MAX_SENTENCE_TOKENS = 200;

const lw = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');
/** A head noun: a role or occupation word, in lower case ("singer") or as an official acronym ("MP"). */
const isHead = (t: Token): boolean => t.kind === 'w' && ROLE_NOUNS.has(lw(t)) && (!isCapitalised(t) || (t.text === t.text.toUpperCase() && OFFICIAL_HEADS.has(lw(t))));
/** A word that can end a description: a comma, an auxiliary, a reporting verb or a past-tense verb. */
const endsDescription = (t: Token | undefined): boolean => {
  if (!t) return false;
  if (t.kind === 'p') return t.text === ',';
  const w = lw(t);
  return !isCapitalised(t) && (AUXILIARIES.has(w) || SPEECH_VERBS.has(w) || (w.length > 4 && w.endsWith('ed')));
};

/** A description the story gives a person with no role: it is their role, and says whether it is a public post. */
export function giveRole(p: Person, role: string): void {
  p.roleInText = role;
  if (!p.official && roleIsOfficial(role)) p.official = true;
}

/**
 * Gives people the story names with no role the description that refers back to them at the start of the
 * next sentence. `owners` are the people's mentions in text order; `quoted(i)` says whether token i stands
 * inside a quotation.
 */
export function rolesFromDescriptions(text: string, tokens: Token[], owners: Owner[], quoted: (i: number) => boolean, ledeEnd = 0): Map<Person, string> {
  const found = new Map<Person, string>();
  if (!owners.length) return found;
  const n = tokens.length;
  const startsSentence = (i: number): boolean => {
    let k = i - 1;
    while (k >= 0 && tokens[k]!.kind === 'p' && /^[“"‘(]$/.test(tokens[k]!.text)) k--;
    return k < 0 || gapHasBreak(text, tokens[k]!, tokens[i]!) || endsSentence(tokens, k);
  };
  /** The first owner whose mention starts at or after offset. */
  const ownerFrom = (offset: number): number => {
    let lo = 0;
    let hi = owners.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (owners[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  /** The description opened by "The" (or "A"/"An") at i: a head noun after up to four modifiers, perhaps a short complement. */
  const descriptionAt = (i: number): { h: number; e: number } | null => {
    let h = -1;
    for (let k = i + 1; k < n && k <= i + 1 + MAX_MODIFIERS; k++) {
      const t = tokens[k]!;
      if (t.kind !== 'w' || /['’]s$/.test(t.text)) break; // "The singer’s manager": someone else
      if (isHead(t) && (endsDescription(tokens[k + 1]) || COMPLEMENT.has(lw(tokens[k + 1])))) {
        h = k;
        break;
      }
    }
    if (h < 0) return null;
    let e = h + 1;
    if (COMPLEMENT.has(lw(tokens[e]))) {
      let k = e + 1;
      while (k < n && k - e <= MAX_COMPLEMENT && !endsDescription(tokens[k]) && !(tokens[k]!.kind === 'p' && tokens[k]!.text !== '-')) k++;
      if (!endsDescription(tokens[k])) return null;
      e = k;
    }
    return { h, e };
  };

  /** Where the sentence before the one opening at i opens, or -1 (looked up only for a description's sentence). */
  const sentenceBeforeOf = (i: number): number => {
    for (let k = i - 1; k >= 0 && i - k < MAX_SENTENCE_TOKENS; k--) if (tokens[k]!.kind === 'w' && startsSentence(k)) return k;
    return -1;
  };
  for (let i = 0; i < n; i++) {
    if (tokens[i]!.text !== 'The' || !startsSentence(i) || quoted(i)) continue;
    const sentenceBefore = sentenceBeforeOf(i);
    if (sentenceBefore < 0) continue;
    const desc = descriptionAt(i);
    if (!desc) continue;
    const { h, e } = desc;
    // nobody named inside the description; the sentence before names exactly one person, outside quotations
    const inside = owners[ownerFrom(tokens[i]!.start)];
    if (inside && inside.start < tokens[e - 1]!.end) continue;
    const o = ownerFrom(tokens[sentenceBefore]!.start);
    let person: Person | null = null;
    let single = true;
    for (let k = o; k < owners.length && owners[k]!.start < tokens[i]!.start; k++) {
      if (quoted(tokenFrom(tokens, owners[k]!.start))) continue;
      if (person && owners[k]!.person !== person) single = false;
      person = owners[k]!.person;
    }
    if (!person || !single || person.roleInText || found.has(person)) continue;
    // the head noun is not a noun of the sentence before ("Smith met the president. The president said")
    const head = lw(tokens[h]);
    let clash = false;
    for (let k = sentenceBefore; k < i && !clash; k++) if (lw(tokens[k]) === head) clash = true;
    if (clash) continue;
    found.set(person, text.slice(tokens[i]!.start, tokens[e - 1]!.end));
  }
  // "CHICAGO (AP) — The former head of a food bank was sentenced … | Marcus Feeney, 58, pleaded guilty …": a
  // lede that describes its person before naming them, in the next sentence, which the name opens
  const lede = ledeDescription();
  if (lede) {
    const o = ownerFrom(tokens[lede.end]!.end);
    const first = owners[o];
    if (first && !first.person.roleInText && !found.has(first.person)) {
      const at = tokenFrom(tokens, first.start);
      let sentences = 0;
      for (let k = lede.end + 1; k <= at && sentences <= 2; k++) if (tokens[k]!.kind === 'w' && startsSentence(k)) sentences++;
      if (at < n && startsSentence(at) && sentences <= 2 && !quoted(at)) found.set(first.person, text.slice(tokens[lede.a]!.start, tokens[lede.e - 1]!.end));
    }
  }
  return found;

  /** The lede's description: the first sentence of the opening paragraphs that ends with a period and has at least eight words, when it opens with a description and names nobody. */
  function ledeDescription(): { a: number; e: number; end: number } | null {
    for (let s0 = 0; s0 < n && tokens[s0]!.start < ledeEnd; s0++) {
      if (tokens[s0]!.kind !== 'w' || !startsSentence(s0)) continue;
      const i = pastDateline(s0);
      let end = i;
      let words = 0;
      while (end < n && !endsSentence(tokens, end) && !(end > i && gapHasBreak(text, tokens[end - 1]!, tokens[end]!))) {
        if (tokens[end]!.kind === 'w') words++;
        end++;
      }
      if (end >= n || tokens[end]!.text !== '.' || words < 8) continue;
      if (!/^(?:The|A|An)$/.test(tokens[i]!.text)) return null;
      const desc = descriptionAt(i);
      const named = owners[ownerFrom(tokens[i]!.start)];
      if (!desc || (named && named.start < tokens[end]!.end)) return null;
      return { a: i, e: desc.e, end };
    }
    return null;
  }

  /** "CHICAGO (AP) — The …": the word after a dateline's dash that opens the sentence at i, else i. */
  function pastDateline(i: number): number {
    for (let k = i; k < n && k - i <= 8; k++) {
      const t = tokens[k]!;
      if (t.kind === 'p' && /^[—–-]$/.test(t.text)) return k > i ? k + 1 : i;
      if (t.kind === 'w' ? t.text !== t.text.toUpperCase() : !/^[(),.]$/.test(t.text)) return i;
    }
    return i;
  }
}
