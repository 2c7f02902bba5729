import { describe, expect, it } from 'vitest';
import { quotesOf, quoteWith, type PersonSpec } from './helpers';

const PEOPLE: PersonSpec[] = [{ name: 'Dana Whitfield', forms: ['Dana Whitfield', 'Whitfield'] }];

describe('quotation or term: not quotations', () => {
  it.each([
    ['a so-called term', 'The administration crossed the so-called "red line" last year.'],
    ['the word …', 'The campaign featured a poster with the word “hope” under his face.'],
    ['a film title', 'The thriller “Parasite” won the top prize on Sunday.'],
    ['a title after “titled”', 'Colleagues printed a booklet titled “The Wit and Wisdom of a Mayor” in 1990.'],
    ['a nickname in Title Case', 'Whitfield kept trolling the candidate he calls “Mini Mike” online.'],
    ['a quoted modifier inside a noun phrase', 'Officials condemned Israel’s “deliberate” aid ban at the meeting.'],
    ['a term after “of”', 'The bank was accused of stopping the practice of “redlining” in poor areas.'],
    ['a passive charge', 'The daughter, who is accused of “terrorism”, appeared in court.'],
    ['a name given to a thing', 'Residents joined a group called “Mothers Against Noise” last spring.'],
    ['a scare quote with no one speaking', 'The plan relies on “voluntary” compliance by the firms.'],
    ['a term inside an according-to phrase', 'Five members raised their outlook, according to the new “dot plot” of projections.'],
  ])('%s', (_name, text) => {
    expect(quotesOf(text, PEOPLE).quotes).toEqual([]);
  });

  it('drops a single-quoted headline line (no sentence punctuation)', () => {
    expect(quotesOf('Outbreak ‘spreading rapidly’ as suspected cases rise, WHO chief says\n\nThe story begins here.', PEOPLE).quotes).toEqual([]);
  });
});

describe('quotation or term: quotations', () => {
  it.each([
    ['a one-word quote after “was”', 'Dana Whitfield said the decision was “distressing” for the families.', 'distressing'],
    ['a phrase after “called … a”', 'Whitfield called the decision a “grave escalation” of the conflict.', 'grave escalation'],
    ['a phrase the speaker called', 'Whitfield condemned what she called a “brazen breach” of the rules.', 'brazen breach'],
    ['a short quote followed by its attribution', '“Hopefully,” Whitfield said, “this museum will help us listen.”', 'Hopefully'],
    ['a short sentence continuing the speaker', '“Does anybody know the plan?” Whitfield asked. “Neither do I.”', 'Neither do I'],
    ['several words after a cue', 'Whitfield warned of “dangerous consequences” for the region.', 'dangerous consequences'],
  ])('%s', (_name, text, fragment) => {
    const q = quoteWith(quotesOf(text, PEOPLE), fragment);
    expect(q.speaker).toBe('Dana Whitfield');
  });

  it('keeps a long unattributed quotation with a low confidence and no speaker', () => {
    const r = quotesOf('The weather was cold.\n\n“We will build the road whatever the cost and whatever the delay may be.”', PEOPLE);
    const q = quoteWith(r, 'build the road');
    expect(q.speaker).toBeNull();
    expect(q.confidence).toBeLessThan(0.6);
  });

  it('gives attributed quotations a higher confidence than continued or unattributed ones', () => {
    const r = quotesOf('“We will win this fight in the end,” Whitfield said. “Nobody can stop the people now.”\n\nThe crowd cheered.\n\n“It is a long road ahead of all of us here,” a banner read on the wall.', PEOPLE);
    const direct = quoteWith(r, 'win this fight').confidence;
    const continued = quoteWith(r, 'Nobody can stop').confidence;
    expect(direct).toBeGreaterThan(continued);
    for (const q of r.quotes) {
      expect(q.confidence).toBeGreaterThan(0);
      expect(q.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('keeps a pull quote once when it repeats the body', async () => {
    const { quotesOfHtml } = await import('./helpers');
    const r = quotesOfHtml(
      '<blockquote class="pullquote"><p>“Nothing you have said sheds light on why the accused is sitting here.”</p></blockquote>' +
        '<p>“Nothing you have said sheds light on why the accused is sitting here,” said Dana Whitfield.</p>',
      PEOPLE,
    );
    expect(r.quotes.filter((q) => q.text.startsWith('Nothing you have said'))).toHaveLength(1);
    expect(quoteWith(r, 'Nothing you have said').speaker).toBe('Dana Whitfield');
  });
});

describe('the name of a warning or order that was issued', () => {
  it.each([
    ['The river crested on Sunday, according to the weather service, which had issued a rare "flash flood emergency" for the town.', 'flash flood emergency'],
    ['The governor declared a “state of emergency” in three counties, officials said.', 'state of emergency'],
  ])('%s', (text, term) => {
    expect(quotesOf(text).quotes.map((q) => q.text)).not.toContain(term);
  });

  it('a quotation after “issued a statement” is still a quotation', () => {
    const r = quotesOf('The ministry issued a statement on Monday saying the strike was “a grave violation of our sovereignty.”');
    expect(r.quotes.map((q) => q.text)).toContain('a grave violation of our sovereignty.');
  });
});

describe('phrases no one says, and words a crowd cries', () => {
  it('a passive description "often summed up as “…”" is a term', () => {
    const r = quotesOf('Farmers inherited a system of grazing leases, often summed up as “first come, first served,” that nobody has reformed.');
    expect(r.quotes.map((q) => q.text)).not.toContain('first come, first served,');
  });

  it('"described as “…” by the minister" keeps its agent and stays a quotation', () => {
    const r = quotesOf('The plan was described as “a reckless gamble with public money” by Dana Whitfield on Tuesday.', PEOPLE);
    expect(r.quotes.map((q) => q.text)).toContain('a reckless gamble with public money');
  });

  it('cries of “…” are a quotation with no speaker, and do not carry the previous speaker on', () => {
    const r = quotesOf('“We will not back down,” Dana Whitfield said. There were chants of “Out, out, out!” from the gallery as she sat down.', PEOPLE);
    expect(quoteWith(r, 'We will not back down').speaker).toBe('Dana Whitfield');
    const cry = quoteWith(r, 'Out, out, out!');
    expect(cry.speaker).toBeNull();
    expect(cry.speakerDescription).toContain('chants');
  });

  it('the caption of a post is its author’s words', () => {
    const r = quotesOf('Dana Whitfield posted a photo of the flooded bridge on Sunday with the caption “We rebuild, again and again.”', PEOPLE);
    expect(quoteWith(r, 'We rebuild').speaker).toBe('Dana Whitfield');
  });
});
