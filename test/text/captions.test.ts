// Photo captions left in the story text: recognised by the credit that closes them.
import { describe, expect, it } from 'vitest';
import { isCaption } from '../../lib/text/captions';

const para = (s: string) => isCaption(s, { start: 0, end: s.length });

describe('captions', () => {
  it.each([
    ['Nia Brooks, 15, lands a jump on Monday. “At last,” she said. (Gazette photo by Tom Rusk)'],
    ['Firefighters work the blaze on Elm Street. (AP Photo/Ana Diaz)'],
    ['The mayor speaks to reporters. Photo: Jane Pike/Reuters'],
    ['Protesters outside the court. Photograph: Karl Udo/The Herald'],
    ['A view of the harbour at dawn (Photo by Sam Lee)'],
    ['Rosa Diaz at the station in 1985. “Radio is a porch,” she liked to say. (Courtesy of the Diaz family)'],
    ['The hull of the ship on the seabed. (Handout)'],
  ])('%s', (text) => expect(para(text)).toBe(true));

  it.each([
    ['Police released a photo of the suspect.'],
    ['“We want a photo by the end of the day,” she said.'],
    ['The image was shared widely, officials said on Tuesday.'],
    ['He posted the video: it showed the crash.'],
    ['The photos were released courtesy of the family (who asked for privacy).'],
  ])('not: %s', (text) => expect(para(text)).toBe(false));
});
