// Direct quotations: quoted spans that reproduce someone's words (not scare quotes, terms or titles),
// each with its speaker, cue and a confidence. Continuation: a quote with no attribution of its own
// keeps the speaker of the quote before it in the paragraph, or of the previous paragraph's quotes.
import type { Person, Quote, ReportedSpeech, Span } from '../types';
import type { StoryText } from '../text/story-text';
import type { PeopleResult } from '../people/detect';
import { findQuoteSpans, quoteText, type QuoteSpan } from './marks';
import { attribute, NO_ATTRIBUTION, type Attribution, type AttributionContext } from './attribute';
import { sentenceSpans } from '../text/sentences';
import { tokenize, isCapitalised } from '../text/tokens';
import { REPORTING_VERBS } from './verbs';

export interface QuotesResult {
  quotes: Quote[];
  reported: ReportedSpeech[];
}

function containing(spans: readonly Span[], offset: number): Span | undefined {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const s = spans[lo];
  return s && s.start <= offset ? s : undefined;
}

/** A short quoted phrase in Title Case is a title or a name of a thing, not a quotation. */
function looksLikeTitle(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length > 8) return false;
  const content = words.filter((w) => w.length > 3);
  return content.length > 0 && content.every((w) => /^[A-Z0-9]/.test(w));
}

export function detectQuotes(story: StoryText, people: PeopleResult): QuotesResult {
  const text = story.text;
  const spans = findQuoteSpans(text, story.paragraphs).filter((q) => q.depth === 0);
  // sentences of each paragraph, built lazily
  const sentCache = new Map<Span, Span[]>();
  const sentenceAt = (offset: number): Span => {
    const para = containing(story.paragraphs, offset) ?? { start: offset, end: offset };
    let sents = sentCache.get(para);
    if (!sents) {
      sents = sentenceSpans(text, para);
      sentCache.set(para, sents);
    }
    return containing(sents, offset) ?? para;
  };
  const lastPerson = (at: number): Person | null => {
    let best: Person | null = null;
    let bestAt = -1;
    for (const p of people.people) {
      for (const m of p.mentions) if (m.start < at && m.start > bestAt) {
        bestAt = m.start;
        best = p;
      }
    }
    return best;
  };
  const ctx: AttributionContext = { text, people, lastPerson };

  const quotes: Quote[] = [];
  let prev: { span: QuoteSpan; attr: Attribution; para: Span | undefined } | null = null;
  for (let qi = 0; qi < spans.length; qi++) {
    const q = spans[qi]!;
    const content = quoteText(text, q);
    if (!content) continue;
    const openAt = q.open;
    const closeAt = q.close >= 0 ? q.close : q.end;
    const para = containing(story.paragraphs, openAt);
    const nextOpen = spans[qi + 1]?.open ?? -1;
    const prevClose = prev ? (prev.span.close >= 0 ? prev.span.close + 1 : prev.span.end) : -1;
    let attr = attribute(ctx, q, sentenceAt(openAt), sentenceAt(closeAt), prevClose, nextOpen);
    let continued = false;
    if (attr.speaker === null && attr.description === null && prev && prev.attr.position !== 'none') {
      const samePara = prev.para === para;
      const paraStartsWithQuote = para && text.slice(para.start, openAt).trim() === '';
      // a new name between the two quotes breaks the chain
      const between = text.slice(prevClose, openAt);
      const newName = people.people.some((p) => p !== prev!.attr.person && p.mentions.some((m) => m.start >= prevClose && m.end <= openAt));
      if ((samePara || paraStartsWithQuote) && !newName && between.length < 600) {
        attr = { ...prev.attr, strength: prev.attr.strength * 0.85, position: prev.attr.position };
        continued = true;
      }
    }
    const words = content.split(/\s+/).filter(Boolean).length;
    // Decide quotation vs. term: attribution, length and shape.
    let confidence = attr.strength > 0 ? 0.55 + 0.4 * attr.strength : 0.35;
    if (words >= 6) confidence += 0.1;
    if (words <= 2 && !continued) confidence -= 0.3;
    if (looksLikeTitle(content) && words <= 6) confidence -= 0.35;
    if (q.close < 0) confidence -= 0.1;
    const isScare = words <= 3 && attr.position === 'none';
    confidence = Math.max(0, Math.min(1, confidence));
    if (isScare || confidence < 0.3) continue;
    quotes.push({
      key: `q${quotes.length}`,
      start: q.start,
      end: q.end,
      text: content,
      speaker: attr.speaker,
      speakerKind: attr.speakerKind,
      speakerKey: attr.person?.key ?? null,
      speakerId: null,
      speakerDescription: attr.speaker ? null : attr.description,
      cue: attr.cue,
      confidence: Math.round(confidence * 100) / 100,
    });
    prev = { span: q, attr: attr === NO_ATTRIBUTION ? attr : attr, para };
  }
  return { quotes, reported: detectReported(story, people, spans, ctx) };
}

/** Indirect speech: "X said (that) …" with no quotation marks, as a lower-confidence category. */
function detectReported(story: StoryText, people: PeopleResult, spans: QuoteSpan[], ctx: AttributionContext): ReportedSpeech[] {
  const text = story.text;
  const out: ReportedSpeech[] = [];
  const quoted = (s: number, e: number) => spans.some((q) => q.open < e && (q.close >= 0 ? q.close : q.end) > s);
  for (const para of story.paragraphs) {
    for (const sent of sentenceSpans(text, para)) {
      if (quoted(sent.start, sent.end)) continue;
      const toks = tokenize(text, sent.start, sent.end);
      for (let k = 1; k < toks.length - 3; k++) {
        const w = toks[k]!.text.toLowerCase();
        if (!(w === 'said' || w === 'says' || w === 'told' || w === 'warned' || w === 'argued' || w === 'insisted' || w === 'claimed' || w === 'added')) continue;
        // subject: a person mention or pronoun right before the verb
        const subjTok = toks[k - 1]!;
        const person = people.personAt(subjTok.start);
        const pron = /^(?:he|she)$/i.test(subjTok.text) ? ctx.lastPerson(subjTok.start) : null;
        const who = person ?? pron;
        if (!who && !(isCapitalised(subjTok) && REPORTING_VERBS.has(w))) continue;
        let s = k + 1;
        if (w === 'told') s++; // told <someone>
        if (toks[s]?.text.toLowerCase() === 'that') s++;
        const from = toks[s];
        if (!from || from.kind === 'p') continue;
        let end = sent.end;
        while (end > from.start && /[\s.]/.test(text[end - 1]!)) end--;
        if (end - from.start < 20) continue;
        out.push({
          key: `r${out.length}`,
          start: from.start,
          end,
          text: text.slice(from.start, end),
          speaker: who ? who.name : null,
          speakerKind: who ? 'person' : null,
          speakerKey: who?.key ?? null,
          speakerId: null,
          cue: w,
          confidence: who ? 0.5 : 0.3,
        });
        break;
      }
    }
  }
  return out;
}
