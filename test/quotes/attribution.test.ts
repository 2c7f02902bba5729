import { describe, expect, it } from 'vitest';
import { quotesOf, quoteWith, type PersonSpec } from './helpers';

const SUN: PersonSpec = { name: 'Yun Sun', forms: ['Yun Sun', 'Sun'] };
const KAHL: PersonSpec = { name: 'Colin Kahl', forms: ['Colin Kahl', 'Kahl'] };
const XIE: PersonSpec = { name: 'Xie Feng', forms: ['Ambassador Xie Feng', 'Xie Feng', 'Mr. Xie', 'Xie'] };
const PEOPLE = [SUN, KAHL, XIE];

describe('attribution patterns', () => {
  it.each([
    ['“…,” X said', 'Yun Sun is an analyst.\n\n“The talks were quite unusual,” Sun said.', 'said'],
    ['“…,” said X, role', '“The talks were quite unusual,” said Yun Sun, director of a research program.', 'said'],
    ['X said, “…”', 'Yun Sun said, “The talks were quite unusual.”', 'said'],
    ['X said: “…”', 'Yun Sun said: “The talks were quite unusual.”', 'said'],
    ['X said the meeting was “…”', 'Yun Sun said the meeting was “quite unusual” for both sides.', 'said'],
    ['X told Y “…”', 'Yun Sun told reporters the meeting was “quite unusual by any measure.”', 'told'],
    ['X told Y that “…”', 'Yun Sun told a forum in London that “the meeting was quite unusual.”', 'told'],
    ['according to X (after)', '“The meeting was quite unusual,” according to Yun Sun.', 'according to'],
    ['according to X (before)', 'According to Yun Sun, the talks were “quite unusual by any measure.”', 'according to'],
    ['X: “…”', 'Yun Sun: “The talks were quite unusual.”', ':'],
    ['X was quoted as saying', 'Yun Sun was quoted as saying “the talks were quite unusual.”', 'saying'],
    ['X, in a statement, said', 'Yun Sun, in a statement on Tuesday, said “the talks were quite unusual.”', 'said'],
    ['X on Sunday confirmed', 'Yun Sun on Sunday confirmed that the talks were “quite unusual by any measure.”', 'confirmed'],
    ['adverb between subject and verb', '“The talks were quite unusual,” Sun reportedly told colleagues.', 'told'],
    ['as X put it', 'As Yun Sun, a researcher, put it, “the talks were quite unusual.”', 'put it'],
    ['dash attribution', '“The talks were quite unusual.” ― Yun Sun', '—'],
    ['participle after a comma', 'Yun Sun welcomed the meeting, calling it “quite unusual and very welcome.”', 'calling'],
    ['“…?” X said, + participle clause', 'Yun Sun spoke first.\n\n“Who would have thought these talks were so unusual?” Sun said, looking out at the hall.', 'said'],
    ['the report states that … “…”', 'A report by Yun Sun states that the talks were “quite unusual by any measure.”', 'states'],
    ['a title with “of” before the name', 'Secretary of State Yun Sun said the talks were “quite unusual by any measure.”', 'said'],
    ['“…,” X simpered', '“These talks were quite unusual, maybe,” Yun Sun simpered in a morning post.', 'simpered'],
    ['X uttered the lines: “…”', 'The hall went quiet after Yun Sun uttered the lines: “How unusual these talks were.”', 'uttered'],
  ])('%s', (_name, text, cue) => {
    const q = quoteWith(quotesOf(text, PEOPLE), 'unusual');
    expect(q.speaker).toBe('Yun Sun');
    expect(q.speakerKind).toBe('person');
    expect(q.cue).toBe(cue);
    expect(q.confidence).toBeGreaterThan(0.5);
  });

  it('reads the subject across an appositive: “…,” X, the Pentagon’s top policy adviser, told a forum', () => {
    const r = quotesOf('“We have regularly reached out to Beijing,” Colin Kahl, the Pentagon’s top policy adviser, told a forum in London.', PEOPLE);
    expect(quoteWith(r, 'reached out').speaker).toBe('Colin Kahl');
    expect(quoteWith(r, 'reached out').cue).toBe('told');
  });

  it('takes the appositive name over the role before it', () => {
    const r = quotesOf('“Relief must reach Gaza,” the UN undersecretary general for legal affairs, Yun Sun, told the court.', PEOPLE);
    expect(quoteWith(r, 'Relief').speaker).toBe('Yun Sun');
  });

  it('skips ages, descriptions and parentheses between a name and its verb', () => {
    const r = quotesOf('Yun Sun, 74, a resident who saw the attack, said the blast was “like nothing I have seen before.”\n\nColin Kahl (D-Calif.), for example, said the law “has failed the families who live here.”', PEOPLE);
    expect(quoteWith(r, 'nothing I have seen').speaker).toBe('Yun Sun');
    expect(quoteWith(r, 'failed the families').speaker).toBe('Colin Kahl');
  });

  it('resolves surname and honorific mentions to the full name the article introduced', () => {
    const r = quotesOf('Chinese Ambassador Xie Feng met Yun Sun in Washington.\n\n“A stable relationship is in our common interest,” Mr. Xie said.\n\n“It was quite unusual,” Sun said.', PEOPLE);
    expect(quoteWith(r, 'common interest').speaker).toBe('Xie Feng');
    expect(quoteWith(r, 'quite unusual').speaker).toBe('Yun Sun');
  });

  it('takes the last name of a title chain as the head ("Palestinian chief negotiator X")', () => {
    const specs: PersonSpec[] = [{ name: 'Ahmed Nasser', forms: ['Ahmed Nasser'] }, { name: 'Palestine Union', forms: ['Palestinian'] }];
    const r = quotesOf('Palestinian chief negotiator Ahmed Nasser said, “We will go to the General Assembly.”', specs);
    expect(quoteWith(r, 'General Assembly').speaker).toBe('Ahmed Nasser');
  });

  it('keeps the outer speaker when a verb of judging sits inside what they said', () => {
    const r = quotesOf('Yun Sun said that after legal review Washington had concluded the plan was “not, per se, inconsistent with the law.”', PEOPLE);
    expect(quoteWith(r, 'inconsistent').speaker).toBe('Yun Sun');
  });

  it('reads a claim owned by a name: “X’s claim that …”', () => {
    const r = quotesOf('Analysts checked Yun Sun’s claim that there had been “thousands of shootings in the city.”', PEOPLE);
    expect(quoteWith(r, 'thousands').speaker).toBe('Yun Sun');
  });

  it('does not take a name that modifies a noun as the speaker', () => {
    const specs: PersonSpec[] = [{ name: 'Arab Israeli', forms: ['Arab Israeli', 'Israeli'] }, SUN];
    const r = quotesOf('The Israeli election results suggest voters want “a tougher stance on the talks.”\n\nSen. Yun Sun of Ohio said the plan was “a live demonstration of the problem.”', specs);
    expect(quoteWith(r, 'tougher stance').speaker).toBeNull();
    expect(quoteWith(r, 'live demonstration').speaker).toBe('Yun Sun');
  });

  it('does not take a passive verb as a cue', () => {
    const r = quotesOf('The daughter, who is accused of “terrorism and incitement to violence,” appeared in court.', PEOPLE);
    for (const q of r.quotes) expect(q.cue).not.toBe('accused');
  });
});

describe('organisations as speakers', () => {
  it.each([
    ['the Pentagon said', '“The meeting lasted 90 minutes,” the Pentagon said.', 'Pentagon'],
    ['a ministry statement', 'A brief Pentagon statement said the talks covered “a range of regional security issues.”', 'Pentagon'],
    ['lower-case head after a country', 'Russia’s foreign ministry said it viewed the move as “another measure contradicting the law.”', 'Russia’s foreign ministry'],
    ['the government', 'The Philippine government announced the boat was “deliberately sideswiped by a militia vessel.”', 'Philippine government'],
    ['a spokesperson for an organisation', 'A spokesperson for the British Foreign Office reiterated that settlements “are illegal under international law.”', 'British Foreign Office'],
    ['a name of several words with connectors', '“We seek answers,” said the House Select Committee on Trade and Industry.', 'House Select Committee on Trade and Industry'],
  ])('%s', (_name, text, org) => {
    const q = quotesOf(text, [])!.quotes[0]!;
    expect(q.speaker).toBe(org);
    expect(q.speakerKind).toBe('organization');
  });

  it('resolves "the ministry" to the ministry the story named', () => {
    const r = quotesOf('Russia’s Defense Ministry on Sunday confirmed the strike.\n\nThe ministry added the attack was retaliation for strikes on “civilian facilities on Russian territory.”', []);
    expect(quoteWith(r, 'civilian').speaker).toBe('Russia’s Defense Ministry');
  });

  it('resolves "the bureau" to the bureau the story named, whatever its length', () => {
    const r = quotesOf('The collision dented the boat, the Philippine Bureau of Fisheries and Aquatic Resources said.\n\nThe vessel also “conducted dangerous maneuvers near the reef,” the bureau said.', []);
    expect(quoteWith(r, 'dangerous').speaker).toBe('Philippine Bureau of Fisheries and Aquatic Resources');
  });

  it('lets members of a body speak for it, and "the lawmakers" and "they" find it again', () => {
    const text =
      'Following the arrests, lawmakers on the House Select Committee on Trade, led by chairman Mike Gallagher, requested “additional information regarding the efforts.”\n\n' +
      'The lawmakers noted the bureau held a briefing, but they were “disappointed by what they heard there.”\n\n' +
      '“We seek to understand how the bureau is monitoring these operations,” they wrote.';
    const r = quotesOf(text, [{ name: 'Mike Gallagher' }]);
    for (const frag of ['additional information', 'disappointed', 'We seek']) expect(quoteWith(r, frag).speaker).toBe('House Select Committee on Trade');
  });

  it('resolves "it" to the organisation the sentence is about', () => {
    const r = quotesOf('The Security Council on Friday condemned the test as what it called “a clear threat to international peace and security.”', []);
    expect(quoteWith(r, 'clear threat').speaker).toBe('Security Council');
  });
});

describe('unnamed sources', () => {
  it.each([
    ['a senior official said', '“We expect a decision this week,” a senior official said.', 'a senior official'],
    ['said two people familiar with the matter', '“We expect a decision this week,” said two people familiar with the matter.', 'two people'],
    ['according to federal prosecutors', 'According to federal prosecutors, the ministry “has repeatedly and flagrantly violated our sovereignty.”', 'federal prosecutors'],
    ['an investigation found', 'An investigation found they “may have been involved in the attack.”', 'An investigation'],
  ])('%s → speaker null, description kept', (_name, text, desc) => {
    const q = quotesOf(text, [])!.quotes[0]!;
    expect(q.speaker).toBeNull();
    expect(q.speakerDescription ?? '').toContain(desc);
  });
});

describe('a name in apposition', () => {
  it('to an object is not the subject: "asked its owner, X, for …" leaves the quote to the sentence’s subject', () => {
    const r = quotesOf('Dana Whitfield walked into the shop and asked its owner, Hal Brenning, for a loan. “He laughed at me,” she recalled.', [
      { name: 'Dana Whitfield' },
      { name: 'Hal Brenning' },
    ]);
    expect(quoteWith(r, 'He laughed at me').speaker).toBe('Dana Whitfield');
  });

  it('to the subject is the subject: "Bluebird’s chief executive, X, will join …" then "he said"', () => {
    const r = quotesOf(
      '“This is a good fit,” Grant Holloway, Northwind’s chief executive, said on a call.\n\nMr. Holloway said the company would keep both hubs.\n\n' +
        'Bluebird’s chief executive, Omar Haddad, will join the board. “We built something special over 20 years,” he said. “I would not have signed otherwise.”',
      [{ name: 'Grant Holloway' }, { name: 'Omar Haddad' }],
    );
    expect(quoteWith(r, 'We built something special').speaker).toBe('Omar Haddad');
    expect(quoteWith(r, 'I would not have signed').speaker).toBe('Omar Haddad');
  });
});
