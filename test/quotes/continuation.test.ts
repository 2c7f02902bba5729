import { describe, expect, it } from 'vitest';
import { quotesOf, quoteWith, type PersonSpec } from './helpers';

const SUN: PersonSpec = { name: 'Yun Sun', forms: ['Yun Sun', 'Sun'] };
const KAHL: PersonSpec = { name: 'Colin Kahl', forms: ['Colin Kahl', 'Kahl'] };
const MARTA: PersonSpec = { name: 'Marta Ruiz', forms: ['Marta Ruiz', 'Ruiz', 'Ms. Ruiz'] };
const PEOPLE = [SUN, KAHL, MARTA];

describe('continuation: a quote with no attribution of its own', () => {
  it('keeps the speaker of the quote before it in the same paragraph', () => {
    const r = quotesOf('“The ambassador rarely meets defense officials,” Sun said. “It suggests China is responding to concerns.”', PEOPLE);
    const q = quoteWith(r, 'It suggests');
    expect(q.speaker).toBe('Yun Sun');
    expect(q.cue).toBe('said');
  });

  it('keeps a short spoken sentence after an attributed quote', () => {
    const r = quotesOf('“Houses here sell for less than they did,” Kahl said. “We need help.”', PEOPLE);
    expect(quoteWith(r, 'We need help').speaker).toBe('Colin Kahl');
  });

  it('keeps the speaker for a following paragraph that opens with a quote', () => {
    const r = quotesOf('“He has been hit before,” said Yun Sun, a political adviser.\n\n“There is nothing new to any of this. It is not career destroying.”', PEOPLE);
    expect(quoteWith(r, 'nothing new').speaker).toBe('Yun Sun');
  });

  it('keeps the speaker of reported speech in the paragraph before', () => {
    const r = quotesOf('Yun Sun said it was only the latest move to pressure the negotiators.\n\n“They wanted us on our knees and they used every trick to put pressure on us.”', PEOPLE);
    expect(quoteWith(r, 'on our knees').speaker).toBe('Yun Sun');
  });

  it('changes speaker when a new attribution comes in between', () => {
    const r = quotesOf('“The talks went well,” Sun said.\n\nColin Kahl disagreed with that view of the meeting.\n\n“Nothing has changed at all.”', PEOPLE);
    expect(quoteWith(r, 'Nothing has changed').speaker).toBe('Colin Kahl');
  });

  it('does not carry a speaker across a paragraph that does not open with the quote', () => {
    const r = quotesOf('“The talks went well,” Sun said.\n\nThe weather in the capital was cold. Officials left early and “nothing has changed at all in the last few days.”', PEOPLE);
    expect(quoteWith(r, 'nothing has changed').speaker).not.toBe('Yun Sun');
  });

  it('takes the subject of the sentence before when it names someone', () => {
    const r = quotesOf('On the show, Ms. Ruiz identified exhaustion with bigotry as the reason for her optimism. “The younger people are sick and tired of discrimination.”', PEOPLE);
    expect(quoteWith(r, 'younger people').speaker).toBe('Marta Ruiz');
  });

  it('gives a quote introduced by a colon paragraph to the subject of that paragraph', () => {
    const r = quotesOf('On July 6, Marta Ruiz made the following comment:\n\n“For young people who have left school, the unemployment rate is 33 percent.”', PEOPLE);
    expect(quoteWith(r, 'unemployment rate').speaker).toBe('Marta Ruiz');
  });

  it('attributes a quote over several paragraphs once, from the attribution at its end', () => {
    const r = quotesOf('“Novel legal interpretations will not end the conflict. They will not bring the hostages home.\n\n“We encourage the world to focus on a ceasefire,” Kahl concluded.', PEOPLE);
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.text).toBe('Novel legal interpretations will not end the conflict. They will not bring the hostages home. We encourage the world to focus on a ceasefire,');
    expect(r.quotes[0]!.speaker).toBe('Colin Kahl');
  });

  it('carries a speaker through the quotes of one sentence', () => {
    const r = quotesOf('Yun Sun said there are “inextricable links” between the two cases, and that the court should use its discretion “not to render the opinion at all.”', PEOPLE);
    expect(quoteWith(r, 'inextricable').speaker).toBe('Yun Sun');
    expect(quoteWith(r, 'not to render').speaker).toBe('Yun Sun');
  });

  it('gives a colon-introduced blockquote to the speaker of the paragraph before', async () => {
    const { quotesOfHtml } = await import('./helpers');
    const r = quotesOfHtml('<p>In 1985 Yun Sun told a magazine:</p><blockquote><p>I wish people would understand that I always thought I was bad.</p></blockquote><p>The record sold well.</p>', PEOPLE);
    const q = quoteWith(r, 'I wish people');
    expect(q.speaker).toBe('Yun Sun');
  });
});

describe('pronoun speakers', () => {
  it('resolves “he” to the last man who was the subject, not to an object nearby', () => {
    const text = 'Colin Kahl said in his proclamation that his nominee, Peter Lutz, had informed him of the figures.\n\n“Our nation requires steel made at home,” he said.';
    const r = quotesOf(text, [KAHL, { name: 'Peter Lutz' }]);
    expect(quoteWith(r, 'Our nation').speaker).toBe('Colin Kahl');
  });

  it('uses gender: “she” skips a man mentioned more recently', () => {
    const text = 'Marta Ruiz spoke to the court on Monday. Colin Kahl, who sat beside him, listened.\n\n“Such concerns must be addressed with the agency,” she said.';
    const r = quotesOf(text, PEOPLE);
    expect(quoteWith(r, 'Such concerns').speaker).toBe('Marta Ruiz');
  });

  it('learns gender from Mr. and Ms.', () => {
    const text = 'Ms. Ruiz and Mr. Kahl met the committee. Mr. Kahl left first.\n\n“We made progress on every point,” she said.\n\n“We did not,” he said.';
    const r = quotesOf(text, PEOPLE);
    expect(quoteWith(r, 'progress').speaker).toBe('Marta Ruiz');
    expect(quoteWith(r, 'We did not').speaker).toBe('Colin Kahl');
  });

  it('learns gender from the pronouns that follow a name', () => {
    const specs: PersonSpec[] = [{ name: 'Alex Moreau', forms: ['Alex Moreau', 'Moreau'] }, { name: 'Sam Okafor', forms: ['Sam Okafor', 'Okafor'] }];
    const text = 'Alex Moreau said she would run. Moreau said her campaign was ready. Sam Okafor said he would not.\n\n“It is our time,” she said.';
    const r = quotesOf(text, specs);
    expect(quoteWith(r, 'our time').speaker).toBe('Alex Moreau');
  });

  it('does not take a name inside a quote as the antecedent', () => {
    const text = 'Yun Sun spoke after the meeting.\n\n“The instruction we have from President Kahl is clear,” he said.';
    const r = quotesOf(text, PEOPLE);
    expect(quoteWith(r, 'instruction').speaker).toBe('Yun Sun');
  });

  it('reaches back over the short items of a list', () => {
    const text = 'In a long interview, Yun Sun also said:\n\nThe port must stay open\n\nThe budget will pass\n\nTaxes will not rise\n\nHe would speak “bluntly” about the deficit';
    const r = quotesOf(text, PEOPLE);
    expect(quoteWith(r, 'bluntly').speaker).toBe('Yun Sun');
  });

  it('gives joined participles one subject: “with some calling …, saying … and calling on …”', () => {
    const r = quotesOf('Yun Sun said many followers were unhappy, with some calling her out, saying she went too far and calling on her to “stop playing with people’s lives”.', PEOPLE);
    const q = quoteWith(r, 'stop playing');
    expect(q.speaker).toBeNull();
    expect(q.speakerDescription).toBe('some');
  });

  it('leaves an unresolvable pronoun as an unnamed source', () => {
    const r = quotesOf('“We will stay until the end,” they said.', []);
    expect(r.quotes[0]!.speaker).toBeNull();
    expect(r.quotes[0]!.speakerDescription).toBe('they');
  });

  it('resolves a definite role description to the person who holds it', () => {
    const text = 'President Marta Ruiz visited the museum.\n\n“It tells the truth about our country,” the president said.';
    const r = quotesOf(text, [{ ...MARTA, role: 'President' }]);
    expect(quoteWith(r, 'tells the truth').speaker).toBe('Marta Ruiz');
  });
});
