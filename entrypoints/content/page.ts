// The content script's state for one page: runs the pipeline (in time slices), paints the result,
// answers the popup, and follows the reader's settings. No extension APIs here: the few it needs
// (dataset lookup, status report) come in as functions, so this is testable in a plain DOM.
import type { Annotations, Category } from '../../lib/types';
import type { PageState, PageStatus } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import { siteRule } from '../../lib/settings';
import { annotateSteps, reannotate, type PipelineResult } from '../../lib/pipeline';
import { runSliced } from '../../lib/schedule';
import { spanToRange } from '../../lib/text/story-text';
import { applyMatches, contextQueries, recordingGazetteer, setGazetteer, type LookupQuery } from '../../lib/context';
import type { PersonContext } from '../../lib/types';
import { createHighlighter, type Highlighter, type HighlightItem } from './highlighter';

export interface PageDeps {
  lookup(queries: LookupQuery[]): Promise<(PersonContext | null)[] | null>;
  /** Which of these candidate names the reference dataset knows (same order), or null without one. */
  knownNames?(names: string[]): Promise<boolean[] | null>;
  reportStatus(status: PageStatus, quotes: number): void;
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

export class PageController {
  private result: PipelineResult | null = null;
  /** Names people detection asked the gazetteer about in the last run. */
  private asked: ReadonlySet<string> = new Set();
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
    try {
      // The dataset's names live in the worker: record which names people detection asks about, then
      // ask the worker (enrich) and run the story stages again where it knows some of them.
      const gazetteer = recordingGazetteer();
      this.asked = gazetteer.asked;
      const result = await runSliced(annotateSteps(this.doc, { force: force || rule === 'always', url: this.doc.location?.href ?? null, gazetteer }), {
        cancelled: () => this.disposed || run !== this.run,
      });
      if (!result) return this.state();
      this.news = result.annotations.news;
      if (!result.story) {
        this.clearPaint();
        return this.finish('not-news');
      }
      this.result = result;
      this.paint();
      this.finish('annotated');
      void this.enrich(run);
      return this.state();
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
      this.clearPaint();
      return this.finish('error');
    }
  }

  /**
   * Joins the reference dataset: first the names it knows (people detection runs again where that
   * changes the evidence), then each person's context; repaints where who-is-what changed.
   */
  private async enrich(run: number) {
    try {
      const asked = [...this.asked];
      if (asked.length && this.deps.knownNames && this.result) {
        const known = await this.deps.knownNames(asked);
        if (run !== this.run || this.disposed || !this.result) return;
        const names = known ? asked.filter((_, i) => known[i]) : [];
        if (names.length) {
          this.result = reannotate(this.result, { gazetteer: setGazetteer(names) });
          this.paint();
        }
      }
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
    this.items = highlightItems(this.doc, this.result);
    this.highlighter.set(this.items);
    this.applyVisibility();
  }

  private clearPaint() {
    this.highlighter.clear();
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

  dispose() {
    this.disposed = true;
    this.run++;
    this.highlighter.clear();
  }
}
