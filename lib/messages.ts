// The one message protocol between the popup, the content script and the background worker, typed per
// direction, with validators: every receiver parses what it gets and drops anything malformed.
import type { Annotations, NewsVerdict, PersonContext, Span } from './types';
import type { StoryAnalysis } from './analyse';
import type { LookupQuery } from './context';

/** What the content script says about its page. */
export type PageStatus =
  | 'working' // annotating now
  | 'annotated'
  | 'not-news' // detected as not an article; the reader may annotate anyway
  | 'disabled-site' // on the reader's "never" list
  | 'auto-off' // automatic annotation is off; the reader may annotate on request
  | 'error';

export interface PageState {
  status: PageStatus;
  host: string;
  news: NewsVerdict | null;
  annotations: Annotations | null;
  /** Set when status is 'error'. */
  error: string | null;
  /**
   * The content script's own accounting of its main-thread time (issue 6: read by the end-to-end
   * performance tests; the popup ignores it and parsePageState drops it).
   */
  perf?: PagePerf;
}

/** Main-thread time the content script spent on this page, measured by itself (performance.now ms). */
export interface PagePerf {
  /** Pipeline runs (first annotation, refreshes, navigations). */
  runs: number;
  /** Time slices (tasks) those runs took, the longest one, and their sum. */
  slices: number;
  maxSliceMs: number;
  busyMs: number;
  /** The longest single pipeline step and its name (e.g. "people": the people stage ran that long). */
  maxStepMs: number;
  maxStep: string;
  /** performance.now() when the latest run started and ended (0 while none has ended). */
  lastStart: number;
  lastEnd: number;
  /** The dynamic-page watcher's observer callbacks and flushes, and the time they took. */
  watch?: { callbacks: number; records: number; flushes: number; refreshes: number; navigations: number; ms: number };
}

// ---- popup / background → content script (tabs.sendMessage) ----
export type ContentRequest =
  | { type: 'whosaid:get-state' }
  | { type: 'whosaid:annotate'; force: boolean }
  | { type: 'whosaid:reveal'; key: string }
  | { type: 'whosaid:step'; direction: 1 | -1 }
  | { type: 'whosaid:toggle-page' }
  // a keyboard shortcut from the manifest's `commands`, routed by the background to the active tab
  | { type: 'whosaid:command'; command: ReaderCommand };

/** The manifest's `commands` (wxt.config.ts), also bound as in-page keys by the content script. */
export const READER_COMMANDS = ['toggle-annotations', 'next-quote', 'previous-quote'] as const;
export type ReaderCommand = (typeof READER_COMMANDS)[number];
export const isReaderCommand = (v: unknown): v is ReaderCommand => typeof v === 'string' && (READER_COMMANDS as readonly string[]).includes(v);

export interface ContentResponses {
  'whosaid:get-state': PageState;
  'whosaid:annotate': PageState;
  'whosaid:reveal': { ok: boolean };
  'whosaid:step': { ok: boolean; key: string | null };
  'whosaid:toggle-page': { ok: boolean; hidden: boolean };
  'whosaid:command': { ok: boolean };
}

// ---- content script → background (runtime.sendMessage) ----
export type BackgroundRequest =
  | { type: 'whosaid:lookup'; queries: LookupQuery[] }
  | { type: 'whosaid:page-status'; status: PageStatus; quotes: number }
  // issue 6: people and quotes found in the worker, off the page's main thread
  | { type: 'whosaid:analyse'; text: string; paragraphs: Span[]; quoteBlocks: Span[] };

export interface BackgroundResponses {
  'whosaid:lookup': { results: (PersonContext | null)[] } | { error: string };
  'whosaid:page-status': { ok: boolean };
  'whosaid:analyse': StoryAnalysis | { error: string };
}

/** Largest story the worker analyses (the content script caps stories at BROWSER_MAX_CHARS). */
export const MAX_ANALYSE_CHARS = 200_000;
const MAX_PARAGRAPHS = 50_000;

const MAX_QUERIES = 500;
const MAX_KEY = 32;

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isStr = (v: unknown, max = 500): v is string => typeof v === 'string' && v.length <= max;

export function parseContentRequest(raw: unknown): ContentRequest | null {
  if (!isObj(raw) || typeof raw['type'] !== 'string') return null;
  switch (raw['type']) {
    case 'whosaid:get-state':
      return { type: 'whosaid:get-state' };
    case 'whosaid:annotate':
      return { type: 'whosaid:annotate', force: raw['force'] === true };
    case 'whosaid:reveal':
      return isStr(raw['key'], MAX_KEY) && /^[pqr]\d+$/.test(raw['key']) ? { type: 'whosaid:reveal', key: raw['key'] } : null;
    case 'whosaid:step':
      return raw['direction'] === 1 || raw['direction'] === -1 ? { type: 'whosaid:step', direction: raw['direction'] } : null;
    case 'whosaid:toggle-page':
      return { type: 'whosaid:toggle-page' };
    case 'whosaid:command':
      return isReaderCommand(raw['command']) ? { type: 'whosaid:command', command: raw['command'] } : null;
    default:
      return null;
  }
}

function parseQuery(raw: unknown): LookupQuery | null {
  if (!isObj(raw) || !isStr(raw['name'], 200) || !raw['name'].trim()) return null;
  const strList = (v: unknown, n: number) => (Array.isArray(v) ? v.filter((x): x is string => isStr(x, 200)).slice(0, n) : []);
  const date = raw['date'];
  return {
    name: raw['name'],
    aliases: strList(raw['aliases'], 16),
    date: isStr(date, 10) && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
    roleInText: isStr(raw['roleInText'], 300) ? raw['roleInText'] : null,
    context: strList(raw['context'], 60),
  };
}

export function parseBackgroundRequest(raw: unknown): BackgroundRequest | null {
  if (!isObj(raw) || typeof raw['type'] !== 'string') return null;
  switch (raw['type']) {
    case 'whosaid:lookup': {
      const qs = raw['queries'];
      if (!Array.isArray(qs) || qs.length > MAX_QUERIES) return null;
      const queries: LookupQuery[] = [];
      for (const q of qs) {
        const p = parseQuery(q);
        if (!p) return null;
        queries.push(p);
      }
      return { type: 'whosaid:lookup', queries };
    }
    case 'whosaid:analyse': {
      const text = raw['text'];
      const paras = raw['paragraphs'];
      if (!isStr(text, MAX_ANALYSE_CHARS) || !Array.isArray(paras) || paras.length > MAX_PARAGRAPHS) return null;
      const paragraphs = spans(paras, text.length);
      const blocksRaw = raw['quoteBlocks'] ?? [];
      const quoteBlocks = Array.isArray(blocksRaw) && blocksRaw.length <= MAX_PARAGRAPHS ? spans(blocksRaw, text.length) : null;
      return paragraphs && quoteBlocks ? { type: 'whosaid:analyse', text, paragraphs, quoteBlocks } : null;
    }
    case 'whosaid:page-status': {
      const status = raw['status'];
      const quotes = raw['quotes'];
      if (!isPageStatus(status) || typeof quotes !== 'number' || !Number.isFinite(quotes) || quotes < 0) return null;
      return { type: 'whosaid:page-status', status, quotes: Math.floor(quotes) };
    }
    default:
      return null;
  }
}

const isOffset = (v: unknown, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;

/** Spans inside a text of length max, in order and not overlapping; null if any is not. */
function spans(raw: unknown[], max: number): Span[] | null {
  const out: Span[] = [];
  let last = 0;
  for (const x of raw) {
    if (!isObj(x) || !isOffset(x['start'], max) || !isOffset(x['end'], max) || x['end'] < x['start'] || x['start'] < last) return null;
    out.push({ start: x['start'], end: x['end'] });
    last = x['end'];
  }
  return out;
}

/**
 * Checks the worker's answer to whosaid:analyse before the content script paints from it: arrays of
 * the right shapes, every offset inside the story text. Anything else is null (analyse locally).
 */
export function parseStoryAnalysis(raw: unknown, textLength: number): StoryAnalysis | null {
  if (!isObj(raw) || !Array.isArray(raw['quotes']) || !Array.isArray(raw['reported']) || !Array.isArray(raw['people'])) return null;
  const inText = (x: Record<string, unknown>) => isOffset(x['start'], textLength) && isOffset(x['end'], textLength) && x['end'] >= x['start'];
  const okQuote = (q: unknown) => isObj(q) && isStr(q['key'], MAX_KEY) && typeof q['text'] === 'string' && inText(q) && (q['speaker'] === null || typeof q['speaker'] === 'string');
  const okMention = (m: unknown) => isObj(m) && typeof m['text'] === 'string' && inText(m);
  const okPerson = (p: unknown) => isObj(p) && isStr(p['key'], MAX_KEY) && typeof p['name'] === 'string' && typeof p['official'] === 'boolean' && Array.isArray(p['mentions']) && p['mentions'].every(okMention);
  if (!raw['quotes'].every(okQuote) || !raw['reported'].every(okQuote) || !raw['people'].every(okPerson)) return null;
  const stages: Record<string, number> = {};
  if (isObj(raw['stages'])) for (const [k, v] of Object.entries(raw['stages'])) if (typeof v === 'number' && Number.isFinite(v) && k.length < 20) stages[k] = v;
  return { quotes: raw['quotes'], reported: raw['reported'], people: raw['people'], stages } as StoryAnalysis;
}

const STATUSES: readonly PageStatus[] = ['working', 'annotated', 'not-news', 'disabled-site', 'auto-off', 'error'];
export const isPageStatus = (v: unknown): v is PageStatus => typeof v === 'string' && (STATUSES as readonly string[]).includes(v);

/**
 * Checks a PageState from a content script before the popup renders it. The content script is our
 * own code, but it runs in a hostile page: check the shape, never trust it to be well-formed.
 */
export function parsePageState(raw: unknown): PageState | null {
  if (!isObj(raw) || !isPageStatus(raw['status'])) return null;
  const a = raw['annotations'];
  let annotations: Annotations | null = null;
  if (isObj(a)) {
    if (!Array.isArray(a['quotes']) || !Array.isArray(a['people']) || !Array.isArray(a['reported']) || !isObj(a['article']) || !isObj(a['news'])) return null;
    const okQuote = (q: unknown) => isObj(q) && isStr(q['key'], MAX_KEY) && typeof q['text'] === 'string' && (q['speaker'] === null || typeof q['speaker'] === 'string');
    const okPerson = (p: unknown) => isObj(p) && isStr(p['key'], MAX_KEY) && typeof p['name'] === 'string' && Array.isArray(p['mentions']);
    if (!a['quotes'].every(okQuote) || !a['reported'].every(okQuote) || !a['people'].every(okPerson)) return null;
    annotations = a as unknown as Annotations;
  }
  const n = raw['news'];
  const news = isObj(n) && typeof n['isNews'] === 'boolean' && typeof n['score'] === 'number' && Array.isArray(n['signals']) ? (n as unknown as NewsVerdict) : null;
  return {
    status: raw['status'],
    host: isStr(raw['host'], 300) ? raw['host'] : '',
    news,
    annotations,
    error: isStr(raw['error'], 1000) ? raw['error'] : null,
  };
}
