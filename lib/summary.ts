// What the popup lists, derived from annotations: quotes grouped by speaker (most quoted first),
// counts per category, and the people mentioned but not quoted.
import type { Annotations, Category, Person, Quote } from './types';

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
