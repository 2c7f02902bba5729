// Joins the people of an article with the reference dataset. The pipeline asks one query per person;
// the answers (or nulls) are applied back onto the annotations. The CLI answers synchronously from
// the whole dataset; the extension asks its background worker, then applies the same way.
import type { Annotations, DatasetRole, PersonContext } from './types';

// Unicode-property patterns built once (a transpiler may turn such a literal into new RegExp on every call).
const NOT_NAME_CHARS = /[^\p{L}.]+/u;
const CAPITAL_START = /^\p{Lu}/u;


export interface LookupQuery {
  /** The full name as the article resolved it. */
  name: string;
  /** Other surface forms of the person in the story ("Mr. Xie", "Xie"). */
  aliases: string[];
  /** The article's date (YYYY-MM-DD), or null. */
  date: string | null;
  /** The role phrase the story gives, if any ("Chinese Defense Minister"). */
  roleInText: string | null;
  /** Context words of the story that tell namesakes apart: countries, nationalities, organisations. */
  context: string[];
}

export interface ContextLookup {
  lookup(query: LookupQuery): PersonContext | null;
}

/**
 * Known names from the reference dataset, for people detection ("is this capitalised sequence a
 * person's name?"). Compact enough to live in a content script. Keys are normalised with the
 * dataset's own name normaliser.
 */
export interface NameGazetteer {
  /** True when the full name (e.g. "Li Shangfu", "Xie Feng") is a known person's name or alias. */
  hasName(name: string): boolean;
}

/** The story-wide context words: capitalised words of all roles in the story (cheap, deterministic). */
function storyContext(a: Annotations): string[] {
  const words = new Set<string>();
  for (const p of a.people) {
    for (const w of (p.roleInText ?? '').split(NOT_NAME_CHARS)) if (w && CAPITAL_START.test(w)) words.add(w);
  }
  return [...words].slice(0, 40);
}

export function contextQueries(a: Annotations): LookupQuery[] {
  const ctx = storyContext(a);
  return a.people.map((p) => ({
    name: p.name,
    aliases: [...new Set(p.mentions.map((m) => m.text))].filter((t) => t !== p.name).slice(0, 8),
    date: a.article.published,
    roleInText: p.roleInText,
    context: ctx,
  }));
}

export function formatRole(r: DatasetRole): string {
  return r.organization && !r.title.toLowerCase().includes(r.organization.toLowerCase()) ? `${r.title}, ${r.organization}` : r.title;
}

/** Applies lookup answers (one per person, in order) to people and to the quotes they speak. */
export function applyMatches(a: Annotations, matches: readonly (PersonContext | null | undefined)[]): void {
  a.people.forEach((p, i) => {
    const m = matches[i];
    if (!m) return;
    p.id = m.id;
    p.context = m;
    p.role = m.roleAtDate ? formatRole(m.roleAtDate) : null;
    // The dataset makes someone an official only when it shows the post held at the article's date
    // (a role that ended before or began after the article says nothing about how it presents them).
    // Without the article's date "held" only means "holds now", which says nothing about an old story.
    // (a namesake in the dataset does not make official someone the article presents as a private person:
    // the lookup, which runs in the worker with the people lexicons, says so in privateInText)
    if (m.roleAtDate && a.article.published && (m.roleAtDateFit ?? 'held') === 'held' && !m.privateInText) p.official = true;
  });
  const byKey = new Map(a.people.map((p) => [p.key, p]));
  for (const q of [...a.quotes, ...a.reported]) {
    const p = q.speakerKey ? byKey.get(q.speakerKey) : undefined;
    q.speakerId = p?.id ?? null;
  }
}

export function applyContext(a: Annotations, lookup: ContextLookup): void {
  applyMatches(a, contextQueries(a).map((q) => lookup.lookup(q)));
}

