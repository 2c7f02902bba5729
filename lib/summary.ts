// What the popup lists, derived from annotations: quotes grouped by speaker (most quoted first),
// counts per category, the people mentioned but not quoted, and what the popup and the in-page card
// say about a person or a quote.
import type { Annotations, Category, DatasetRole, Person, PersonContext, Quote, ReportedSpeech } from './types';
import { formatRole } from './context';

export interface SpeakerGroup {
  /** Stable key: the person's key, "org:<name>", or "unnamed". */
  key: string;
  name: string;
  kind: 'person' | 'organization' | 'unnamed';
  person: Person | null;
  quotes: Quote[];
}

export function speakerGroups(a: Annotations): SpeakerGroup[] {
  const people = new Map(a.people.map((p) => [p.key, p]));
  const groups = new Map<string, SpeakerGroup>();
  for (const q of a.quotes) {
    const person = q.speakerKey ? people.get(q.speakerKey) ?? null : null;
    const key = person ? person.key : q.speaker ? `org:${q.speaker.toLowerCase()}` : 'unnamed';
    let g = groups.get(key);
    if (!g) {
      g = {
        key,
        name: person ? person.name : q.speaker ?? 'Unnamed or unclear source',
        kind: person ? 'person' : q.speaker ? (q.speakerKind === 'person' ? 'person' : 'organization') : 'unnamed',
        person,
        quotes: [],
      };
      groups.set(key, g);
    }
    g.quotes.push(q);
  }
  // most quoted first; the unnamed group last; ties by first appearance
  return [...groups.values()].sort((x, y) => (x.kind === 'unnamed' ? 1 : 0) - (y.kind === 'unnamed' ? 1 : 0) || y.quotes.length - x.quotes.length || x.quotes[0]!.start - y.quotes[0]!.start);
}

export function categoryCounts(a: Annotations): Record<Category, number> {
  return {
    quotes: a.quotes.length,
    officials: a.people.filter((p) => p.official).length,
    people: a.people.filter((p) => !p.official).length,
    reported: a.reported.length,
  };
}

/** People who are mentioned but do not speak in a direct quote, officials first. */
export function unquotedPeople(a: Annotations): { officials: Person[]; others: Person[] } {
  const speaking = new Set(a.quotes.map((q) => q.speakerKey).filter(Boolean));
  const rest = a.people.filter((p) => !speaking.has(p.key));
  const byMentions = (x: Person, y: Person) => y.mentions.length - x.mentions.length || (x.mentions[0]?.start ?? 0) - (y.mentions[0]?.start ?? 0);
  return { officials: rest.filter((p) => p.official).sort(byMentions), others: rest.filter((p) => !p.official).sort(byMentions) };
}

// ---- What the popup and the in-page card say about a person or a quote ----
// One wording for both views. Dates are shown exactly as precise as the dataset gives them (a year
// stays a year); nothing here invents a date.


const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2023-03-12" → "12 Mar 2023", "2023-03" → "Mar 2023", "2023" → "2023"; anything else as given. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return iso;
  const month = m[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  if (m[2] && !month) return iso;
  if (!month) return m[1]!;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/**
 * When a dataset role held, worded for how sure the dataset is of its end:
 * exact dates; an upper bound ("ended by"); a snapshot list ("listed in 2019"); or no known end.
 */
export function roleWhen(r: DatasetRole): string | null {
  const s = r.start ? formatDate(r.start) : null;
  const e = r.end ? formatDate(r.end) : null;
  switch (r.endKind) {
    case 'snapshot': {
      const year = /^\d{4}/.exec(r.end ?? r.start ?? '')?.[0];
      return year ? `listed in ${year}` : 'listed in an undated snapshot';
    }
    case 'upperBound':
      if (s && e) return `from ${s}; ended by ${e}`;
      if (e) return `ended by ${e}`;
      return s ? `since ${s}` : null;
    case 'exact':
      if (s && e) return `from ${s} to ${e}`;
      if (e) return `until ${e}`;
      return s ? `since ${s}` : null;
    case 'unknown':
    default:
      return s ? `since ${s} (end not recorded)` : null;
  }
}

export interface FactLine {
  kind: 'article' | 'at-date' | 'now' | 'flag';
  /** What the line is about: "In the article", "On 14 Mar 2024", "Now", "Context". */
  label: string;
  text: string;
  /** The dates, worded ("since 12 Mar 2023", "listed in 2019"), or null. */
  when: string | null;
  source: string | null;
}

/** A sanctions flag as context, never as a role: "On the US Treasury sanctions list (PROGRAM)". */
export function flagText(f: PersonContext['flags'][number]): string {
  const list = /ofac|treasury/i.test(f.source) ? 'the US Treasury sanctions list' : 'a sanctions list';
  return f.label ? `On ${list} (${f.label})` : `On ${list}`;
}

/**
 * What is known about a person: the role the article gives, the dataset role at the article's date
 * and now, and context flags. `published` is the article's date (YYYY-MM-DD) or null.
 */
export function personFacts(p: Person, published: string | null): FactLine[] {
  const lines: FactLine[] = [];
  if (p.roleInText) lines.push({ kind: 'article', label: 'In the article', text: p.roleInText, when: null, source: null });
  const ctx = p.context;
  if (!ctx) return lines;
  if (ctx.roleAtDate) {
    lines.push({
      kind: 'at-date',
      label: published ? `On ${formatDate(published)}` : 'In the dataset',
      text: formatRole(ctx.roleAtDate),
      when: roleWhen(ctx.roleAtDate),
      source: ctx.roleAtDate.source || null,
    });
  }
  const checked = ctx.verified ? `as of ${formatDate(ctx.verified)}` : null;
  if (ctx.roleNow) {
    lines.push({ kind: 'now', label: 'Now', text: formatRole(ctx.roleNow), when: roleWhen(ctx.roleNow), source: ctx.roleNow.source || null });
  } else if (ctx.roleAtDate && ctx.stillHeld !== null) {
    lines.push({ kind: 'now', label: 'Now', text: ctx.stillHeld ? 'Still holds this role' : 'No longer holds this role', when: checked, source: null });
  }
  for (const f of ctx.flags) lines.push({ kind: 'flag', label: 'Context', text: flagText(f), when: null, source: f.source || null });
  return lines;
}

/** What the in-page card shows for one highlighted item (a quote, reported speech or a person). */
export interface CardModel {
  key: string;
  kind: 'quote' | 'reported' | 'person';
  /** The speaker or person ("Helena Marsh"), the organisation, or how the article describes the source. */
  heading: string;
  /** "Official", "Other person", "Organisation", "Unnamed source", or null. */
  tag: string | null;
  /** The quotation (shortened), for quotes and reported speech. */
  quote: string | null;
  /** The reporting word ("said", "told", "according to"), or null. */
  cue: string | null;
  /** "Quote 3 of 12", for quotes. */
  position: string | null;
  facts: FactLine[];
}

const QUOTE_MAX = 160;
const shorten = (s: string, max = QUOTE_MAX) => (s.length > max ? s.slice(0, max - 1).replace(/\s+\S*$/, '') + '…' : s);

function speakerCard(a: Annotations, q: Quote | ReportedSpeech, kind: 'quote' | 'reported', position: string | null): CardModel {
  const person = q.speakerKey ? a.people.find((p) => p.key === q.speakerKey) ?? null : null;
  const description = 'speakerDescription' in q ? q.speakerDescription : null;
  const heading = person?.name ?? q.speaker ?? description ?? 'Source not identified';
  const tag = person ? (person.official ? 'Official' : null) : q.speaker ? (q.speakerKind === 'person' ? null : 'Organisation') : 'Unnamed source';
  return {
    key: q.key,
    kind,
    heading,
    tag,
    quote: shorten(q.text),
    cue: q.cue,
    position,
    facts: person ? personFacts(person, a.article.published) : [],
  };
}

/** The card for an annotation key, or null when the key is unknown. */
export function cardModel(a: Annotations, key: string): CardModel | null {
  const qi = a.quotes.findIndex((q) => q.key === key);
  if (qi >= 0) return speakerCard(a, a.quotes[qi]!, 'quote', `Quote ${qi + 1} of ${a.quotes.length}`);
  const r = a.reported.find((x) => x.key === key);
  if (r) return speakerCard(a, r, 'reported', null);
  const p = a.people.find((x) => x.key === key);
  if (!p) return null;
  const quoted = a.quotes.filter((q) => q.speakerKey === p.key).length;
  return {
    key: p.key,
    kind: 'person',
    heading: p.name,
    tag: p.official ? 'Official' : 'Other person',
    quote: null,
    cue: null,
    position: quoted ? `Quoted ${quoted} time${quoted === 1 ? '' : 's'} in this article` : 'Mentioned, not quoted',
    facts: personFacts(p, a.article.published),
  };
}
