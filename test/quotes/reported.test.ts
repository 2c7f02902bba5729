import { describe, expect, it } from 'vitest';
import { quotesOf, type PersonSpec } from './helpers';

const PEOPLE: PersonSpec[] = [
  { name: 'Yun Sun', forms: ['Yun Sun', 'Sun'] },
  { name: 'Lloyd Austin', forms: ['Lloyd Austin', 'Austin'] },
];

describe('reported speech', () => {
  it.each([
    ['X said (that) …', 'Yun Sun said Beijing was unlikely to accept a meeting with the minister.', 'Yun Sun', 'said', 'Beijing was unlikely to accept a meeting with the minister'],
    ['X said that …', 'Yun Sun said that Beijing was unlikely to accept a meeting.', 'Yun Sun', 'said', 'Beijing was unlikely to accept a meeting'],
    ['X told Y that …', 'Lloyd Austin told reporters that the talks would resume next month.', 'Lloyd Austin', 'told', 'the talks would resume next month'],
    ['…, X said.', 'The discussions lasted about 90 minutes, Austin said.', 'Lloyd Austin', 'said', 'The discussions lasted about 90 minutes'],
    ['according to X, …', 'According to Yun Sun, the ministry has no plans to change course.', 'Yun Sun', 'according to', 'the ministry has no plans to change course'],
    ['an organisation', 'The Pentagon said the meeting covered regional security issues.', 'Pentagon', 'said', 'the meeting covered regional security issues'],
  ])('%s', (_name, text, speaker, cue, content) => {
    const { reported } = quotesOf(text, PEOPLE);
    expect(reported).toHaveLength(1);
    expect(reported[0]!.speaker).toBe(speaker);
    expect(reported[0]!.cue).toBe(cue);
    expect(reported[0]!.text).toBe(content);
    expect(reported[0]!.confidence).toBeLessThan(0.6);
  });

  it('maps the reported span back to the text', () => {
    const text = 'Yun Sun said that Beijing was unlikely to accept a meeting.';
    const r = quotesOf(text, PEOPLE).reported[0]!;
    expect(text.slice(r.start, r.end)).toBe(r.text);
  });

  it.each([
    ['a sentence holding a direct quote', 'Yun Sun said the meeting was “quite unusual” for both sides.'],
    ['an unnamed source', 'A senior official said the talks would resume next month.'],
    ['too short a content', 'Yun Sun said no.'],
    ['a verb that does not report speech', 'Yun Sun visited Beijing and met the minister there last week.'],
    ['a noun that looks like a verb', 'The report’s claims about the talks were disputed by many analysts.'],
    ['"added" without "that"', 'The company added 200 jobs in the region last year.'],
  ])('none for %s', (_name, text) => {
    expect(quotesOf(text, PEOPLE).reported).toEqual([]);
  });

  it('resolves a pronoun subject to its antecedent', () => {
    const { reported } = quotesOf('Lloyd Austin arrived in Singapore on Friday. He said the talks would resume next month.', PEOPLE);
    expect(reported.map((r) => r.speaker)).toEqual(['Lloyd Austin']);
  });
});
