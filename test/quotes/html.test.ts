import { describe, expect, it } from 'vitest';
import { spanToRange, domPosition } from '../../lib/text/story-text';
import { quotesOfHtml, quoteWith, storyFromHtml, type PersonSpec } from './helpers';

const PEOPLE: PersonSpec[] = [{ name: 'Yun Sun', forms: ['Yun Sun', 'Sun'] }];

describe('<q> elements', () => {
  it('gets quotation marks in the story text that map to no DOM position', () => {
    const { story } = storyFromHtml('<p>She said <q>we will win</q> today.</p>');
    expect(story.text).toBe('She said “we will win” today.');
    const open = story.text.indexOf('“');
    const close = story.text.indexOf('”');
    // the synthetic marks belong to no text node: positions on them move to real characters
    expect(domPosition(story, open, 'start')!.node.data).toBe('we will win');
    expect(domPosition(story, close + 1, 'end')!.node.data).toBe('we will win');
  });

  it('keeps every real character’s mapping exact', () => {
    const { story, doc } = storyFromHtml('<p>Yun Sun said <q>the <em>talks</em> were unusual</q>, adding more.</p>');
    for (const word of ['Yun Sun', 'talks', 'were unusual', 'adding more']) {
      const start = story.text.indexOf(word);
      const range = spanToRange(doc, story, { start, end: start + word.length })!;
      expect(range.toString()).toBe(word);
    }
  });

  it('nests <q> inside <q> with single marks', () => {
    const { story } = storyFromHtml('<p>He said <q>they told me <q>never again</q> twice</q>.</p>');
    expect(story.text).toBe('He said “they told me ‘never again’ twice”.');
  });

  it('is found and attributed like any quotation', () => {
    const r = quotesOfHtml('<p>Yun Sun said the meeting was <q>quite unusual for both sides</q>.</p>', PEOPLE);
    const q = quoteWith(r, 'quite unusual');
    expect(q.speaker).toBe('Yun Sun');
    expect(q.text).toBe('quite unusual for both sides');
  });
});

describe('quotations across inline elements', () => {
  it('pairs marks in different text nodes and highlights exactly the quoted characters', () => {
    const html = '<p>“The <a href="#">Chinese ambassador</a> does not <em>often</em> meet us,” <strong>Sun</strong> said.</p>';
    const { story, doc } = storyFromHtml(html);
    const r = quotesOfHtml(html, PEOPLE);
    const q = quoteWith(r, 'Chinese ambassador');
    expect(q.text).toBe('The Chinese ambassador does not often meet us,');
    expect(q.speaker).toBe('Yun Sun');
    expect(spanToRange(doc, story, q)!.toString()).toBe('The Chinese ambassador does not often meet us,');
  });

  it('joins a quotation over several paragraphs into one', () => {
    const r = quotesOfHtml('<p>“That has nothing to do with the talks.</p><p>“That could be forced onto the agenda,” Sun said.</p>', PEOPLE);
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.text).toBe('That has nothing to do with the talks. That could be forced onto the agenda,');
    expect(r.quotes[0]!.speaker).toBe('Yun Sun');
  });
});
