// Reported (indirect) speech in a sentence with no quotation marks: "X said (that) …",
// "…, X said.", "According to X, …". Found only where the speaker resolves to a name (or a pronoun
// with a named antecedent) and the verb is one of saying: precision over recall. The same reading
// feeds the discourse with who spoke last, so a following paragraph of quotes keeps that speaker.
import type { Speaker } from './discourse';
import { Discourse } from './discourse';
import { cueAt, subjectAfter, subjectBefore } from './attribute';
import { SPEECH_LEMMAS } from './verbs';

export interface SpeechEvent {
  speaker: Speaker;
  cue: string;
  cueTok: number;
  /** The reported content as a text span, when the sentence gives one worth listing. */
  content: { start: number; end: number } | null;
}

const lower = (d: Discourse, k: number) => d.lw(k);

/** Trims a content span's token range to words and returns its text span, or null when too short. */
function contentSpan(d: Discourse, a: number, b: number): { start: number; end: number } | null {
  while (a < b && d.toks[a]!.kind === 'p') a++;
  while (b > a && d.toks[b - 1]!.kind === 'p') b--;
  let words = 0;
  for (let k = a; k < b; k++) if (d.toks[k]!.kind !== 'p') words++;
  if (words < 4) return null;
  return { start: d.toks[a]!.start, end: d.toks[b - 1]!.end };
}

/** Reads a quote-free sentence (token range [a, b)) for a speech event. */
export function speechEvent(d: Discourse, a: number, b: number): SpeechEvent | null {
  const toks = d.toks;
  // "According to X, …"
  if (lower(d, a) === 'according' && lower(d, a + 1) === 'to') {
    let k = a + 2;
    while (k < b && k < a + 16 && toks[k]!.text !== ',') k++;
    const s = k < b ? subjectAfter(d, a + 2, k) : null;
    if (s && s.name) return { speaker: s, cue: 'according to', cueTok: a, content: contentSpan(d, k + 1, b) };
  }
  // "X said (that) …": the first cue with a subject, near the start of the sentence
  for (let c = a; c < b && c < a + 30; c++) {
    const cue = cueAt(d, c);
    if (!cue || cue.participle || cue.lemma === 'according to') continue;
    const s = subjectBefore(d, c, a);
    if (!s) continue;
    if (!s.name && s.via !== 'pronoun') return { speaker: s, cue: cue.text, cueTok: c, content: null };
    // "…, Austin said." — the attribution closes the sentence: the content is before it
    let comma = c - 1;
    while (comma > a && c - comma < 9 && toks[comma]!.text !== ',') comma--;
    const restWords = (() => {
      let n = 0;
      for (let k = c + cue.len; k < b; k++) if (toks[k]!.kind !== 'p') n++;
      return n;
    })();
    // "…, the Pentagon said, in talks that …": an attribution set off by commas inside the sentence
    let after = c + cue.len;
    while (after < b && after < c + cue.len + 4 && toks[after]!.kind !== 'p') after++;
    const parenthetical = comma > a && toks[comma]!.text === ',' && after < b && toks[after]!.text === ',';
    if (comma > a && toks[comma]!.text === ',' && (restWords < 4 || parenthetical)) {
      return { speaker: s, cue: cue.text, cueTok: c, content: SPEECH_LEMMAS.has(cue.lemma) ? contentSpan(d, a, comma) : null };
    }
    let from = c + cue.len;
    if (cue.lemma === 'tell') {
      // told reporters / told the court (that) …: skip the listener
      let k = from;
      while (k < b && k < from + 6 && lower(d, k) !== 'that' && toks[k]!.kind !== 'p') k++;
      from = k < b && lower(d, k) === 'that' ? k : from + 1;
      if (lower(d, from) !== 'that' && from === c + cue.len + 1) return { speaker: s, cue: cue.text, cueTok: c, content: null };
    }
    const hasThat = lower(d, from) === 'that';
    if (hasThat) from++;
    const strong = SPEECH_LEMMAS.has(cue.lemma) && (hasThat || cue.lemma === 'say' || cue.lemma === 'tell');
    return { speaker: s, cue: cue.text, cueTok: c, content: strong ? contentSpan(d, from, b) : null };
  }
  // "…, X said." closing the sentence
  for (let c = b - 1; c >= a && c >= b - 10; c--) {
    const cue = cueAt(d, c);
    if (!cue || cue.participle || cue.lemma === 'according to') continue;
    let comma = c - 1;
    while (comma > a && c - comma < 9 && toks[comma]!.text !== ',') comma--;
    if (comma <= a || toks[comma]!.text !== ',') break;
    const s = c === comma + 1 ? subjectAfter(d, c + cue.len, b) : subjectBefore(d, c, comma + 1);
    if (!s) break;
    if (!s.name && s.via !== 'pronoun') return { speaker: s, cue: cue.text, cueTok: c, content: null };
    return { speaker: s, cue: cue.text, cueTok: c, content: SPEECH_LEMMAS.has(cue.lemma) ? contentSpan(d, a, comma) : null };
  }
  return null;
}
