// Direct quotations: quoted spans that reproduce someone's words (not scare quotes, terms or
// titles), each with its speaker, cue and a confidence; and reported speech as a separate list.
//
// One pass over the story's sentences in order. A quotation takes the attribution of its own
// sentence; with none, it continues the speaker of the quotation or reported speech before it in
// the same paragraph, or in the previous paragraph when it opens its own. A quote-free sentence
// with a reporting verb updates who spoke last (and may be listed as reported speech).
import type { Quote, ReportedSpeech, Span } from '../types';
import type { StoryText } from '../text/story-text';
import type { PeopleResult } from '../people/detect';
import { findQuoteSpans, quoteText, type QuoteSpan } from './marks';
import { Discourse, type Speaker, type SpeakerEvent } from './discourse';
import { attributeQuote, personSpeaker, sentenceSubject, type Attribution } from './attribute';
import { speechEvent } from './reported';
import { crowdCry, oneWordGoverned, quoteShape } from './shape';
import { isCaption } from '../text/captions';
import { DEMONYMS, FUNCTION_WORDS, HONORIFICS, NOT_NAME, PLACE_WORDS, PRIVATE_BODIES, PUBLIC_BODIES, ROLE_NOUNS } from '../people/lexicon';
import { isPlace } from '../people/names';
import { giveRole } from '../people/descriptions';

// Unicode-property patterns built once (a transpiler may turn such a literal into new RegExp on every call).
const NOT_WORD_RUN = /[^\p{L}\p{N}]+/gu;
/** Punctuation dropped from a long quotation's words when comparing quotations (pull quotes, repeats). */
const QUOTE_KEY_PUNCT = /[.,;:!?“”"‘’'()—–-]+/g;
const LETTER = /\p{L}/u;

/**
 * Caps that keep pathological pages (thousands of quote marks, a megabyte in one paragraph) cheap:
 * past them, quotations are not attributed and sentences not read for reported speech. Real
 * articles stay far below them.
 */
const MAX_QUOTES = 2500;
const MAX_SPEECH_SENTENCES = 4000;

export interface QuotesResult {
  quotes: Quote[];
  reported: ReportedSpeech[];
}

interface Candidate {
  span: Span;
  parts: Span[];
  open: number;
  close: number;
  closeLen: number;
  family: QuoteSpan['family'] | 'block';
  text: string;
}

/** How a quotation got its speaker. */
type How = 'direct' | 'continued' | 'context' | 'block' | 'none';

interface Speakership {
  attr: Attribution | null;
  how: How;
  /** Continued from a quotation or speech in the same paragraph. */
  samePara: boolean;
}

/** Paragraphs inside a <blockquote> (from the text model's quoteBlocks; none for plain text). */
function blockquoteParagraphs(story: StoryText): boolean[] {
  const blocks = story.quoteBlocks ?? [];
  let bi = 0;
  return story.paragraphs.map((p) => {
    while (bi < blocks.length && blocks[bi]!.end <= p.start) bi++;
    const b = blocks[bi];
    return !!b && b.start <= p.start && p.end <= b.end;
  });
}

/**
 * A <blockquote> with no quotation marks, introduced by "X said:" (or "X said,") in the paragraph
 * before it, is a quotation of X: one candidate per run of such paragraphs.
 */
function blockquoteCandidates(story: StoryText, d: Discourse, top: readonly QuoteSpan[]): Candidate[] {
  const inBlock = blockquoteParagraphs(story);
  if (!inBlock.some(Boolean)) return [];
  const text = story.text;
  const hasQuote = story.paragraphs.map(() => false);
  for (const q of top) {
    const pi = d.paraOfTok[Math.min(d.tokAt(q.open), d.toks.length - 1)];
    if (pi !== undefined && pi >= 0) hasQuote[pi] = true;
  }
  const out: Candidate[] = [];
  for (let pi = 1; pi < story.paragraphs.length; pi++) {
    if (!inBlock[pi] || inBlock[pi - 1] || hasQuote[pi]) continue;
    const lastCh = text[story.paragraphs[pi - 1]!.end - 1];
    if (lastCh !== ':' && lastCh !== ',') continue;
    const parts: Span[] = [];
    for (let pj = pi; pj < story.paragraphs.length && inBlock[pj] && !hasQuote[pj] && parts.length < 12; pj++) parts.push(story.paragraphs[pj]!);
    const t = quoteText(text, { parts });
    if (t.split(/\s+/).length < 4 || t.startsWith('[')) continue; // figures and placeholders
    out.push({ span: { start: parts[0]!.start, end: parts[parts.length - 1]!.end }, parts, open: parts[0]!.start, close: -1, closeLen: 0, family: 'block', text: t });
  }
  return out;
}

/** Who said the candidate: its own sentence's attribution, a continuation, or the context. */
function speakership(d: Discourse, story: StoryText, c: Candidate, oTok: number, nw: number): Speakership {
  const para = d.paraOfTok[Math.min(oTok, d.toks.length - 1)] ?? 0;
  if (c.family === 'block') {
    const ev = d.lastEvent(oTok);
    return ev && ev.para === para - 1
      ? { attr: { speaker: ev.speaker, cue: ev.cue ?? ':', cueTok: ev.tok, kind: 'before' }, how: 'block', samePara: false }
      : { attr: null, how: 'none', samePara: false };
  }
  const attr = attributeQuote(d, c.open, c.close, c.closeLen, c.text[c.text.length - 1] ?? '');
  if (attr) return { attr, how: 'direct', samePara: false };

  // the speaker of the quotation or speech before, in this paragraph or (for a quote opening its
  // paragraph) in the previous one
  const ev = d.lastEvent(oTok);
  const opensParagraph = oTok === (d.paras[para]?.a ?? 0);
  if (ev && (ev.para === para || (ev.para === para - 1 && opensParagraph))) {
    return { attr: { speaker: ev.speaker, cue: ev.cue, cueTok: ev.tok, kind: 'before' }, how: 'continued', samePara: ev.para === para };
  }

  // no speech verb, but the sentence before is about someone ("Sen. Sanders … identified … as one
  // of the reasons. “The younger people are …”"), or the paragraph before ends with a colon
  // ("Sanders made the following comment:")
  const si = d.sentOfTok[oTok]!;
  const prevSent = d.sents[si - 1];
  const prevPara = para > 0 ? story.paragraphs[para - 1] : undefined;
  const opensSentence = oTok === 0 || d.sentOfTok[oTok - 1] !== si;
  const colonIntro = opensParagraph && !!prevPara && story.text[prevPara.end - 1] === ':';
  let ctx: Speaker | null = null;
  if (prevSent && prevSent.para === para && !opensParagraph && opensSentence && nw >= 4) ctx = sentenceSubject(d, prevSent.a, prevSent.b);
  else if (prevSent && colonIntro) ctx = sentenceSubject(d, prevSent.a, prevSent.b);
  if (ctx && ctx.name && (ctx.kind === 'person' || colonIntro) && (ctx.via === 'name' || ctx.via === 'pronoun')) {
    return { attr: { speaker: { ...ctx, via: 'context' }, cue: null, cueTok: oTok, kind: 'before' }, how: 'context', samePara: false };
  }
  const lede = ledeSpeaker(d, story, c, para, ev);
  if (lede) return { attr: { speaker: lede, cue: null, cueTok: oTok, kind: 'next' }, how: 'context', samePara: false };
  return { attr: null, how: 'none', samePara: false };
}

/**
 * A quote-first lede: the story's first quotation stands alone as a whole paragraph, unattributed, and the
 * next paragraph opens with the person who said it ("“We lost everything.” ¶ Maria Santos, 54, has sold
 * chilies there for thirty years …"). Only before any other speech in the story, and only a named person.
 */
function ledeSpeaker(d: Discourse, story: StoryText, c: Candidate, para: number, ev: SpeakerEvent | null): Speaker | null {
  if (ev || c.close < 0) return null;
  const p = story.paragraphs[para];
  if (!p || para > LEDE_PARAGRAPHS || c.open > p.start + 1 || c.close + c.closeLen < p.end - 1) return null;
  // ("The New York Times reports: | “…”": a quotation a colon introduces is not the lede's own)
  const before = story.paragraphs[para - 1];
  if (before && /:\s*$/.test(story.text.slice(before.start, before.end))) return null;
  // (past more paragraphs that are only quotations: a lede of two or three quoted paragraphs)
  let np = para + 1;
  while (np < d.paras.length && np - para <= 3 && quoteOnly(d, np)) np++;
  const next = d.paras[np];
  if (!next) return null;
  const sent = d.sents[d.sentOfTok[next.a]!];
  if (!sent) return null;
  for (let k = sent.a; k < sent.b; k++) if (d.quoteTok[k] !== 0) return null;
  const subj = sentenceSubject(d, sent.a, sent.b);
  if (subj && subj.kind === 'person' && subj.via === 'name' && subj.person) return { ...subj, via: 'context' };
  // "The woman speaking, Sutarmi, 54, has sold chilies …": a description with the name in apposition
  if (subj && !subj.name) {
    let k = sent.a;
    while (k < sent.b && k - sent.a < 8 && d.toks[k]!.text !== ',' && d.mentionOfTok[k]! < 0) k++;
    const mi = d.toks[k]?.text === ',' ? d.mentionOfTok[k + 1]! : -1;
    const m = mi >= 0 ? d.mentions[mi]! : null;
    if (m && m.a === k + 1 && !m.possessive && d.toks[m.b]?.text === ',') return personSpeaker(m.person, 'context');
  }
  return null;
}

/** The story's opening paragraphs (after a headline), where a quote-first lede stands. */
const LEDE_PARAGRAPHS = 2;

/** Paragraph p holds nothing but quotations. */
function quoteOnly(d: Discourse, p: number): boolean {
  const para = d.paras[p]!;
  let words = 0;
  for (let k = para.a; k < para.b; k++) {
    if (d.toks[k]!.kind !== 'w') continue;
    if (d.quoteTok[k] === 0) return false;
    words++;
  }
  return words > 0;
}

/** Quotation or term? Shape, context and attribution decide. */
function isQuotation(d: Discourse, story: StoryText, c: Candidate, oTok: number, words: readonly string[], s: Speakership): boolean {
  if (c.family === 'block') return true;
  const shape = quoteShape(d, oTok, c.close, c.closeLen, words);
  const nw = words.length;
  const content = c.text;
  const { attr, how } = s;
  const direct = how === 'direct';
  // a crowd's cry or chant is a quotation of no one in particular, however short
  if (crowdCry(d, oTok)) return true;
  if (shape.term && !(attr?.kind === 'after' && nw >= 3)) return false;
  // a title-cased phrase is a title unless it is spoken: “Hopefully,” he said / “We're America.”
  const spoken = /[.!?,]$/.test(content) && ((direct && attr?.kind === 'after') || (how === 'continued' && s.samePara));
  if (shape.titleLike && !spoken) return false;
  if (shape.modifier) return false;
  if (nw <= 4 && !direct) {
    // an unattributed short phrase is a scare quote, unless it is a short spoken sentence
    // continuing the quote before it: “…,” Doherty said. “We need help.”
    const speechLike = /[.!?]$/.test(content) || /\b(?:I|we|you|my|our|me|us|I'm|I’m|we're|we’re)\b/i.test(content);
    if (!(speechLike && s.samePara && nw >= 2) && (nw <= 3 || !speechLike)) return false;
  }
  if (nw === 1 && direct && !oneWordGoverned(shape, words[0]!, attr, oTok)) return false;
  // a single-quoted phrase in a headline-like line (no closing punctuation): a headline or a link
  if (c.family === 'single') {
    const para = story.paragraphs[d.paraOfTok[Math.min(oTok, d.toks.length - 1)] ?? 0];
    if (para && !/[.!?”’"]/.test(story.text[para.end - 1] ?? '') && para.end - para.start < 200) return false;
  }
  return true;
}

/** 0..1: how sure we are that this is a quotation with this speaker. */
function confidenceOf(c: Candidate, nw: number, s: Speakership): number {
  const base: Record<How, number> = { direct: 0, continued: s.samePara ? 0.78 : 0.7, context: 0.7, block: 0.75, none: 0.5 };
  let confidence = s.how === 'direct' ? (s.attr!.kind === 'after' ? 0.95 : s.attr!.kind === 'before' ? 0.88 : 0.8) : base[s.how];
  if (nw <= 2) confidence -= 0.12;
  else if (nw <= 4) confidence -= 0.05;
  if (c.close < 0 && c.family !== 'block') confidence -= 0.1;
  if (s.attr && !s.attr.speaker.name) confidence -= 0.03;
  return Math.round(Math.max(0.05, Math.min(0.99, confidence)) * 100) / 100;
}

export function detectQuotes(story: StoryText, people: PeopleResult): QuotesResult {
  const text = story.text;
  // a nickname in quotation marks inside a person's name (Marcia "Cia" Price) is part of the name
  const insideName = (q: QuoteSpan) => {
    if (q.close < 0) return false;
    const p = people.personAt(q.open);
    return !!p && p === people.personAt(q.close);
  };
  // quotations in a photo caption left in the story text repeat or illustrate it: not the story's
  const paras = story.paragraphs;
  const captions = paras.map((p) => isCaption(text, p));
  const inCaption = (q: QuoteSpan) => {
    let lo = 0;
    let hi = paras.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (paras[mid]!.end <= q.open) lo = mid + 1;
      else hi = mid;
    }
    return lo < paras.length && !!captions[lo] && paras[lo]!.start <= q.open;
  };
  // "known universally as “Tank”", "nicknamed ‘The Postman’": a nickname, not a quotation (nor a break in the
  // sentence around it)
  const nickname = (q: QuoteSpan) => {
    if (q.close < 0 || q.end - q.start > 40) return false;
    const inner = text.slice(q.start, q.end);
    if (!/^\p{Lu}[\p{L}'’. -]*$/u.test(inner) || inner.split(/\s+/).length > 3) return false;
    return NICKNAME_LEAD.test(text.slice(Math.max(0, q.open - 30), q.open));
  };
  const top = findQuoteSpans(text, story.paragraphs).filter((q) => q.depth === 0 && !insideName(q) && !inCaption(q) && !nickname(q));
  const d = new Discourse(story, people, top);

  const candidates: Candidate[] = top.slice(0, MAX_QUOTES).map((q) => ({
    span: { start: q.start, end: q.end },
    parts: q.parts,
    open: q.open,
    close: q.close,
    closeLen: q.closeLen,
    family: q.family,
    text: quoteText(text, q),
  }));
  candidates.push(...blockquoteCandidates(story, d, top));
  candidates.sort((a, b) => a.open - b.open);
  const candTok = candidates.map((c) => d.tokAt(c.open));

  const quotes: Quote[] = [];
  const lone = new Set<Quote>();
  const reported: ReportedSpeech[] = [];
  /** Long quotations by their words, to keep a pull quote repeating the body once. */
  const seen = new Map<string, number>();

  const handle = (c: Candidate, oTok: number) => {
    if (!c.text) return;
    const words = c.text.split(/\s+/).filter(Boolean);
    let s = speakership(d, story, c, oTok, words.length);
    if (!isQuotation(d, story, c, oTok, words, s)) return;
    // "cries of ‘Shame!’ from the benches": no one in particular; the speaker before does not go on
    const crowd = c.family !== 'block' && crowdCry(d, oTok);
    if (crowd) s = { attr: null, how: 'none', samePara: false };
    const sp = s.attr?.speaker ?? null;
    const q: Quote = {
      key: '',
      start: c.span.start,
      end: c.span.end,
      text: c.text,
      speaker: sp?.name ?? null,
      speakerKind: sp?.name ? sp.kind : null,
      speakerKey: sp?.person?.key ?? null,
      speakerId: null,
      speakerDescription: sp && !sp.name ? sp.description : crowd ? text.slice(d.toks[Math.max(0, oTok - 2)]!.start, d.toks[oTok - 1]!.end) : null,
      cue: s.attr?.cue ?? null,
      confidence: confidenceOf(c, words.length, s),
    };
    if (c.parts.length > 1) q.parts = c.parts.map((p) => ({ start: p.start, end: p.end }));
    // a paragraph that is only an unattributed quotation may be a pull quote (checked at the end)
    if (s.how !== 'direct' && words.length >= 3 && c.parts.length === 1) {
      const pi = d.paraOfTok[Math.min(oTok, d.toks.length - 1)] ?? -1;
      const para = story.paragraphs[pi];
      const bare = (a: number, b: number) => b - a < 8 && /^[\s“”"‘’'«».,]*$/.test(text.slice(a, b));
      if (para && bare(para.start, c.span.start) && bare(c.span.end, para.end)) lone.add(q);
    }
    // (the words joined, then lower-cased and stripped of punctuation in one pass each: the same key as
    // word by word, since no case mapping or punctuation run crosses a space)
    const norm = words.length >= 6 ? words.join(' ').toLowerCase().replace(QUOTE_KEY_PUNCT, '') : '';
    const dup = norm ? seen.get(norm) : undefined;
    if (dup !== undefined) {
      if (quotes[dup]!.confidence >= q.confidence) return;
      quotes[dup] = q;
    } else {
      if (norm) seen.set(norm, quotes.length);
      quotes.push(q);
    }
    if (sp && s.attr) d.addEvent(s.how === 'direct' ? Math.max(s.attr.cueTok, oTok) : oTok, sp, s.attr.cue);
    if (sp && s.how === 'direct') roleFromDescription(sp);
  };

  const quoteFree = d.sents.map(() => true);
  for (let k = 0; k < d.toks.length; k++) if (d.quoteTok[k] !== 0) quoteFree[d.sentOfTok[k]!] = false;
  let ci = 0;
  let speechSentences = 0;
  for (let si = 0; si < d.sents.length && (ci < candidates.length || speechSentences < MAX_SPEECH_SENTENCES); si++) {
    const sent = d.sents[si]!;
    let any = false;
    for (; ci < candidates.length && candTok[ci]! < sent.b; ci++) {
      if (ci < MAX_QUOTES) handle(candidates[ci]!, candTok[ci]!);
      any = true;
    }
    if (any || !quoteFree[si] || sent.b - sent.a < 3 || ++speechSentences > MAX_SPEECH_SENTENCES) continue;
    const ev = speechEvent(d, sent.a, sent.b);
    if (!ev) continue;
    d.addEvent(ev.cueTok, ev.speaker, ev.cue);
    roleFromDescription(ev.speaker);
    if (ev.content && ev.speaker.name) {
      reported.push({
        key: `r${reported.length}`,
        start: ev.content.start,
        end: ev.content.end,
        text: text.slice(ev.content.start, ev.content.end),
        speaker: ev.speaker.name,
        speakerKind: ev.speaker.kind,
        speakerKey: ev.speaker.person?.key ?? null,
        speakerId: null,
        cue: ev.cue,
        confidence: ev.speaker.via === 'name' || ev.speaker.via === 'org' ? 0.5 : 0.4,
      });
    }
  }
  for (; ci < candidates.length && ci < MAX_QUOTES; ci++) handle(candidates[ci]!, candTok[ci]!);
  // a pull quote: a paragraph of its own, unattributed, that repeats part of a longer quotation
  if (lone.size) {
    const norm = (t: string) => t.toLowerCase().replace(NOT_WORD_RUN, ' ').trim();
    const body = quotes.filter((q) => !lone.has(q)).map((q) => norm(q.text)).join('\u0001');
    const present = new Set(quotes);
    const drop = new Set<Quote>();
    let checked = 0;
    // the quotations' text with each boundary padded by spaces, for whole-word tests (built once, when needed)
    let spaced: string | null = null;
    for (const q of lone) {
      if (!present.has(q)) continue; // replaced by the same words attributed
      if (++checked > 50) break;
      const n = norm(q.text);
      // (a short one only as whole words: “Not for sale.” repeating “We are not for sale,” she said)
      if (n && (n.split(' ').length >= 5 ? body.includes(n) : (spaced ??= `\u0001${body}\u0001`.replace(/\u0001/g, ' \u0001 ')).includes(` ${n} `))) drop.add(q);
    }
    if (drop.size) quotes.splice(0, quotes.length, ...quotes.filter((q) => !drop.has(q)));
  }
  quotes.sort((a, b) => a.start - b.start);
  nameDescribedSpeakers(text, quotes, people);
  namedInNextParagraph(story, quotes, people);
  oneWordPersons(text, quotes);
  quotes.forEach((q, i) => (q.key = `q${i}`));
  return { quotes, reported };
}

/** Openings of a paragraph that give the speaker of the quotation standing alone before it. */
const NAMED_NEXT = /^(?:that(?:’s|'s| is| was)|this is|such is|so) (?:how|what|the view of)\b|^(?:so|thus) (?:says|said|writes|wrote)\b|^(?:those|these) (?:are|were) the words of\b/i;

/**
 * “We have waited thirty years.” ¶ That is how Rosa X, who runs the store, describes the mood: a quotation
 * alone in its paragraph whose speaker the next paragraph names at once.
 */
function namedInNextParagraph(story: StoryText, quotes: Quote[], people: PeopleResult): void {
  const text = story.text;
  const paras = story.paragraphs;
  let pi = 0;
  for (const q of quotes) {
    if (q.speaker || q.parts) continue;
    while (pi < paras.length && paras[pi]!.end <= q.start) pi++;
    const para = paras[pi];
    const next = paras[pi + 1];
    if (!para || !next || para.start > q.start) continue;
    if (!/^[\s“"‘']*$/.test(text.slice(para.start, q.start)) || !/^[\s”"’'.,!?]*$/.test(text.slice(q.end, para.end))) continue;
    const head = text.slice(next.start, Math.min(next.end, next.start + 240));
    if (!NAMED_NEXT.test(head)) continue;
    const stop = head.search(/[.!?](?:\s|$)/);
    const limit = next.start + (stop < 0 ? head.length : stop);
    let best: { at: number; person: NonNullable<ReturnType<PeopleResult['personAt']>> } | null = null;
    for (const p of people.people) {
      for (const m of p.mentions) {
        if (m.start >= next.start && m.start < limit && (!best || m.start < best.at)) best = { at: m.start, person: p };
      }
    }
    if (!best) continue;
    q.speaker = best.person.name;
    q.speakerKind = 'person';
    q.speakerKey = best.person.key;
    q.speakerDescription = null;
  }
}

/**
 * “…,” the Conservative MP said, of a person the story named with no role: the description is the role the
 * story gives them (and says whether they hold a public post). A role the people stage read stays.
 */
function roleFromDescription(sp: Speaker): void {
  const p = sp.person;
  if (!p || p.roleInText || sp.via !== 'role' || !sp.roleText) return;
  const role = sp.roleText.replace(/[\s,;:]+$/, '');
  if (role.split(/\s+/).length <= MAX_DESCRIPTION_WORDS) giveRole(p, role);
}
const MAX_DESCRIPTION_WORDS = 8;

/** Words that introduce a nickname in quotation marks ("known as", "nicknamed", "dubbed"). */
const NICKNAME_LEAD = /(?:\bknown\s+(?:\p{L}+\s+)?as|\bnicknamed|\bdubbed)\s*$/iu;

/** A single capitalised word, not an acronym ("Vogel", not "NATO"). */
const ONE_WORD_NAME = /^\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)?$/u;
/** First person plural and singular in a quotation: an organisation speaks as "we", a person as "I". */
const FIRST_PLURAL = /(?:^|[^\p{L}])(?:we|We|our|Our|us)(?![\p{L}])/u;
const FIRST_SINGULAR = /(?:^|[^\p{L}])(?:I|I['’]m|I['’]ve|I['’]ll|I['’]d|my|me)(?![\p{L}])/u;

/**
 * “He's just playing terrific basketball,” Vogel said: a bare surname that people detection did not take (the
 * person is named only inside a quotation, or by one name) reads like an organisation's name. It is a person's
 * when the word is no organisation, place or group word, is never "the X", and the story quotes it speaking in
 * the first person singular or names it inside a quotation.
 */
function oneWordPersons(text: string, quotes: Quote[]): void {
  const verdict = new Map<string, boolean>();
  for (const q of quotes) {
    if (q.speakerKind !== 'organization' || !q.speaker || !ONE_WORD_NAME.test(q.speaker)) continue;
    const name = q.speaker;
    if (!verdict.has(name)) verdict.set(name, personalWord(text, quotes, name));
    if (verdict.get(name)) q.speakerKind = 'person';
  }
}
function personalWord(text: string, quotes: Quote[], name: string): boolean {
  const k = name.toLowerCase();
  if (NOT_NAME.has(k) || PUBLIC_BODIES.has(k) || PRIVATE_BODIES.has(k) || DEMONYMS.has(k) || PLACE_WORDS.has(k) || isPlace(k) || FUNCTION_WORDS.has(k) || ROLE_NOUNS.has(k)) return false;
  let spokenAsPerson = false;
  let spokenAsBody = false;
  let namedInQuote = false;
  for (const q of quotes) {
    if (q.speaker === name && FIRST_SINGULAR.test(q.text)) spokenAsPerson = true;
    if (q.speaker === name && FIRST_PLURAL.test(q.text)) spokenAsBody = true;
    if (q.speaker !== name && wordAt(q.text, name) >= 0) namedInQuote = true;
  }
  let titled = false;
  let pronoun = false;
  for (let i = wordAt(text, name); i >= 0; i = wordAt(text, name, i + 1)) {
    // "the X": a thing's name somewhere in the story
    const before = text.slice(Math.max(0, i - 4), i).toLowerCase();
    if (before === 'the ') return false;
    // "Coach X", "coach (Frank) X", "Mr. X": a person's title before the word
    const m = TITLE_BEFORE.exec(text.slice(Math.max(0, i - 40), i));
    if (m && (ROLE_NOUNS.has(m[1]!.toLowerCase()) || HONORIFICS.has(m[1]!.toLowerCase()))) titled = true;
    // "X said he was available": a person's pronoun after the word
    if (PRONOUN_AFTER.test(text.slice(i + name.length, i + name.length + 24))) pronoun = true;
  }
  // (a body speaks as "we": “We invest significant resources,” Meta said)
  return spokenAsPerson || titled || pronoun || (namedInQuote && !spokenAsBody);
}
/** A title before a word, with a given name in brackets between ("coach (Frank) "). */
const TITLE_BEFORE = /(\p{L}+)\.?\s+(?:\(\p{Lu}\p{Ll}+\)\s+)?$/u;
/** "said he", "says that she": a person's pronoun as the subject of what the word reported. */
const PRONOUN_AFTER = /^\s+(?:said|says|added|told\s+\p{L}+)\s+(?:that\s+)?(?:he|she)\b/u;
/** Index of `w` as a whole word in `s` from `from`, or -1. */
function wordAt(s: string, w: string, from = 0): number {
  for (let i = s.indexOf(w, from); i >= 0; i = s.indexOf(w, i + 1)) {
    if (!LETTER.test(s[i - 1] ?? ' ') && !LETTER.test(s[i + w.length] ?? ' ')) return i;
  }
  return -1;
}

/** Words that end the head of a description ("the man | across the table"). */
const DESCRIPTION_STOPS = new Set(['across', 'at', 'in', 'on', 'from', 'with', 'by', 'of', 'behind', 'beside', 'near', 'next', 'who', 'that', 'whose', 'outside', 'inside', 'opposite']);
/** How far after a quotation the story may name its described speaker ("The man, Dale X, 58,"). */
const NAMED_LATER_WINDOW = 1200;

/**
 * “Cough,” says the man across the table. … The man, Dale X, 58, laughs: a speaker described at the quotation
 * and named a little later by the same description set off before the name. Gives the described quotations
 * that person.
 */
function nameDescribedSpeakers(text: string, quotes: Quote[], people: PeopleResult): void {
  const found = new Map<string, { person: NonNullable<ReturnType<PeopleResult['personAt']>>; at: number } | null>();
  for (const q of quotes) {
    if (q.speaker || !q.speakerDescription) continue;
    const m = /^(?:the|a|an)\s+(.{1,60})$/i.exec(q.speakerDescription.trim());
    if (!m) continue;
    const ws = m[1]!.split(/\s+/);
    let h = 0;
    while (h < ws.length && !DESCRIPTION_STOPS.has(ws[h]!.toLowerCase())) h++;
    const head = ws[h - 1]?.toLowerCase();
    if (!head || !/^[a-z-]{3,}$/.test(head)) continue;
    let hit = found.get(head);
    if (hit === undefined || (hit && hit.at < q.end)) {
      hit = null;
      const from = q.end;
      const slice = text.slice(from, from + NAMED_LATER_WINDOW);
      const needle = `he ${head}, `;
      for (let i = slice.indexOf(needle); i >= 0; i = slice.indexOf(needle, i + 1)) {
        const c = slice[i - 1];
        if (c !== 'T' && c !== 't') continue;
        if (i > 1 && LETTER.test(slice[i - 2]!)) continue;
        const at = from + i + needle.length;
        const person = people.personAt(at);
        if (person && person.mentions.some((x) => x.start === at && x.text.includes(' '))) {
          hit = { person, at };
          break;
        }
      }
      found.set(head, hit);
    }
    if (!hit) continue;
    q.speaker = hit.person.name;
    q.speakerKind = 'person';
    q.speakerKey = hit.person.key;
    q.speakerDescription = null;
  }
}
