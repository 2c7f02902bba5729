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
