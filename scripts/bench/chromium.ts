// Real-Chromium tooling shared by the integrity tests and the browser benchmark: a local server for
// saved pages (their scripts stripped), Chromium with or without the built extension on a closed
// network, instrumentation injected into the page's own world, and the content script's state.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { CHROME_BUILD, findChromium, QUIET_FLAGS } from '../lib/browser';
import type { PageState } from '../../lib/messages';

// ---- serving saved pages ----

/** Scripts that run: every <script> except data blocks (JSON-LD and other JSON), which detection reads. */
const EXEC_SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi;
const DATA_TYPE = /\btype\s*=\s*["']?(?:application\/(?:ld\+)?json|text\/template|text\/x-template)/i;

/**
 * A saved page without its scripts: corpus pages are static snapshots whose scripts would fetch the
 * network and mutate the DOM; the integrity checks need a page that does neither by itself. Inline
 * handlers stay in the markup but the CSP header (see serveDir) stops them.
 */
export function stripScripts(html: string): string {
  return html.replace(EXEC_SCRIPT, (m, attrs: string) => (DATA_TYPE.test(attrs) ? m : '')).replace(META_REFRESH, '');
}

/** <meta http-equiv="refresh">: a saved page must not navigate itself away during a check. */
const META_REFRESH = /<meta\b[^>]*http-equiv\s*=\s*["']?refresh[^>]*>/gi;

export interface Server {
  url(p: string): string;
  /** Requests the server answered, by path (a check that nothing unexpected was fetched). */
  hits: Map<string, number>;
  close(): Promise<void>;
}

const CSP = "script-src 'none'; object-src 'none'; connect-src 'none'; frame-src 'none'; worker-src 'none'";

/** Serves dir's .html files with scripts stripped, plus generated pages; everything else is a 404. */
export async function serveDir(dir: string | null, extra: Record<string, string> = {}, opts: { csp?: boolean } = {}): Promise<Server> {
  const hits = new Map<string, number>();
  const cache = new Map<string, string>();
  const server = http.createServer((req, res) => {
    const p = decodeURIComponent((req.url || '/').split('?')[0]!);
    hits.set(p, (hits.get(p) ?? 0) + 1);
    const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
    if (opts.csp !== false) headers['content-security-policy'] = CSP;
    if (p in extra) {
      res.writeHead(200, headers).end(extra[p]);
      return;
    }
    const file = dir ? path.resolve(dir, '.' + p) : null;
    if (!file || !dir || !file.startsWith(path.resolve(dir) + path.sep) || !file.endsWith('.html') || !fs.existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let body = cache.get(file);
    if (body === undefined) {
      body = stripScripts(fs.readFileSync(file, 'utf8'));
      if (cache.size < 16) cache.set(file, body);
    }
    res.writeHead(200, headers).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (p) => `http://127.0.0.1:${port}${p.startsWith('/') ? p : '/' + p}`,
    hits,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections?.();
        server.close(() => r());
      }),
  };
}

// ---- Chromium ----

export interface Browser {
  context: BrowserContext;
  /** null without the extension. */
  extensionId: string | null;
  worker(): Promise<Worker | null>;
  close(): Promise<void>;
}

/**
 * Launches Chromium (headless) with the built extension or without any. No name resolves except
 * 127.0.0.1, so a saved page's external images, styles and fonts fail at once, without a DNS query.
 */
export async function launch(opts: { extension: boolean; extensionDir?: string; args?: string[] }): Promise<Browser> {
  const exe = findChromium();
  if (!exe) throw new Error('No Chromium found: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH');
  const dir = opts.extensionDir ?? CHROME_BUILD;
  if (opts.extension && !fs.existsSync(path.join(dir, 'manifest.json'))) throw new Error(`No built extension in ${dir}: run npm run build`);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-bench-'));
  const args = [
    ...(opts.extension ? [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`] : ['--disable-extensions']),
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ...QUIET_FLAGS,
    '--headless=new',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ...(opts.args ?? []),
  ];
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: exe, headless: false, args, viewport: { width: 1280, height: 900 } });
  let extensionId: string | null = null;
  if (opts.extension) {
    let [w] = context.serviceWorkers();
    w ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
    extensionId = new URL(w.url()).host;
  }
  return {
    context,
    extensionId,
    async worker() {
      if (!extensionId) return null;
      const live = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
      return live ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => null));
    },
    async close() {
      await context.close().catch(() => {});
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The content script's state in the one web page (http) tab that is open, asked from the extension's worker. */
export async function contentState(b: Browser): Promise<PageState | null> {
  const w = await b.worker();
  if (!w) return null;
  return w.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
    for (const tab of await c.tabs.query({})) {
      if (tab.id === undefined) continue;
      try {
        const s = await c.tabs.sendMessage(tab.id, { type: 'whosaid:get-state' });
        if (s) return s as PageState;
      } catch {
        // no content script in that tab
      }
    }
    return null;
  });
}

/** Waits until the content script has decided and finished (not 'working'), or the timeout passes. */
export async function waitForContent(b: Browser, timeoutMs = 20_000): Promise<PageState | null> {
  const end = Date.now() + timeoutMs;
  let last: PageState | null = null;
  while (Date.now() < end) {
    last = await contentState(b).catch(() => null);
    if (last && last.status !== 'working' && last.perf && last.perf.lastEnd > 0) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  return last;
}

// ---- instrumentation in the page's own world ----

export interface PageRecord {
  mutations: string[];
  longTasks: { start: number; duration: number }[];
  shifts: { start: number; value: number }[];
  dcl: number;
}

/**
 * Registered before the page's HTML is parsed: long tasks and layout shifts from the start, DOM
 * mutations from DOMContentLoaded on (content scripts at document_idle come after it).
 */
export const INSTRUMENT = `(() => {
  const rec = { mutations: [], longTasks: [], shifts: [], dcl: 0 };
  Object.defineProperty(window, '__whosaidTest', { value: rec });
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) rec.longTasks.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) rec.shifts.push({ start: e.startTime, value: e.value }); })
      .observe({ type: 'layout-shift', buffered: true });
  } catch {}
  document.addEventListener('DOMContentLoaded', () => {
    rec.dcl = performance.now();
    new MutationObserver((ms) => {
      for (const m of ms) if (rec.mutations.length < 200) rec.mutations.push(m.type + ':' + (m.target.nodeName || '') + (m.attributeName ? '@' + m.attributeName : ''));
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
})();`;

export async function pageRecord(page: Page): Promise<PageRecord> {
  return page.evaluate(() => {
    const r = (window as unknown as { __whosaidTest: PageRecord }).__whosaidTest;
    return JSON.parse(JSON.stringify(r)) as PageRecord;
  });
}

// ---- errors from the extension's isolated world ----

export interface WorldWatch {
  /** Uncaught exceptions and console errors from the extension's content script. */
  errors: string[];
  /** Ids of the extension's isolated worlds seen (a check that the content script ran). */
  worlds: Set<number>;
  /** Evaluates in the extension's isolated world (tests of this harness). */
  evaluateInExtensionWorld(expression: string): Promise<unknown>;
  detach(): Promise<void>;
}

/**
 * Listens over CDP for exceptions and console errors, and keeps those that come from the extension:
 * thrown in its isolated world, or with a chrome-extension:// script in the stack.
 */
export async function watchExtensionWorld(page: Page, extensionId: string): Promise<WorldWatch> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const worlds = new Set<number>();
  const errors: string[] = [];
  const ours = (contextId: number | undefined, urls: (string | undefined)[]) =>
    (contextId !== undefined && worlds.has(contextId)) || urls.some((u) => !!u && u.startsWith(`chrome-extension://${extensionId}/`));
  cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; origin: string; name: string; auxData?: { type?: string } } }) => {
    if (e.context.origin.startsWith(`chrome-extension://${extensionId}`) || (e.context.auxData?.type === 'isolated' && /whosaid/i.test(e.context.name))) worlds.add(e.context.id);
  });
  cdp.on('Runtime.exceptionThrown', (e: { exceptionDetails: { executionContextId?: number; url?: string; text: string; exception?: { description?: string }; stackTrace?: { callFrames: { url: string }[] } } }) => {
    const d = e.exceptionDetails;
    if (ours(d.executionContextId, [d.url, ...(d.stackTrace?.callFrames.map((f) => f.url) ?? [])])) errors.push(`exception: ${d.exception?.description ?? d.text}`);
  });
  cdp.on('Runtime.consoleAPICalled', (e: { type: string; executionContextId: number; args: { value?: unknown; description?: string }[]; stackTrace?: { callFrames: { url: string }[] } }) => {
    if ((e.type === 'error' || e.type === 'assert') && ours(e.executionContextId, e.stackTrace?.callFrames.map((f) => f.url) ?? []))
      errors.push(`console.${e.type}: ${e.args.map((a) => a.description ?? String(a.value)).join(' ')}`);
  });
  cdp.on('Log.entryAdded', (e: { entry: { level: string; text: string; url?: string; source: string } }) => {
    if (e.entry.level === 'error' && e.entry.url?.startsWith(`chrome-extension://${extensionId}/`)) errors.push(`log: ${e.entry.text}`);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  return {
    errors,
    worlds,
    async evaluateInExtensionWorld(expression) {
      const [id] = [...worlds];
      if (id === undefined) throw new Error('no extension world seen');
      const r = (await cdp.send('Runtime.evaluate', { expression, contextId: id })) as { result: { value?: unknown } };
      return r.result.value;
    },
    detach: () => cdp.detach().catch(() => {}),
  };
}

/** performance.now()-aligned long tasks that overlap [from, to]. */
export function longTasksIn(rec: PageRecord, from: number, to: number, min = 50): { start: number; duration: number }[] {
  return rec.longTasks.filter((t) => t.duration > min && t.start < to && t.start + t.duration > from);
}
