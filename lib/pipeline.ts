// The annotation pipeline: detect → extract → text model → people → quotes → dataset context.
// One function from a Document (or plain text) to Annotations, run either straight through
// (annotate) or stage by stage (annotateSteps), so the content script can yield between stages.
import type { Annotations, ArticleInfo, NewsVerdict, Person, Quote, ReportedSpeech } from './types';
import { readMetadata } from './page/metadata';
import { detectNewsSteps } from './detect/news';
import { extractArticleSteps } from './extract/article';
import { storyFromPlainText, storyTextSteps, type StoryText } from './text/story-text';
import { detectPeople } from './people/detect';
import { detectQuotes } from './quotes/detect';
import { applyContext, type ContextLookup, type NameGazetteer } from './context';

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

const clock = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

function emptyAnnotations(news: NewsVerdict, article: ArticleInfo): Annotations {
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

/** What the text half (people, quotes) finds: plain data, so it can be computed in another thread. */
export interface StoryAnalysis {
  quotes: Quote[];
  reported: ReportedSpeech[];
  people: Person[];
  /** Milliseconds per stage, as measured where it ran. */
  stages: Record<string, number>;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

function lapper(now: () => number, stages: Record<string, number>) {
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

export interface AnalyseOptions {
  /** Known names from the reference dataset: extra evidence for people detection. */
  gazetteer?: NameGazetteer | null;
  now?: () => number;
}

/** The text half: people, then quotes, over the story's text and paragraphs (no DOM). */
export function* analyseSteps(story: Pick<StoryText, 'text' | 'paragraphs' | 'quoteBlocks'>, opts: AnalyseOptions = {}): Generator<Step, StoryAnalysis, void> {
  const stages: Record<string, number> = {};
  const lap = lapper(opts.now ?? clock, stages);
  const s: StoryText = { text: story.text, paragraphs: story.paragraphs, segments: [], truncated: false, quoteBlocks: story.quoteBlocks ?? [] };
  const people = detectPeople(s, { gazetteer: opts.gazetteer ?? null });
  lap('people');
  yield 'people';
  const { quotes, reported } = detectQuotes(s, people);
  lap('quotes');
  yield 'quotes';
  return { quotes, reported, people: people.people, stages };
}

/** analyseSteps all at once (the background worker runs it for the content script). */
export function analyseStory(story: Pick<StoryText, 'text' | 'paragraphs' | 'quoteBlocks'>, opts: AnalyseOptions = {}): StoryAnalysis {
  return drain(analyseSteps(story, opts));
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

function drain<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

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
