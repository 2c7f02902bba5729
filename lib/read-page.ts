// The DOM half of the pipeline: detection, extraction and the text model over a Document, in steps
// the content script can pause between; and assemble(), which joins a page read with the text
// half's findings. The content script imports only this module (people and quote detection run in
// the background worker: lib/analyse.ts), so their code and word lists stay out of every tab.
import type { Annotations, ArticleInfo, NewsVerdict } from './types';
import { readMetadata } from './page/metadata';
import { detectNewsSteps } from './detect/news';
import { extractArticleSteps } from './extract/article';
import { storyTextSteps, type StoryText } from './text/story-text';
import { applyContext, type ContextLookup, type NameGazetteer } from './context';
import type { StoryAnalysis } from './analyse';

export interface AnnotateOptions {
  /** The page's URL; defaults to its canonical URL. */
  url?: string | null;
  /** The article's date (YYYY-MM-DD); overrides the date found on the page. */
  date?: string | null;
  /** Annotate even when the page is not detected as news. */
  force?: boolean;
  /** Reference dataset lookup; without it people get text-only roles. */
  lookup?: ContextLookup | null;
  /** Known names (from the dataset) that help people detection; optional. */
  gazetteer?: NameGazetteer | null;
  /** Cap on story characters (a bigger story is annotated up to the cap and marked partial). */
  maxChars?: number;
  /** Clock for timings (performance.now in browsers and Node). */
  now?: () => number;
}

export interface PipelineResult {
  annotations: Annotations;
  /** The story text and its DOM map; null when the page was not annotated. */
  story: StoryText | null;
  /** The story's root elements (what a dynamic-page watcher checks changes against); [] when none. */
  roots: Element[];
}

export type StageName = 'detect' | 'extract' | 'text' | 'people' | 'quotes' | 'context';

/** What annotateSteps yields: the stage just finished, or null for a pause inside a long stage. */
export type Step = StageName | null;

export const DEFAULT_MAX_CHARS = 400_000;
/**
 * The content script's cap: past it a story is annotated up to the cap and marked partial. People
 * and quote detection run in one piece each, so this bounds the longest task they can make.
 */
export const BROWSER_MAX_CHARS = 120_000;

export const clock = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function emptyAnnotations(news: NewsVerdict, article: ArticleInfo): Annotations {
  return { version: 1, news, article, quotes: [], reported: [], people: [], partial: false, timing: { ms: 0, stages: {} } };
}

/** What the DOM half of the pipeline (detect, extract, text model) hands to the text half. */
export interface PageRead {
  news: NewsVerdict;
  article: ArticleInfo;
  /** null when the page is not annotated (not news, not forced). */
  story: StoryText | null;
  roots: Element[];
  timing: { t0: number; stages: Record<string, number> };
}


export const r3 = (x: number) => Math.round(x * 1000) / 1000;

export function lapper(now: () => number, stages: Record<string, number>) {
  let t = now();
  return (name: string) => {
    const n = now();
    stages[name] = r3(n - t);
    t = n;
  };
}

/**
 * The DOM half: detection, then (for news, or when forced) extraction and the text model. Yields
 * the name of each stage as it ends, and null inside the longer ones (reading a large page); on a
 * page that is not news it returns right after the verdict, before any named yield.
 */
export function* readPageSteps(doc: Document, opts: AnnotateOptions = {}): Generator<Step, PageRead, void> {
  const now = opts.now ?? clock;
  const t0 = now();
  const stages: Record<string, number> = {};
  const lap = lapper(now, stages);

  const md = readMetadata(doc);
  const url = opts.url ?? md.canonicalUrl;
  const news = yield* detectNewsSteps(doc, md, url);
  lap('detect');
  const baseArticle: ArticleInfo = { title: null, published: null, language: null, textLength: 0, url: url ?? null };
  if (!news.isNews && !opts.force) return { news, article: baseArticle, story: null, roots: [], timing: { t0, stages } };
  yield 'detect';

  const ex = yield* extractArticleSteps(doc, md, url);
  lap('extract');
  yield 'extract';

  const story = yield* storyTextSteps(ex.roots, { skip: ex.skip, maxChars: opts.maxChars ?? DEFAULT_MAX_CHARS });
  lap('text');
  yield 'text';

  const article: ArticleInfo = {
    title: ex.title,
    published: opts.date ?? ex.published,
    language: ex.language,
    textLength: story.text.length,
    url: url ?? null,
  };
  return { news, article, story, roots: ex.roots, timing: { t0, stages } };
}

/** Joins the two halves into the pipeline's result (and applies the dataset, when there is one). */
export function assemble(read: PageRead, analysis: StoryAnalysis | null, opts: AnnotateOptions = {}): PipelineResult {
  const now = opts.now ?? clock;
  const stages = read.timing.stages;
  if (!read.story || !analysis) {
    const a = emptyAnnotations(read.news, read.article);
    a.timing = { ms: r3(now() - read.timing.t0), stages };
    return { annotations: a, story: null, roots: [] };
  }
  Object.assign(stages, analysis.stages);
  const t = now();
  const annotations: Annotations = {
    version: 1,
    news: read.news,
    article: read.article,
    quotes: analysis.quotes,
    reported: analysis.reported,
    people: analysis.people,
    partial: read.story.truncated,
    timing: { ms: 0, stages },
  };
  if (opts.lookup) applyContext(annotations, opts.lookup);
  stages['context'] = r3(now() - t);
  annotations.timing.ms = r3(now() - read.timing.t0);
  return { annotations, story: read.story, roots: read.roots };
}

export function drain<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

