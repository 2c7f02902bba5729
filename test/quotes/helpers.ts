// Helpers for the quote tests: stories from plain text or small HTML documents, and a people result
// built from a given list of names, so attribution is tested apart from people detection.
import type { Person } from '../../lib/types';
import type { PeopleResult } from '../../lib/people/detect';
import { detectPeople } from '../../lib/people/detect';
import { buildStoryText, storyFromPlainText, type StoryText } from '../../lib/text/story-text';
import { detectQuotes, type QuotesResult } from '../../lib/quotes/detect';

export interface PersonSpec {
  name: string;
  /** Surface forms to find in the text ("Yun Sun", "Sun"); defaults to the name and its last word. */
  forms?: string[];
  role?: string;
}

/** A PeopleResult whose mentions are every whole-word occurrence of each person's forms. */
export function peopleFrom(text: string, specs: PersonSpec[]): PeopleResult {
  const owners: { start: number; end: number; person: Person }[] = [];
  const people: Person[] = specs.map((s, i) => ({
    key: `p${i}`,
    name: s.name,
    id: null,
    official: false,
    roleInText: s.role ?? null,
    role: null,
    context: null,
    mentions: [],
  }));
  specs.forEach((s, i) => {
    const forms = s.forms ?? [s.name, s.name.split(' ').pop()!];
    const taken = new Uint8Array(text.length + 1);
    // longest forms first, so "Yun Sun" is one mention rather than "Sun" inside it
    const isWord = (ch: string | undefined) => !!ch && /[\p{L}\p{N}]/u.test(ch);
    for (const f of [...new Set(forms)].sort((a, b) => b.length - a.length)) {
      for (let a = text.indexOf(f); a >= 0; a = text.indexOf(f, a + 1)) {
        const b = a + f.length;
        if (isWord(text[a - 1]) || isWord(text[b])) continue;
        if (taken[a] || taken[b - 1]) continue;
        taken.fill(1, a, b);
        people[i]!.mentions.push({ start: a, end: b, text: f });
        owners.push({ start: a, end: b, person: people[i]! });
      }
    }
    people[i]!.mentions.sort((x, y) => x.start - y.start);
  });
  owners.sort((x, y) => x.start - y.start);
  return {
    people,
    personAt: (offset) => {
      let lo = 0;
      let hi = owners.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (owners[mid]!.end <= offset) lo = mid + 1;
        else hi = mid;
      }
      const o = owners[lo];
      return o && o.start <= offset ? o.person : null;
    },
    resolveName: (name) => people.find((p) => p.name === name || p.name.split(' ').pop() === name.split(' ').pop()) ?? null,
  };
}

/** Quotes of a plain-text story (paragraphs separated by blank lines). */
export function quotesOf(text: string, specs?: PersonSpec[]): QuotesResult {
  const story = storyFromPlainText(text);
  return detectQuotes(story, specs ? peopleFrom(story.text, specs) : detectPeople(story));
}

/** A story built from an HTML body, as the content script builds it. */
export function storyFromHtml(html: string): { story: StoryText; doc: Document } {
  // the test environment's own document (happy-dom ranges misbehave in a second document)
  document.body.innerHTML = `<article>${html}</article>`;
  return { story: buildStoryText([document.body.firstElementChild!]), doc: document };
}

/** Quotes of an HTML body. */
export function quotesOfHtml(html: string, specs?: PersonSpec[]): QuotesResult & { story: StoryText } {
  const { story } = storyFromHtml(html);
  const r = detectQuotes(story, specs ? peopleFrom(story.text, specs) : detectPeople(story));
  return { ...r, story };
}

/** The single quote whose text contains the fragment (fails loudly when absent). */
export function quoteWith(r: QuotesResult, fragment: string) {
  const q = r.quotes.find((x) => x.text.includes(fragment));
  if (!q) throw new Error(`no quote containing "${fragment}" in ${JSON.stringify(r.quotes.map((x) => x.text))}`);
  return q;
}
