// Who said it: reads the words around a quotation for a reporting verb and its subject
// ("…,” Kahl said / said Kahl / Kahl said, “…” / Kahl said the meeting was “…” / according to Kahl /
// Kahl: “…”), then resolves the subject to a person of the story, an organisation, a pronoun's
// antecedent, or an unnamed source.
import type { Person, Span, SpeakerKind } from '../types';
import { tokenize, isCapitalised, type Token } from '../text/tokens';
import { REPORTING_VERBS, STATEMENT_NOUNS } from './verbs';
import { FUNCTION_WORDS, OFFICE_TITLES } from '../people/lexicon';
import type { PeopleResult } from '../people/detect';

export interface Attribution {
  speaker: string | null;
  speakerKind: SpeakerKind | null;
  person: Person | null;
  description: string | null;
  cue: string | null;
  /** Where the cue stands relative to the quote. */
  position: 'after' | 'before' | 'none';
  /** Offset of the cue word, for ordering. */
  cueAt: number;
  strength: number;
}

export const NO_ATTRIBUTION: Attribution = {
  speaker: null, speakerKind: null, person: null, description: null, cue: null, position: 'none', cueAt: -1, strength: 0,
};

const PRONOUN_SUBJECTS = new Set(['he', 'she', 'they', 'i', 'we']);
const UNNAMED_HEADS = new Set([
  'official', 'officials', 'source', 'sources', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'aides',
  'diplomat', 'diplomats', 'person', 'people', 'resident', 'residents', 'witness', 'witnesses', 'analyst',
  'analysts', 'expert', 'experts', 'observer', 'insider', 'officer', 'member', 'members', 'staffer',
  'adviser', 'advisor', 'lawyer', 'attorney', 'executive', 'employee', 'worker', 'voter', 'voters', 'one',
]);

function lower(t: Token | undefined) {
  return t ? t.text.toLowerCase() : '';
}

function cueOf(tokens: Token[], i: number): string | null {
  const t = tokens[i];
  if (!t || t.kind !== 'w') return null;
  const w = t.text.toLowerCase();
  if (!REPORTING_VERBS.has(w)) return null;
  // "according to" handled separately; "went on", "pointed out" need their particle
  if (w === 'went' && lower(tokens[i + 1]) !== 'on') return null;
  if (w === 'put' && lower(tokens[i + 1]) !== 'it') return null;
  if (w === 'pointed' && lower(tokens[i + 1]) !== 'out') return null;
  if (w === 'called' || w === 'read' || w === 'reads' || w === 'began') return null;
  return w;
}

export interface AttributionContext {
  text: string;
  people: PeopleResult;
  lastPerson: (at: number) => Person | null;
}

/** Resolves the subject phrase tokens[a, b) to a speaker. */
function resolveSubject(ctx: AttributionContext, tokens: Token[], a: number, b: number): Omit<Attribution, 'cue' | 'position' | 'cueAt' | 'strength'> | null {
  // trim punctuation and leading conjunctions
  while (a < b && (tokens[a]!.kind === 'p' || ['and', 'but', 'as', 'so', 'then', 'also'].includes(lower(tokens[a])))) a++;
  while (b > a && tokens[b - 1]!.kind === 'p') b--;
  while (b > a && ['also', 'later', 'then', 'once', 'previously', 'has', 'had', 'have', 'had', 'would', 'will', 'was', 'is', 'recently', 'further', 'again', 'repeatedly', 'publicly', 'privately', 'reportedly', 'bluntly', 'simply', 'flatly'].includes(lower(tokens[b - 1]))) b--;
  if (a >= b) return null;
  // a person mentioned in the subject (the first one: "Kahl, the Pentagon's top adviser")
  for (let k = a; k < b; k++) {
    const p = ctx.people.personAt(tokens[k]!.start);
    if (p) return { speaker: p.name, speakerKind: 'person', person: p, description: null };
  }
  const words = tokens.slice(a, b).filter((t) => t.kind === 'w');
  if (!words.length) return null;
  if (words.length === 1 && PRONOUN_SUBJECTS.has(lower(words[0]))) {
    const p = ctx.lastPerson(tokens[a]!.start);
    if (p && lower(words[0]) !== 'we' && lower(words[0]) !== 'they') return { speaker: p.name, speakerKind: 'person', person: p, description: null };
    return { speaker: null, speakerKind: null, person: null, description: words[0]!.text };
  }
  const phrase = ctx.text.slice(tokens[a]!.start, tokens[b - 1]!.end);
  const head = lower(words[words.length - 1]);
  // "A brief Pentagon statement", "the ministry's statement": the organisation behind the statement
  if (STATEMENT_NOUNS.has(head)) {
    const caps = words.slice(0, -1).filter((t) => isCapitalised(t) && !FUNCTION_WORDS.has(lower(t)));
    if (caps.length) {
      const org = caps.map((t) => t.text.replace(/['’]s$/, '')).join(' ');
      return { speaker: org, speakerKind: 'organization', person: null, description: phrase };
    }
    return { speaker: null, speakerKind: null, person: null, description: phrase };
  }
  const first = lower(words[0]);
  if ((first === 'a' || first === 'an' || first === 'one' || first === 'two' || first === 'several' || first === 'some') && UNNAMED_HEADS.has(head.replace(/['’]s$/, ''))) {
    return { speaker: null, speakerKind: null, person: null, description: phrase };
  }
  // "the Pentagon", "the State Department", "Reuters": an organisation
  const caps = words.filter((t) => isCapitalised(t) && !FUNCTION_WORDS.has(lower(t)));
  if (caps.length && caps.length >= words.length - (first === 'the' ? 1 : 0) - 1 && words.length <= 6) {
    const name = ctx.text.slice(caps[0]!.start, caps[caps.length - 1]!.end).replace(/['’]s$/, '');
    if (!OFFICE_TITLES.has(name.toLowerCase())) return { speaker: name, speakerKind: 'organization', person: null, description: phrase };
  }
  // "the minister", "the senator": the last person presented with that word
  if (first === 'the' && words.length <= 4 && OFFICE_TITLES.has(head)) {
    const p = ctx.lastPerson(tokens[a]!.start);
    if (p && p.roleInText && p.roleInText.toLowerCase().includes(head)) return { speaker: p.name, speakerKind: 'person', person: p, description: phrase };
  }
  return { speaker: null, speakerKind: null, person: null, description: phrase };
}

/** Looks after the closing mark: “…,” X said / said X / X, role, told Y. */
function after(ctx: AttributionContext, window: Span): Attribution | null {
  const tokens = tokenize(ctx.text, window.start, window.end);
  // skip the punctuation right after the quote
  let i = 0;
  while (i < tokens.length && tokens[i]!.kind === 'p' && !/[“"‘«]/.test(tokens[i]!.text)) i++;
  const limit = Math.min(tokens.length, i + 16);
  for (let k = i; k < limit; k++) {
    const t = tokens[k]!;
    if (t.kind === 'p' && /[.!?“"«;]/.test(t.text)) break;
    const cue = cueOf(tokens, k);
    if (lower(t) === 'according' && lower(tokens[k + 1]) === 'to') {
      const subj = resolveSubject(ctx, tokens, k + 2, clauseEnd(tokens, k + 2));
      if (subj) return { ...subj, cue: 'according to', position: 'after', cueAt: t.start, strength: 0.9 };
    }
    if (!cue) continue;
    if (k > i) {
      // X said
      const subj = resolveSubject(ctx, tokens, i, k);
      if (subj) return { ...subj, cue, position: 'after', cueAt: t.start, strength: subj.speaker ? 1 : 0.8 };
    }
    // said X
    const subj = resolveSubject(ctx, tokens, k + 1, clauseEnd(tokens, k + 1));
    if (subj) return { ...subj, cue, position: 'after', cueAt: t.start, strength: subj.speaker ? 1 : 0.8 };
    return null;
  }
  return null;
}

function clauseEnd(tokens: Token[], from: number): number {
  let k = from;
  while (k < tokens.length && k - from < 12) {
    const t = tokens[k]!;
    if (t.kind === 'p' && /[,.;:!?“"«(—–]/.test(t.text)) break;
    if (t.kind === 'w' && ['in', 'on', 'at', 'during', 'after', 'before', 'that', 'when', 'while', 'who', 'adding', 'to'].includes(lower(t)) && k > from) break;
    k++;
  }
  return k;
}

/** Looks before the opening mark within the sentence: X said, “…” / X said the meeting was “…” / X: “…”. */
function before(ctx: AttributionContext, window: Span): Attribution | null {
  const tokens = tokenize(ctx.text, window.start, window.end);
  // X: “…”
  const lastTok = tokens[tokens.length - 1];
  for (let k = tokens.length - 1; k >= 0; k--) {
    const cue = cueOf(tokens, k);
    const t = tokens[k]!;
    if (lower(t) === 'according' && lower(tokens[k + 1]) === 'to') {
      const subj = resolveSubject(ctx, tokens, k + 2, clauseEnd(tokens, k + 2));
      if (subj) return { ...subj, cue: 'according to', position: 'before', cueAt: t.start, strength: 0.9 };
    }
    if (!cue) continue;
    // subject: back to the start of the clause
    let a = k;
    while (a > 0) {
      const p = tokens[a - 1]!;
      if (p.kind === 'p' && /[.;!?“”"«»]/.test(p.text)) break;
      if (p.kind === 'p' && p.text === ',' && !ctx.people.personAt(tokens[a - 2]?.start ?? -1) && a - 1 > 0 && a < k) {
        // ", the Pentagon's adviser," appositive commas stay inside the subject; a leading clause does not
        const before = tokens[a - 2];
        if (!before || !isCapitalised(before)) break;
      }
      a--;
      if (k - a > 14) break;
    }
    let subj = resolveSubject(ctx, tokens, a, k);
    if (!subj && k + 1 < tokens.length) {
      // inverted: ..., said Smith: “…”
      subj = resolveSubject(ctx, tokens, k + 1, clauseEnd(tokens, k + 1));
    }
    if (subj) return { ...subj, cue, position: 'before', cueAt: t.start, strength: subj.speaker ? 0.9 : 0.7 };
    return null;
  }
  if (lastTok && lastTok.text === ':' && tokens.length >= 2) {
    let a = tokens.length - 1;
    while (a > 0 && tokens[a - 1]!.kind === 'w' && tokens.length - 1 - a < 8) a--;
    const subj = resolveSubject(ctx, tokens, a, tokens.length - 1);
    if (subj && subj.speaker) return { ...subj, cue: ':', position: 'before', cueAt: lastTok.start, strength: 0.8 };
  }
  return null;
}

/**
 * Attribution of one quote. openSentence/closeSentence are the sentences holding its opening and
 * closing marks; the words after the quote are read up to nextOpen (the next quote), the words before
 * it from prevClose (the previous quote's end) on.
 */
export function attribute(
  ctx: AttributionContext,
  quote: { open: number; close: number; end: number },
  openSentence: Span,
  closeSentence: Span,
  prevClose: number,
  nextOpen: number,
): Attribution {
  const closeAt = quote.close >= 0 ? quote.close + 1 : quote.end;
  const afterEnd = nextOpen >= 0 ? Math.min(closeSentence.end, nextOpen) : closeSentence.end;
  const a = closeAt < afterEnd ? after(ctx, { start: closeAt, end: afterEnd }) : null;
  if (a && a.speaker !== null) return a;
  const beforeStart = Math.max(openSentence.start, prevClose);
  const b = quote.open > beforeStart ? before(ctx, { start: beforeStart, end: quote.open }) : null;
  if (b && (b.speaker !== null || !a)) return b;
  return a ?? NO_ATTRIBUTION;
}
