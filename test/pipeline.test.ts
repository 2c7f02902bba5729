import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotate, annotateSteps, annotateText } from '../lib/pipeline';
import type { ContextLookup } from '../lib/context';

const SAMPLE = fs.readFileSync(path.resolve(__dirname, '../sample/article.html'), 'utf8');
const load = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('annotate (the sample article)', () => {
  const { annotations: a, story } = annotate(load(SAMPLE));

  it('detects news and reads the article metadata', () => {
    expect(a.news.isNews).toBe(true);
    expect(a.article.title).toBe('Harbor city council approves flood barrier after tense night');
    expect(a.article.published).toBe('2024-03-14');
    expect(a.article.language).toBe('en');
    expect(a.article.textLength).toBe(story!.text.length);
  });

  it('keeps the byline, caption, related links and ads out of the story', () => {
    for (const junk of ['By Priya Okafor', 'the easy part', 'Storm season forecast', 'Advertisement', 'Most read']) expect(story!.text).not.toContain(junk);
  });

  it('finds quotes with their speakers, and every offset points at the quote text', () => {
    const marsh = a.quotes.find((q) => q.text.startsWith('We have waited'));
    expect(marsh?.speaker).toBe('Helena Marsh');
    expect(marsh?.cue).toBe('said');
    for (const q of a.quotes) {
      expect(story!.text.slice(q.start, q.end).replace(/\s+/g, ' ')).toContain(q.text.slice(0, 10));
      expect(q.confidence).toBeGreaterThan(0);
      expect(q.confidence).toBeLessThanOrEqual(1);
    }
    // the quote that runs over two paragraphs is one quote
    const brandt = a.quotes.find((q) => q.text.startsWith('Whether it works'));
    expect(brandt?.text).toContain('I would rather see the money');
  });

  it('finds people and officials with mentions that point at their names', () => {
    const ferreira = a.people.find((p) => p.name === 'Tomas Ferreira');
    expect(ferreira).toBeDefined();
    expect(ferreira!.mentions.length).toBeGreaterThanOrEqual(3);
    for (const m of ferreira!.mentions) expect(story!.text.slice(m.start, m.end)).toBe(m.text);
    expect(a.people.find((p) => p.name === 'Joe Biden')?.official).toBe(true);
    expect(a.people.find((p) => p.name === 'Helena Marsh')?.official).toBe(true);
  });

  it('reports timings per stage', () => {
    expect(Object.keys(a.timing.stages)).toEqual(expect.arrayContaining(['detect', 'extract', 'text', 'people', 'quotes']));
    expect(a.timing.ms).toBeGreaterThanOrEqual(0);
  });
});

describe('annotate (decisions and options)', () => {
  const notNews = '<html><head><title>Shop</title></head><body><h1>Kettles</h1><p>Buy one.</p></body></html>';

  it('stops after detection on a page that is not news', () => {
    const steps = annotateSteps(load(notNews));
    const first = steps.next();
    expect(first.done).toBe(true);
    expect(first.done && first.value.story).toBeNull();
  });

  it('annotates anyway when forced', () => {
    const r = annotate(load(notNews), { force: true });
    expect(r.story).not.toBeNull();
    expect(r.annotations.news.isNews).toBe(false);
  });

  it('yields between stages so a caller can pause', () => {
    const names: string[] = [];
    const steps = annotateSteps(load(SAMPLE));
    for (let r = steps.next(); !r.done; r = steps.next()) if (r.value) names.push(r.value);
    expect(names).toEqual(['detect', 'extract', 'text', 'people', 'quotes']);
  });

  it('--date overrides the page date', () => {
    expect(annotate(load(SAMPLE), { date: '2020-02-02' }).annotations.article.published).toBe('2020-02-02');
  });

  it('applies dataset answers to people and to the quotes they speak', () => {
    const lookup: ContextLookup = {
      lookup: (q) =>
        q.name === 'Helena Marsh'
          ? { id: 'Q1', name: 'Helena Marsh', description: null, country: null, roleAtDate: { title: 'Mayor', organization: 'Port Wexley', jurisdiction: null, start: '2020-01-01', end: null, endKind: 'unknown', source: 'test' }, stillHeld: true, roleNow: null, verified: '2026-01-01', flags: [] }
          : null,
    };
    const { annotations: a } = annotate(load(SAMPLE), { lookup });
    const marsh = a.people.find((p) => p.name === 'Helena Marsh')!;
    expect(marsh.id).toBe('Q1');
    expect(marsh.role).toBe('Mayor, Port Wexley');
    expect(a.quotes.filter((q) => q.speaker === 'Helena Marsh').every((q) => q.speakerId === 'Q1')).toBe(true);
    expect(a.people.find((p) => p.name === 'Tomas Ferreira')?.id).toBeNull();
  });

  it('finds names and quotes across soft hyphens, with offsets on the right characters', () => {
    const shy = (t: string) => t.replace(/([aeiou])([a-z])/g, '$1\u00AD$2'); // a hyphenation point in every word
    const html = `<html><body><article><h1>Port deal</h1>
      <p>${shy('The harbour board approved the new port deal on Monday after a long debate in the chamber.')}</p>
      <p>“${shy('This deal will bring hundreds of jobs to the town')},” ${shy('said Marlon Teixeira, the chairman of the board.')}</p>
      <p>${shy('Teixeira said the work would start next year once the money was in place.')}</p>
      </article></body></html>`;
    const { annotations: a, story } = annotate(load(html), { force: true });
    expect(story!.text).not.toContain('\u00AD');
    const person = a.people.find((p) => p.name === 'Marlon Teixeira');
    expect(person).toBeDefined();
    for (const m of person!.mentions) expect(story!.text.slice(m.start, m.end)).toBe(m.text);
    const q = a.quotes.find((x) => x.text.startsWith('This deal will bring'));
    expect(q?.speaker).toBe('Marlon Teixeira');
  });

  it('marks a story cut at maxChars as partial', () => {
    expect(annotate(load(SAMPLE), { maxChars: 300 }).annotations.partial).toBe(true);
  });
});

describe('annotateText', () => {
  it('treats plain text as an article with blank-line paragraphs', () => {
    const { annotations: a } = annotateText('Headline here\n\n“This is a long enough quote to count,” said Mara Quell, a local teacher.\n');
    expect(a.news.isNews).toBe(true);
    expect(a.quotes).toHaveLength(1);
    expect(a.quotes[0]!.speaker).toBe('Mara Quell');
  });
});
