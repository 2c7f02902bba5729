// The annotation pipeline: detect → extract → text model (lib/read-page.ts) → people → quotes
// (lib/analyse.ts) → dataset context. One function from a Document (or plain text) to Annotations,
// run either straight through (annotate) or stage by stage (annotateSteps).
import type { ArticleInfo, NewsVerdict } from './types';
import { storyFromPlainText } from './text/story-text';
import { assemble, clock, drain, lapper, readPageSteps, type AnnotateOptions, type PageRead, type PipelineResult, type Step } from './read-page';
import { analyseSteps, analyseStory } from './analyse';

export * from './read-page';
export * from './analyse';

/**
 * Runs the pipeline one stage per step. Each `yield` hands back the name of the stage just finished
 * (or null inside a long stage: the text model yields every few thousand nodes), so a caller can
 * pause there; the generator's return value is the result.
 */
export function* annotateSteps(doc: Document, opts: AnnotateOptions = {}): Generator<Step, PipelineResult, void> {
  const read = yield* readPageSteps(doc, opts);
  if (!read.story) return assemble(read, null, opts);
  const analysis = yield* analyseSteps(read.story, { gazetteer: opts.gazetteer, now: opts.now });
  return assemble(read, analysis, opts);
}

/** Runs all stages at once. */
export function annotate(doc: Document, opts: AnnotateOptions = {}): PipelineResult {
  return drain(annotateSteps(doc, opts));
}

/** Annotates plain text (paragraphs separated by blank lines): always treated as an article. */
export function annotateText(raw: string, opts: AnnotateOptions = {}): PipelineResult {
  const now = opts.now ?? clock;
  const t0 = now();
  const stages: Record<string, number> = {};
  const lap = lapper(now, stages);
  const story = storyFromPlainText(raw);
  lap('text');
  const news: NewsVerdict = { isNews: true, score: 0, signals: ['input:plain-text'] };
  const firstLine = story.paragraphs[0] ? story.text.slice(story.paragraphs[0].start, story.paragraphs[0].end) : null;
  const article: ArticleInfo = {
    title: firstLine && firstLine.length < 200 ? firstLine : null,
    published: opts.date ?? null,
    language: null,
    textLength: story.text.length,
    url: opts.url ?? null,
  };
  const read: PageRead = { news, article, story, roots: [], timing: { t0, stages } };
  return assemble(read, analyseStory(story, { gazetteer: opts.gazetteer, now }), opts);
}
