// The annotation pipeline: detect → extract → text model → people → quotes → dataset context.
// One function from a Document (or plain text) to Annotations, run either straight through
// (annotate) or stage by stage (annotateSteps), so the content script can yield between stages.
import type { Annotations, ArticleInfo, NewsVerdict } from './types';
import { readMetadata } from './page/metadata';
import { detectNews } from './detect/news';
import { extractArticle } from './extract/article';
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

/**
 * Runs the pipeline one stage per step. Each `yield` hands back the name of the stage just finished
 * (or null inside a long stage: the text model yields every few thousand nodes), so a caller can
 * pause there; the generator's return value is the result.
 */
export function* annotateSteps(doc: Document, opts: AnnotateOptions = {}): Generator<Step, PipelineResult, void> {
  const now = opts.now ?? clock;
  const t0 = now();
  const stages: Record<string, number> = {};
  let t = t0;
  const lap = (name: StageName) => {
    const n = now();
    stages[name] = Math.round((n - t) * 1000) / 1000;
    t = n;
  };

  const md = readMetadata(doc);
  const url = opts.url ?? md.canonicalUrl;
  const news = detectNews(doc, md, url);
  lap('detect');
  const baseArticle: ArticleInfo = { title: null, published: null, language: null, textLength: 0, url: url ?? null };
  if (!news.isNews && !opts.force) {
    const a = emptyAnnotations(news, baseArticle);
    a.timing = { ms: Math.round((now() - t0) * 1000) / 1000, stages };
    return { annotations: a, story: null, roots: [] };
  }
  yield 'detect';

  const ex = extractArticle(doc, md, url);
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
  return yield* annotateStory(story, ex.roots, news, article, opts, { t0, stages, now, lap: (n: StageName) => lap(n) });
}

function* annotateStory(
  story: StoryText,
  roots: Element[],
  news: NewsVerdict,
  article: ArticleInfo,
  opts: AnnotateOptions,
  time: { t0: number; stages: Record<string, number>; now: () => number; lap: (n: StageName) => void },
): Generator<Step, PipelineResult, void> {
  const people = detectPeople(story);
  time.lap('people');
  yield 'people';

  const { quotes, reported } = detectQuotes(story, people);
  time.lap('quotes');
  yield 'quotes';

  const annotations: Annotations = {
    version: 1,
    news,
    article,
    quotes,
    reported,
    people: people.people,
    partial: story.truncated,
    timing: { ms: 0, stages: time.stages },
  };
  if (opts.lookup) applyContext(annotations, opts.lookup);
  time.lap('context');
  annotations.timing.ms = Math.round((time.now() - time.t0) * 1000) / 1000;
  return { annotations, story, roots };
}

/** Runs all stages at once. */
export function annotate(doc: Document, opts: AnnotateOptions = {}): PipelineResult {
  const steps = annotateSteps(doc, opts);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Annotates plain text (paragraphs separated by blank lines): always treated as an article. */
export function annotateText(raw: string, opts: AnnotateOptions = {}): PipelineResult {
  const now = opts.now ?? clock;
  const t0 = now();
  let t = t0;
  const stages: Record<string, number> = {};
  const lap = (name: StageName) => {
    const n = now();
    stages[name] = Math.round((n - t) * 1000) / 1000;
    t = n;
  };
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
  const steps = annotateStory(story, [], news, article, opts, { t0, stages, now, lap });
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
