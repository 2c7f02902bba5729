// The one message protocol between the popup, the content script and the background worker, typed per
// direction, with validators: every receiver parses what it gets and drops anything malformed.
import type { Annotations, NewsVerdict, PersonContext } from './types';
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
  | { type: 'whosaid:known-names'; names: string[] }
  | { type: 'whosaid:page-status'; status: PageStatus; quotes: number };

export interface BackgroundResponses {
  'whosaid:lookup': { results: (PersonContext | null)[] } | { error: string };
  /** For each name asked, whether the reference dataset knows it (same order). */
  'whosaid:known-names': { known: boolean[] } | { error: string };
  'whosaid:page-status': { ok: boolean };
}

const MAX_QUERIES = 500;
const MAX_NAMES = 5000;
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
    case 'whosaid:known-names': {
      const names = raw['names'];
      if (!Array.isArray(names) || names.length > MAX_NAMES || !names.every((n) => isStr(n, 200))) return null;
      return { type: 'whosaid:known-names', names: names as string[] };
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
