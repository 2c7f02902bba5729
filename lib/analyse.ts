// The text half of the pipeline: people, then quotes, over the story's text and paragraphs (no DOM),
// so it runs anywhere: the background worker for the content script, in process for the CLI.
import type { Person, Quote, ReportedSpeech } from './types';
import type { StoryText } from './text/story-text';
import { detectPeople } from './people/detect';
import { detectQuotes } from './quotes/detect';
import type { NameGazetteer } from './context';
import { clock, drain, lapper, type Step } from './read-page';

/** What the text half (people, quotes) finds: plain data, so it can be computed in another thread. */
export interface StoryAnalysis {
  quotes: Quote[];
  reported: ReportedSpeech[];
  people: Person[];
  /** Milliseconds per stage, as measured where it ran. */
  stages: Record<string, number>;
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

