// Runs the lib/ pipeline on one CLI input and shapes the result for output. Shared by annotate,
// eval and the benchmarks, so they all measure the same thing.
import type { Annotations } from '../../lib/types';
import { annotate, annotateText, type AnnotateOptions } from '../../lib/pipeline';
import { parseHtml } from './dom';
import type { Input } from './inputs';

export interface RunResult {
  annotations: Annotations;
  parseMs: number;
}

export function runInput(input: Input, opts: AnnotateOptions = {}): RunResult {
  if (input.kind === 'text') {
    return { annotations: annotateText(input.content, { ...opts, url: input.url }).annotations, parseMs: 0 };
  }
  const t = performance.now();
  const doc = parseHtml(input.content);
  const parseMs = performance.now() - t;
  if (!doc.documentElement || !doc.body) throw new Error(`${input.name}: not parseable as HTML`);
  // The CLI annotates every input, news or not; the extension is what skips non-news pages.
  const result = annotate(doc, { ...opts, url: input.url ?? undefined, force: true });
  return { annotations: result.annotations, parseMs };
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** The `annotate --format jsonl` record (fields may be added, never removed or renamed). */
export function jsonlRecord(file: string, a: Annotations) {
  return {
    file,
    news: { isNews: a.news.isNews, score: a.news.score, signals: a.news.signals },
    article: { title: a.article.title, published: a.article.published, language: a.article.language, textLength: a.article.textLength },
    quotes: a.quotes.map((q) => ({
      text: q.text,
      start: q.start,
      end: q.end,
      speaker: q.speaker,
      speakerId: q.speakerId,
      cue: q.cue,
      confidence: q.confidence,
      speakerKind: q.speakerKind,
      speakerDescription: q.speakerDescription,
    })),
    people: a.people.map((p) => ({
      name: p.name,
      id: p.id,
      official: p.official,
      roleInText: p.roleInText,
      role: p.role,
      mentions: p.mentions.length,
      stillHeld: p.context?.stillHeld ?? null,
    })),
    reported: a.reported.map((r) => ({ text: r.text, start: r.start, end: r.end, speaker: r.speaker, cue: r.cue, confidence: r.confidence })),
    partial: a.partial,
    timing: { ms: r3(a.timing.ms), stages: a.timing.stages },
  };
}

/** A readable summary: speakers and their quotes, officials and roles. */
export function textSummary(file: string, a: Annotations): string {
  const lines: string[] = [];
  lines.push(`== ${file}`);
  lines.push(`${a.news.isNews ? 'News article' : 'Not detected as news'} (score ${a.news.score}: ${a.news.signals.join(', ')})`);
  if (a.article.title) lines.push(`Title: ${a.article.title}`);
  if (a.article.published) lines.push(`Published: ${a.article.published}`);
  const bySpeaker = new Map<string, typeof a.quotes>();
  for (const q of a.quotes) {
    const k = q.speaker ?? (q.speakerDescription ? `(unnamed: ${q.speakerDescription})` : '(unattributed)');
    bySpeaker.set(k, [...(bySpeaker.get(k) ?? []), q]);
  }
  lines.push('', `Quotes: ${a.quotes.length}`);
  for (const [speaker, qs] of [...bySpeaker].sort((x, y) => y[1].length - x[1].length)) {
    lines.push(`  ${speaker} (${qs.length})`);
    for (const q of qs) lines.push(`    “${q.text}”  [${q.cue ?? '-'}, ${q.confidence}]`);
  }
  const officials = a.people.filter((p) => p.official);
  const others = a.people.filter((p) => !p.official);
  lines.push('', `Officials: ${officials.length}`);
  for (const p of officials) lines.push(`  ${p.name}${p.roleInText ? ` — ${p.roleInText}` : ''}${p.role ? ` [dataset: ${p.role}]` : ''} (${p.mentions.length} mentions)`);
  lines.push('', `Other people: ${others.length}`);
  for (const p of others) lines.push(`  ${p.name}${p.roleInText ? ` — ${p.roleInText}` : ''} (${p.mentions.length} mentions)`);
  if (a.reported.length) lines.push('', `Reported speech: ${a.reported.length}`);
  lines.push('', `Annotated in ${r3(a.timing.ms)} ms${a.partial ? ' (partial: page too large)' : ''}`);
  return lines.join('\n');
}
