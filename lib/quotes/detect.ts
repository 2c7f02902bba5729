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
import { Discourse, type Speaker } from './discourse';
import { attributeQuote, cueAt, sentenceSubject, type Attribution } from './attribute';
import { speechEvent } from './reported';
import { CLAUSE_WORDS, DETERMINERS, PREPOSITIONS, REPORTING_VERBS, SUBJECT_PRONOUNS, TERM_CUES } from './verbs';

/** Words after a quoted phrase that show it is not a modifier inside a noun phrase. */
const FUNCTION_AFTER = new Set([
  ...PREPOSITIONS, ...DETERMINERS, ...CLAUSE_WORDS, ...SUBJECT_PRONOUNS, 'and', 'or', 'nor', 'is', 'was', 'are', 'were',
  'has', 'had', 'have', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'did', 'does', 'do',
  'not', 'said', 'says', 'told', 'also', 'to', 'him', 'her', 'them', 'us', 'me', 'then', 'now', 'again', 'too',
]);

/** A reporting verb right at token k ("warning of “…”", "spoke of “…”"). */
function cueBefore(d: Discourse, k: number): boolean {
  return k >= 0 && cueAt(d, k) !== null;
}

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

const isLetterChar = (ch: string) => ch.toLowerCase() !== ch.toUpperCase();
const letterCount = (w: string) => {
  let n = 0;
  for (const ch of w) if (isLetterChar(ch)) n++;
  return n;
};
/** The first letter of the word is upper case ("“Mini", "Mike"). */
const startsUpper = (w: string) => {
  for (const ch of w) if (isLetterChar(ch)) return ch === ch.toUpperCase();
  return false;
};

/**
 * A short quoted phrase in Title Case is a title or a name of a thing, not a quotation. When the
 * quote opens a sentence its first word is capitalised anyway and does not count.
 */
function looksLikeTitle(text: string, sentenceInitial: boolean): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length > 8) return false;
  const rest = sentenceInitial ? words.slice(1) : words;
  const content = rest.filter((w) => letterCount(w) > 3);
  if (!content.length) return !sentenceInitial && words.length === 1 && startsUpper(words[0]!);
  return content.every(startsUpper);
}

/** Paragraphs inside a <blockquote> (DOM stories only). */
function blockquoteParagraphs(story: StoryText): boolean[] {
  const flags = story.paragraphs.map(() => false);
  const segs = story.segments;
  if (!segs.length) return flags;
  let si = 0;
  story.paragraphs.forEach((p, pi) => {
    while (si < segs.length && segs[si]!.end <= p.start) si++;
    const seg = segs[si];
    if (!seg || seg.start >= p.end) return;
    let node: Node | null = seg.node.parentNode;
    for (let depth = 0; node && depth < 40; depth++, node = node.parentNode) {
      if (node.nodeName === 'BLOCKQUOTE') {
        flags[pi] = true;
        break;
      }
    }
  });
  return flags;
}

const ONE_WORD_GOVERNORS = new Set([
  'was', 'is', 'were', 'are', 'be', 'been', 'being', 'as', 'it', 'them', 'him', 'her', 'that', 'a', 'an', 'remain',
  'remained', 'remains', 'seemed', 'seems', 'sounded', 'looked', 'felt', 'feel', 'become', 'became', 'very', 'so',
  'too', 'totally', 'absolutely', 'simply', 'just', 'not', 'more', 'most', 'less', 'quite', 'really', 'truly',
  'increasingly', 'deeply', 'extremely', 'completely', 'entirely', 'utterly', 'this', 'something', 'anything',
  'nothing', 'me', 'us', 'you', 'himself', 'herself', 'themselves', 'getting', 'got', 'get', 'appear', 'appeared',
]);

export function detectQuotes(story: StoryText, people: PeopleResult): QuotesResult {
  const text = story.text;
  const spans = findQuoteSpans(text, story.paragraphs);
  const top = spans.filter((q) => q.depth === 0);
  const d = new Discourse(story, people, top);
  const inBlock = blockquoteParagraphs(story);

  const candidates: Candidate[] = top.slice(0, MAX_QUOTES).map((q) => ({
    span: { start: q.start, end: q.end },
    parts: q.parts,
    open: q.open,
    close: q.close,
    closeLen: q.closeLen,
    family: q.family,
    text: quoteText(text, q),
  }));
  // A <blockquote> with no quotation marks, introduced by "X said:" in the paragraph before it, is a
  // quotation of X.
  const hasQuote = story.paragraphs.map(() => false);
  for (const q of top) {
    const pi = d.paraOfTok[Math.min(d.tokAt(q.open), d.toks.length - 1)];
    if (pi !== undefined && pi >= 0) hasQuote[pi] = true;
  }
  for (let pi = 1; pi < story.paragraphs.length; pi++) {
    if (!inBlock[pi] || inBlock[pi - 1] || hasQuote[pi]) continue;
    const prev = story.paragraphs[pi - 1]!;
    const lastCh = text[prev.end - 1];
    if (lastCh !== ':' && lastCh !== ',') continue;
    let pj = pi;
    const parts: Span[] = [];
    while (pj < story.paragraphs.length && inBlock[pj] && !hasQuote[pj] && parts.length < 12) parts.push(story.paragraphs[pj++]!);
    const t = quoteText(text, { parts });
    if (t.split(/\s+/).length < 4 || /^\[/.test(t)) continue;
    candidates.push({ span: { start: parts[0]!.start, end: parts[parts.length - 1]!.end }, parts, open: parts[0]!.start, close: -1, closeLen: 0, family: 'block', text: t });
  }
  candidates.sort((a, b) => a.open - b.open);

  const quotes: Quote[] = [];
  const reported: ReportedSpeech[] = [];
  const seen = new Map<string, number>();
  let ci = 0;
  const candTok = candidates.map((c) => d.tokAt(c.open));

  const handle = (c: Candidate, oTok: number) => {
    const content = c.text;
    if (!content) return;
    const words = content.split(/\s+/).filter(Boolean);
    const nw = words.length;
    const para = d.paraOfTok[Math.min(oTok, d.toks.length - 1)] ?? 0;
    const paraTokA = d.paras[para]?.a ?? 0;
    let attr: Attribution | null = null;
    let how: 'direct' | 'continued' | 'block' | 'none' = 'none';
    let sameParaCont = false;
    if (c.family === 'block') {
      const ev = d.lastEvent(oTok);
      if (ev && ev.para === para - 1) {
        attr = { speaker: ev.speaker, cue: ev.cue ?? ':', cueTok: ev.tok, kind: 'before' };
        how = 'block';
      }
    } else {
      const lastCh = content[content.length - 1] ?? '';
      attr = attributeQuote(d, c.open, c.close, c.closeLen, lastCh);
      if (attr) how = 'direct';
      else {
        const ev = d.lastEvent(oTok);
        const opensParagraph = oTok === paraTokA;
        if (ev && (ev.para === para || (ev.para === para - 1 && opensParagraph))) {
          attr = { speaker: ev.speaker, cue: ev.cue, cueTok: ev.tok, kind: 'before' };
          how = 'continued';
          sameParaCont = ev.para === para;
        } else {
          // no speech verb, but the sentence before is about someone: "Sen. Sanders … identified …
          // as one of the reasons. “The younger people are …”"; or the paragraph before ends with a
          // colon: "Sanders made the following comment:"
          const si = d.sentOfTok[oTok]!;
          const prevSent = d.sents[si - 1];
          const prevPara = para > 0 ? story.paragraphs[para - 1] : undefined;
          let ctx: Speaker | null = null;
          const opensSentence = oTok === 0 || d.sentOfTok[oTok - 1] !== si;
          const colonIntro = opensParagraph && !!prevPara && text[prevPara.end - 1] === ':';
          if (prevSent && prevSent.para === para && !opensParagraph && opensSentence && nw >= 4) ctx = sentenceSubject(d, prevSent.a, prevSent.b);
          else if (prevSent && colonIntro) ctx = sentenceSubject(d, prevSent.a, prevSent.b);
          if (ctx && ctx.name && (ctx.kind === 'person' || colonIntro) && (ctx.via === 'name' || ctx.via === 'pronoun')) {
            attr = { speaker: { ...ctx, via: 'context' }, cue: null, cueTok: oTok, kind: 'before' };
            how = 'continued';
            sameParaCont = false;
          }
        }
      }
    }

    // Quotation or term? Shape, context and attribution decide.
    const prevTok = d.toks[oTok - 1];
    const prev2 = d.toks[oTok - 2];
    const pw = prevTok && d.paraOfTok[oTok - 1] === para ? prevTok.text.toLowerCase() : '';
    const pw2 = prev2 && d.paraOfTok[oTok - 2] === para ? prev2.text.toLowerCase() : '';
    const afterTok = c.close >= 0 ? d.toks[d.tokAt(c.close + c.closeLen)] : undefined;
    // a name given to a thing: "a group called “…”", "the so-called “…”", "the word “…”"
    const naming = /^(?:called|named|dubbed|nicknamed|titled|entitled|labeled|labelled|branded)$/.test(pw) && !!prev2 && prev2.kind === 'w' && !/^[A-Z]/.test(prev2.text) && !SUBJECT_PRONOUNS.has(pw2) && !/^(?:also|then|once|repeatedly|publicly|who|which|that)$/.test(pw2);
    const termContext = naming || TERM_CUES.has(pw) || TERM_CUES.has(pw2) || (pw === 'as' && (pw2 === 'known' || pw2 === 'such')) || (pw === 'of' && nw <= 2 && !cueBefore(d, oTok - 2));
    // a quoted sentence: after a sentence end, a colon, or a comma ("she said, “Don't do it”")
    const sentenceInitial = oTok === 0 || d.sentOfTok[oTok - 1] !== d.sentOfTok[oTok] || pw === ':' || pw === ';' || pw === '—' || pw === ',';
    const titleLike = looksLikeTitle(content, sentenceInitial);
    // a quoted modifier inside a noun phrase: "Israel’s “deliberate” aid ban", "the new “dot plot” chart"
    const npInternal = nw <= 2 && !/[,.;:!?]$/.test(content) && !!afterTok && afterTok.kind === 'w' && !/^[A-Z]/.test(afterTok.text) && d.sentOfTok[d.tokAt(c.close + c.closeLen)] === d.sentOfTok[oTok] && !FUNCTION_AFTER.has(afterTok.text.toLowerCase()) && ((DETERMINERS.has(pw) && pw !== 'a' && pw !== 'an') || /['’]s$/.test(pw) || prevTok?.kind === 'n' || /^(?:new|old|so-called|latest|first|last|own|same|other|such)$/.test(pw));
    const direct = how === 'direct' || how === 'block';
    if (c.family !== 'block') {
      if (termContext && !(attr?.kind === 'after' && nw >= 3)) return;
      const spoken = /[.!?,]$/.test(content) && ((direct && attr?.kind === 'after') || (how === 'continued' && sameParaCont));
      if (titleLike && !spoken) return;
      if (npInternal) return;
      if (nw <= 4 && !direct) {
        const speechLike = /[.!?]$/.test(content) || /\b(?:I|we|you|my|our|me|us|I'm|I’m|we're|we’re)\b/i.test(content);
        // “…,” Doherty said. “We need help.”: a short sentence continuing the quote before it
        if (!(speechLike && sameParaCont && nw >= 2) && (nw <= 3 || !speechLike)) return;
      }
      if (nw === 1 && direct) {
        const governed = ONE_WORD_GOVERNORS.has(pw) || REPORTING_VERBS.has(pw) || pw === ':' || (attr?.kind === 'after' && /[,.!?]$/.test(content)) || (attr?.kind === 'before' && oTok - attr.cueTok <= 6 && !/^(?:of|to|for|the)$/.test(pw));
        if (!governed) return;
      }
      // a single-quoted phrase in a headline-like line (no closing punctuation): a headline or a link
      if (c.family === 'single') {
        const p = story.paragraphs[para];
        const last = p ? text[p.end - 1] : '.';
        if (p && !/[.!?”’"]/.test(last ?? '') && p.end - p.start < 200) return;
      }
    }

    let confidence = how === 'none' ? 0.5 : how === 'continued' ? (sameParaCont ? 0.78 : 0.7) : how === 'block' ? 0.75 : attr!.kind === 'after' ? 0.95 : attr!.kind === 'before' ? 0.88 : 0.8;
    if (nw <= 2) confidence -= 0.12;
    else if (nw <= 4) confidence -= 0.05;
    if (c.close < 0 && c.family !== 'block') confidence -= 0.1;
    if (attr && !attr.speaker.name) confidence -= 0.03;
    confidence = Math.max(0.05, Math.min(0.99, confidence));

    const sp: Speaker | null = attr?.speaker ?? null;
    const q: Quote = {
      key: '',
      start: c.span.start,
      end: c.span.end,
      text: content,
      speaker: sp?.name ?? null,
      speakerKind: sp?.name ? sp.kind : null,
      speakerKey: sp?.person?.key ?? null,
      speakerId: null,
      speakerDescription: sp && !sp.name ? sp.description : null,
      cue: attr?.cue ?? null,
      confidence: Math.round(confidence * 100) / 100,
    };
    // the same long quotation twice (a pull quote repeating the body): keep the better attributed
    const norm = words.length >= 6 ? words.map((w) => w.toLowerCase().replace(/[.,;:!?“”"‘’'()—–-]+/g, '')).join(' ') : '';
    const dup = norm ? seen.get(norm) : undefined;
    if (dup !== undefined) {
      const other = quotes[dup]!;
      if (other.confidence >= q.confidence) return;
      quotes[dup] = q;
    } else {
      if (norm) seen.set(norm, quotes.length);
      quotes.push(q);
    }
    if (sp && attr) d.addEvent(how === 'direct' ? Math.max(attr.cueTok, oTok) : oTok, sp, attr.cue);
  };

  const quoteFree = d.sents.map(() => true);
  for (let k = 0; k < d.toks.length; k++) if (d.quoteTok[k] !== 0) quoteFree[d.sentOfTok[k]!] = false;
  let speechSentences = 0;
  for (let si = 0; si < d.sents.length && (ci < candidates.length || speechSentences < MAX_SPEECH_SENTENCES); si++) {
    const sent = d.sents[si]!;
    let any = false;
    while (ci < candidates.length && candTok[ci]! < sent.b) {
      if (ci < MAX_QUOTES) handle(candidates[ci]!, candTok[ci]!);
      ci++;
      any = true;
    }
    if (any) continue;
    if (!quoteFree[si] || sent.b - sent.a < 3 || ++speechSentences > MAX_SPEECH_SENTENCES) continue;
    const ev = speechEvent(d, sent.a, sent.b);
    if (!ev) continue;
    d.addEvent(ev.cueTok, ev.speaker, ev.cue);
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
  quotes.sort((a, b) => a.start - b.start);
  quotes.forEach((q, i) => (q.key = `q${i}`));
  return { quotes, reported };
}
