// The content script's state for one page: runs the pipeline (in time slices), paints the result,
// answers the popup, and follows the reader's settings. No extension APIs here: the few it needs
// (dataset lookup, status report) come in as functions, so this is testable in a plain DOM.
import type { Annotations, Category, Span } from '../../lib/types';
import type { PagePerf, PageState, PageStatus } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import { siteRule } from '../../lib/settings';
import { assemble, BROWSER_MAX_CHARS, readPageSteps, type PipelineResult } from '../../lib/read-page';
import type { StoryAnalysis } from '../../lib/analyse';
import { newSliceStats, runSliced } from '../../lib/schedule';
import { spanToRange, type StoryText } from '../../lib/text/story-text';
import { applyMatches, contextQueries, type LookupQuery } from '../../lib/context';
import type { PersonContext } from '../../lib/types';
import { createHighlighter, type Highlighter, type HighlightItem } from './highlighter';

export interface PageDeps {
  lookup(queries: LookupQuery[]): Promise<(PersonContext | null)[] | null>;
  reportStatus(status: PageStatus, quotes: number): void;
  /**
   * Finds people and quotes in the story text: in the background worker, off the page's main thread
   * (and with the reference dataset's names), so that code is not in the content script at all. null
   * or a rejection (the extension was reloaded under the page) leaves the page unannotated.
   */
  analyse(story: { text: string; paragraphs: Span[]; quoteBlocks?: Span[] }): Promise<StoryAnalysis | null>;
}

/** Highlight items for annotations: one per quote, reported speech and person mention. */
export function highlightItems(doc: Document, result: PipelineResult): HighlightItem[] {
  const { annotations: a, story } = result;
  if (!story) return [];
  const items: HighlightItem[] = [];
  const add = (key: string, category: Category, span: { start: number; end: number }) => {
    const range = spanToRange(doc, story, span);
    if (range) items.push({ key, category, range });
  };
  for (const q of a.quotes) add(q.key, 'quotes', q);
  for (const r of a.reported) add(r.key, 'reported', r);
  for (const p of a.people) for (const m of p.mentions) add(p.key, p.official ? 'officials' : 'people', m);
  return items;
}

/** Same text from the same text nodes: painting again would change nothing. */
function sameStory(a: StoryText, b: StoryText): boolean {
  if (a.text !== b.text || a.segments.length !== b.segments.length) return false;
  for (let i = 0; i < a.segments.length; i++) if (a.segments[i]!.node !== b.segments[i]!.node) return false;
  return true;
}

export class PageController {
  private result: PipelineResult | null = null;
  private items: HighlightItem[] = [];
  private highlighter: Highlighter;
  private status: PageStatus = 'working';
  private error: string | null = null;
  private news: PageState['news'] = null;
  private settings: Settings | null = null;
  private hidden = false;
  private current = -1;
  private run = 0;
  private disposed = false;
  /**
   * Runs our own DOM writes (the fallback highlighter's marks) so that the dynamic-page watcher does
   * not take them for page changes; watch.ts sets it (Watcher.quiet).
   */
  guardDom: <T>(write: () => T) => T = (write) => write();
  /** This page's own main-thread accounting (issue 6), cumulative over runs. */
  readonly perf: PagePerf = { runs: 0, ...newSliceStats(), lastStart: 0, lastEnd: 0 };
  /** The fallback's marks were taken out because nothing is shown (see applyVisibility). */
  private marksOff = false;
  /** Annotated on request (or an "always" site) although not detected as news: refreshes keep it so. */
  private forced = false;

  constructor(
    private readonly doc: Document,
    private readonly host: string,
    private readonly deps: PageDeps,
  ) {
    this.highlighter = createHighlighter(doc);
  }

  get annotations(): Annotations | null {
    return this.result?.annotations ?? null;
  }

  state(): PageState {
    return { status: this.status, host: this.host, news: this.news, annotations: this.annotations, error: this.error };
  }

  /** Annotates the page as the settings say (or regardless, when forced). */
  async start(settings: Settings, force = false): Promise<PageState> {
    this.settings = settings;
    const rule = siteRule(settings, this.host);
    if (!force && rule === 'never') return this.finish('disabled-site');
    if (!force && rule === 'default' && !settings.autoAnnotate) return this.finish('auto-off');
    const run = ++this.run;
    this.status = 'working';
    this.forced = force;
    try {
      const result = await this.annotateOnce(run, force || rule === 'always');
      if (!result) return this.state();
      this.news = result.annotations.news;
      if (!result.story) {
        this.clearPaint();
        return this.finish('not-news');
      }
      return this.adopt(result, run);
    } catch (e) {
      return this.failed(e);
    }
  }

  /** Takes a new result: paints it, reports it, and asks the dataset about its people. */
  private adopt(result: PipelineResult, run: number): PageState {
    this.result = result;
    this.paint();
    this.finish('annotated');
    void this.enrich(run);
    return this.state();
  }

  private failed(e: unknown): PageState {
    this.error = e instanceof Error ? e.message : String(e);
    this.clearPaint();
    return this.finish('error');
  }

  /** Asks the dataset about the people found; repaints where it changes who is an official. */
  private async enrich(run: number) {
    try {
      const a = this.annotations;
      if (!a || !a.people.length) return;
      const results = await this.deps.lookup(contextQueries(a));
      if (!results || run !== this.run || this.disposed) return;
      const before = a.people.map((p) => p.official);
      applyMatches(a, results);
      if (a.people.some((p, i) => p.official !== before[i])) this.paint();
    } catch {
      // no dataset: text-only roles
    }
  }

  private paint() {
    if (!this.result) return;
    const t = performance.now();
    this.marksOff = false;
    this.items = highlightItems(this.doc, this.result);
    this.guardDom(() => this.highlighter.set(this.items));
    this.applyVisibility();
    // painting is one task of its own: account it like a slice (issue 6)
    const d = performance.now() - t;
    this.perf.slices++;
    this.perf.busyMs += d;
    if (d > this.perf.maxSliceMs) this.perf.maxSliceMs = d;
    if (d > this.perf.maxStepMs) {
      this.perf.maxStepMs = d;
      this.perf.maxStep = 'paint';
    }
  }

  private clearPaint() {
    this.guardDom(() => this.highlighter.clear());
    this.marksOff = false;
    this.items = [];
    this.result = null;
    this.current = -1;
  }

  private finish(status: PageStatus): PageState {
    this.status = status;
    this.deps.reportStatus(status, status === 'annotated' ? this.annotations?.quotes.length ?? 0 : 0);
    return this.state();
  }

  private applyVisibility() {
    const cats = this.settings?.categories;
    if (!cats) return;
    for (const c of Object.keys(cats) as Category[]) this.highlighter.setVisible(c, !this.hidden && cats[c]);
    // issue 6: the fallback's marks are DOM; with nothing to show they come out, so the page is
    // exactly as it was, and go back in when something is shown again.
    if (this.highlighter.mode === 'fallback') {
      const shown = !this.hidden && (Object.keys(cats) as Category[]).some((c) => cats[c]);
      if (!shown && !this.marksOff && this.items.length) {
        this.guardDom(() => this.highlighter.clear());
        this.marksOff = true;
      } else if (shown && this.marksOff) this.paint();
    }
  }

  /** Follows changed settings: category toggles at once, without running the pipeline again. */
  applySettings(settings: Settings) {
    const prev = this.settings;
    this.settings = settings;
    this.applyVisibility();
    const rule = siteRule(settings, this.host);
    if (rule === 'never' && this.status !== 'disabled-site') {
      this.run++;
      this.clearPaint();
      this.finish('disabled-site');
    } else if (prev && rule !== 'never' && (this.status === 'disabled-site' || (this.status === 'auto-off' && (settings.autoAnnotate || rule === 'always')))) {
      void this.start(settings);
    }
  }

  /** Scrolls to an annotation (quote, reported speech or person) and marks it. */
  reveal(key: string): boolean {
    const item = this.items.find((i) => i.key === key);
    if (!item) return false;
    const el = item.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    this.highlighter.focus(key);
    const q = this.quoteKeys().indexOf(key);
    if (q >= 0) this.current = q;
    return true;
  }

  private quoteKeys(): string[] {
    return this.annotations?.quotes.map((q) => q.key) ?? [];
  }

  /** Steps to the next (1) or previous (-1) quote. */
  step(direction: 1 | -1): string | null {
    const keys = this.quoteKeys();
    if (!keys.length) return null;
    this.current = (this.current + direction + keys.length) % keys.length;
    if (this.current < 0) this.current = keys.length - 1;
    const key = keys[this.current]!;
    this.reveal(key);
    return key;
  }

  /** Hides or shows all annotations on this page (not a setting: this page only). */
  togglePage(): boolean {
    this.hidden = !this.hidden;
    this.applyVisibility();
    if (this.hidden) this.highlighter.focus(null);
    return this.hidden;
  }

  // ---- for the in-page card and keyboard (reading.ts) ----

  /** What is painted now (read-only), for mapping the pointer to a highlight. */
  get painted(): readonly HighlightItem[] {
    return this.items;
  }

  /** Whether a category shows now: its setting is on and the page is not hidden. */
  shows(category: Category): boolean {
    return !this.hidden && !!this.settings?.categories[category];
  }

  /** Marks one item as current (or none) without scrolling: the flash after reveal uses it. */
  mark(key: string | null): void {
    this.highlighter.focus(this.hidden ? null : key);
  }

  // ---- Dynamic pages (issue 6). watch.ts decides when; these do the work. ----

  /** The story's root elements while annotated, else none: the watcher tests changes against them. */
  storyRoots(): readonly Element[] {
    return this.result?.roots ?? [];
  }

  get pageStatus(): PageStatus {
    return this.status;
  }

  /**
   * The page changed (late article body, more content): runs the pipeline again, in slices, and
   * repaints only when the story's text or nodes differ, so highlights are replaced, never doubled.
   */
  async refresh(): Promise<PageState> {
    const settings = this.settings;
    if (!settings || (this.status !== 'annotated' && this.status !== 'not-news')) return this.state();
    const prev = this.result;
    const run = ++this.run;
    const rule = siteRule(settings, this.host);
    // The fallback's marks split the page's text nodes: read the page without them, paint afresh.
    const fallback = this.highlighter.mode === 'fallback';
    if (fallback && prev) this.guardDom(() => this.highlighter.clear());
    try {
      const result = await this.annotateOnce(run, this.forced || rule === 'always');
      if (!result) return this.state();
      this.news = result.annotations.news;
      if (!result.story) {
        if (this.status !== 'not-news') {
          this.clearPaint();
          this.finish('not-news');
        }
        return this.state();
      }
      if (!fallback && prev?.story && sameStory(prev.story, result.story)) return this.state();
      return this.adopt(result, run);
    } catch (e) {
      return this.failed(e);
    }
  }

  /**
   * One pipeline run (issue 6). The DOM half (detect, extract, text model) runs here in time slices;
   * the text half (people, quotes) runs in the background worker (deps.analyse), so the page's main
   * thread never carries it.
   */
  private async annotateOnce(run: number, force: boolean): Promise<PipelineResult | null> {
    const cancelled = () => this.disposed || run !== this.run;
    const stats = this.perf;
    stats.runs++;
    stats.lastStart = performance.now();
    stats.lastEnd = 0;
    try {
      const opts = { force, url: this.doc.location?.href ?? null, maxChars: BROWSER_MAX_CHARS };
      const read = await runSliced(readPageSteps(this.doc, opts), { cancelled, stats });
      if (!read || !read.story) return read && assemble(read, null, opts);
      const t = performance.now();
      const analysis = await this.deps.analyse({ text: read.story.text, paragraphs: read.story.paragraphs, quoteBlocks: read.story.quoteBlocks ?? [] }).catch(() => null);
      if (cancelled()) return null;
      if (!analysis) throw new Error('the text analysis did not answer (was WhoSaid updated or reloaded? Reload the page)');
      analysis.stages['analyse'] = Math.round((performance.now() - t) * 1000) / 1000;
      return assemble(read, analysis, opts);
    } finally {
      stats.lastEnd = performance.now();
    }
  }

  /** Single-page-app navigation: forgets this page's annotations, then annotates the new one. */
  async navigated(): Promise<PageState> {
    this.run++;
    this.forced = false;
    this.clearPaint();
    this.news = null;
    this.error = null;
    if (!this.settings) return this.state();
    return this.start(this.settings);
  }

  dispose() {
    this.disposed = true;
    this.run++;
    this.guardDom(() => this.highlighter.clear());
  }
}
