// Quotes: a speaker named by one word that people detection did not take is a person when the story shows one
// (the name inside a quotation, a quotation in the first person singular); organisations stay organisations.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { quotesOf, quoteWith } from './helpers';

describe('one-word speakers', () => {
  it('a surname named inside a quotation and then speaking is a person', () => {
    const r = quotesOf('“I think Brandauer has done a great job,” Okonkwo said. “He keeps the team calm,” Brandauer said.');
    expect(quoteWith(r, 'great job').speakerKind).toBe('person');
    expect(quoteWith(r, 'team calm').speaker).toBe('Brandauer');
    expect(quoteWith(r, 'team calm').speakerKind).toBe('person');
  });

  it('an organisation’s statement stays an organisation’s', () => {
    const r = quotesOf('Rail traffic was halted. “Services will resume on Monday,” Trenitalia said. The Trenitalia board met later.');
    expect(quoteWith(r, 'Services will resume').speakerKind).toBe('organization');
  });

  it('a word of an organisation is no person even in the first person', () => {
    const r = quotesOf('“I can confirm the arrests,” Interpol said in a statement.');
    expect(quoteWith(r, 'confirm the arrests').speakerKind).not.toBe('person');
  });
});

describe('one-word speakers that speak as "we"', () => {
  it('a company named inside someone else’s quotation and speaking as "we" stays an organisation', () => {
    const r = quotesOf('“I deleted my account because of Zentro,” said Ana Pike, a teacher. “We invest significant resources in safety,” Zentro said.');
    expect(quoteWith(r, 'We invest').speakerKind).toBe('organization');
  });
});

describe('one-word speakers a title or a pronoun shows to be people', () => {
  it('named with a title inside a quotation, and speaking as "we" for a team', () => {
    const r = quotesOf('“Coach (Dieter) Brandauer came in and said, ‘Congratulations,’” Okafor said.\n\n“We are playing terrific basketball,” Brandauer said.');
    expect(quoteWith(r, 'terrific basketball').speakerKind).toBe('person');
  });

  it('reporting with "he" after the word', () => {
    const r = quotesOf('Brandauer said he was pleased. “We keep improving,” Brandauer said.');
    expect(quoteWith(r, 'keep improving').speakerKind).toBe('person');
  });
});
