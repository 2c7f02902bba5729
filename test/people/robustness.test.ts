// Bad input: people detection must finish in bounded, roughly linear time and never throw.
import { describe, expect, it } from 'vitest';
import { detectPeople } from '../../lib/people/detect';
import { buildStoryText, spanToRange, storyFromPlainText } from '../../lib/text/story-text';

const detect = (text: string) => detectPeople(storyFromPlainText(text));
const timed = <T>(f: () => T): { value: T; ms: number } => {
  const t = performance.now();
  const value = f();
  return { value, ms: performance.now() - t };
};
// generous bounds (the machine may be shared and busy): these inputs take well under a second alone;
// a quadratic pass over them would take minutes
const BOUND_MS = 20_000;

/** Deterministic capitalised pseudo-words ("Kavor", "Mibel", …). */
function words(n: number, seed = 7): string[] {
  const syl = ['ka', 'vo', 'ri', 'mi', 'bel', 'tor', 'an', 'sel', 'du', 'ne', 'lo', 'gra'];
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    const w = syl[x % 12]! + syl[(x >> 4) % 12]! + syl[(x >> 8) % 12]!;
    out.push(w[0]!.toUpperCase() + w.slice(1));
  }
  return out;
}

describe('bad input', { timeout: 120_000 }, () => {
  it.each([
    ['empty', ''],
    ['spaces and newlines', ' \n\n \n'],
    ['punctuation only', '“”‘’—,.;:!?()[]'.repeat(1000)],
    ['a lone title', 'President'],
    ['a lone initial', 'J.'],
    ['dangling particle', 'Ludwig van'],
    ['open quote at the end', 'said Jane Doe, “'],
    ['a possessive alone', '’s'],
  ])('%s: no exception, no person', (_case, text) => {
    expect(() => detect(text)).not.toThrow();
    expect(detect(text).people.length).toBeLessThanOrEqual(1);
  });

  it('an all-caps page', () => {
    const text = Array.from({ length: 4000 }, (_, i) => `PRESIDENT JOHN SMITH${i} SAID THE TALKS WENT WELL, SEN. MARY JONES SAID.`).join('\n\n');
    const { value, ms } = timed(() => detect(text));
    expect(value.people).toEqual([]);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('50,000 capitalised words in one run', () => {
    const text = words(50_000).join(' ') + '.';
    const { value, ms } = timed(() => detect(text));
    expect(value.people.length).toBeLessThanOrEqual(400);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('50,000 capitalised words as two-word sentences with reporting verbs (many candidate names, capped)', () => {
    const w = words(50_000, 3);
    const parts: string[] = [];
    for (let i = 0; i + 1 < w.length; i += 2) parts.push(`Mr. ${w[i]} ${w[i + 1]} said so. ${w[i + 1]} said more.`);
    const { value, ms } = timed(() => detect(parts.join(' ')));
    expect(value.people.length).toBeLessThanOrEqual(400);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('thousands of mentions of people who share a surname', () => {
    const parts = ['Senator Anna Kowal met Governor Piotr Kowal.'];
    for (let i = 0; i < 20_000; i++) parts.push(i % 3 ? 'Kowal said so.' : 'Senator Kowal agreed.');
    const { value, ms } = timed(() => detect(parts.join(' ')));
    expect(value.people.map((p) => p.name).sort()).toEqual(['Anna Kowal', 'Piotr Kowal']);
    const total = value.people.reduce((n, p) => n + p.mentions.length, 0);
    expect(total).toBe(20_002);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('many titled single names, each different', () => {
    const text = words(20_000, 11).map((w) => `President ${w} spoke.`).join(' ');
    const { value, ms } = timed(() => detect(text));
    expect(value.people.length).toBeLessThanOrEqual(400);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('long runs of quotes, hyphens, particles and initials', () => {
    const text = ['“'.repeat(20_000), 'A. '.repeat(20_000), 'van der de la '.repeat(10_000), 'Smith-'.repeat(10_000) + 'Jones', '’s '.repeat(10_000), `${'x'.repeat(100_000)} said`].join('\n\n');
    const { ms } = timed(() => detect(text));
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('long runs of nicknames, plural titles, appositives and predicates', () => {
    const w = words(20_000, 11);
    const parts: string[] = [];
    for (let i = 0; i + 4 < w.length; i += 5) {
      parts.push(`Council members ${w[i]} ${w[i + 1]} and Frank “${w[i + 2]}” ${w[i + 3]}, whose son, ${w[i + 4]}, a junior at the school, said so. ${w[i]} ${w[i + 1]} directs parks at the county board, now 71, who chairs it.`);
    }
    const { ms } = timed(() => detect(parts.join(' ')));
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('respects the cap on people', () => {
    const text = words(4000, 5).map((w, i) => `Minister ${w} Dalby${i} spoke.`).join(' ');
    expect(detectPeople(storyFromPlainText(text), { maxPeople: 50 }).people).toHaveLength(50);
  });
});

describe('names split across elements', () => {
  it('reads a name spread over links and inline elements, and its mention maps back to the DOM', () => {
    document.body.innerHTML = '<article><p>U.S. Defense Secretary <a href="#">Lloyd</a> <b>Aus</b><i>tin</i>’s trip was cancelled.</p><p>“No,” <span>Austin</span> said.</p></article>';
    const story = buildStoryText([document.querySelector('article')!]);
    const r = detectPeople(story);
    expect(r.people.map((p) => p.name)).toEqual(['Lloyd Austin']);
    const [full, short] = r.people[0]!.mentions;
    expect(spanToRange(document, story, full!)!.toString()).toBe('Lloyd Austin');
    expect(spanToRange(document, story, short!)!.toString()).toBe('Austin');
    expect(r.people[0]!.roleInText).toBe('U.S. Defense Secretary');
  });

  it('does not join words across paragraphs or line breaks', () => {
    document.body.innerHTML = '<div><p>The report was written by the Senate.</p><p>Kevin</p><p>Marlow said it was fine.</p><p>Alpha<br>Bravo Charlie said no.</p></div>';
    const story = buildStoryText([document.querySelector('div')!]);
    const r = detectPeople(story);
    expect(r.people.map((p) => p.name)).not.toContain('Kevin Marlow');
    expect(r.people.map((p) => p.name)).not.toContain('Alpha Bravo Charlie');
  });
});
