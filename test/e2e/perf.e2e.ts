// Performance and dynamic pages in real Chromium with the built extension (no ../shared needed):
// a generated 5 MB article (time slices, cap, partial), late article bodies, infinite scroll and
// single-page-app navigation (one observer, no duplicates), a page that mutates 1,000 nodes a second
// (the extension's cost, against the same page without it), and no request from the extension.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page, Request } from 'playwright-core';
import { launch, serveDir, INSTRUMENT, waitForContent, contentState, pageRecord, longTasksIn, watchExtensionWorld, type Browser, type Server } from '../../scripts/bench/chromium';
import { bigArticle, paragraph, prng } from '../../scripts/bench/generate';

const HEAD = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council news – The Ledger</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-03-14T09:00:00Z"></head>`;
const paras = (seed: number, from: number, n: number) => {
  const r = prng(seed);
  return Array.from({ length: n }, (_, i) => paragraph(r, from + i)).join('\n');
};
const article = (body: string) => `${HEAD}<body><header><nav><a href="/">Home</a></nav><div id="ad"></div></header><main><article><h1>Council argues over the barrier</h1><div class="article-body" id="story">${body}</div></article></main></body></html>`;

let ext: Browser;
let server: Server;
let requests: Request[] = [];

beforeAll(async () => {
  server = await serveDir(null, {
    '/2024/03/14/big-article.html': bigArticle(5_000_000),
    '/2024/03/14/late-body.html': article('<p>Loading…</p>'),
    '/2024/03/14/scroll.html': article(paras(1, 1, 10)),
    '/2024/03/14/spa-first.html': article(paras(2, 1, 10)),
    '/2024/03/14/storm.html': article(paras(3, 1, 12) + '<p id="ticker"></p>'),
  });
  ext = await launch({ extension: true });
  ext.context.on('request', (r) => requests.push(r));
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.addInitScript(INSTRUMENT);
  await page.goto(server.url(path), { waitUntil: 'load', timeout: 60_000 });
  return page;
}

const quoteTexts = async () => (await contentState(ext))?.annotations?.quotes.map((q) => q.text) ?? [];

describe('a 5 MB article', () => {
  async function load() {
    const page = await open('/2024/03/14/big-article.html');
    const world = await watchExtensionWorld(page, ext.extensionId!);
    const state = await waitForContent(ext, 60_000);
    await page.waitForTimeout(300);
    const rec = await pageRecord(page);
    await world.detach();
    await page.close();
    const perf = state!.perf!;
    const ours = longTasksIn(rec, perf.lastStart, perf.lastEnd + 50);
    console.log(
      `5 MB article: ${state!.annotations!.article.textLength} chars annotated (partial), ${perf.slices} slices, busy ${perf.busyMs.toFixed(1)} ms, longest slice ${perf.maxSliceMs.toFixed(1)} ms (${perf.maxStep} ${perf.maxStepMs.toFixed(1)} ms); ` +
        `stages ${JSON.stringify(state!.annotations!.timing.stages)}; long tasks while we worked: ${ours.map((t) => t.duration.toFixed(0)).join(', ') || 'none'}; ` +
        `page's own long tasks before we started: ${rec.longTasks.filter((t) => t.start < perf.lastStart).map((t) => t.duration.toFixed(0)).join(', ') || 'none'}`,
    );
    return { state, rec, perf, ours, errors: world.errors };
  }

  it('is annotated in slices up to the cap, marked partial, with no long task of ours', async () => {
    let r = await load();
    // a timing problem must come back on a second load to count (the machine may be shared)
    if (r.perf.maxSliceMs >= 50 || r.ours.length) r = await load();
    expect(r.state?.status).toBe('annotated');
    expect(r.state!.annotations!.partial).toBe(true);
    expect(r.state!.annotations!.quotes.length).toBeGreaterThan(50);
    expect(r.errors).toEqual([]);
    expect(r.rec.mutations).toEqual([]);
    expect(r.perf.maxSliceMs).toBeLessThan(50);
    expect(r.ours).toEqual([]);
  });
});

describe('dynamic pages', () => {
  it('annotates an article body that arrives after the first run', async () => {
    const page = await open('/2024/03/14/late-body.html');
    expect((await waitForContent(ext))?.status).toBe('not-news');
    const body = paras(4, 1, 10);
    await page.evaluate((html) => {
      const story = document.getElementById('story')!;
      story.replaceChildren(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
    }, body);
    await expect.poll(async () => (await contentState(ext))?.status, { timeout: 10_000 }).toBe('annotated');
    expect((await quoteTexts()).length).toBeGreaterThan(3);
    await page.close();
  });

  it('annotates appended content (infinite scroll) once: no duplicate quotes or highlights', async () => {
    const page = await open('/2024/03/14/scroll.html');
    const first = await waitForContent(ext);
    const n0 = first!.annotations!.quotes.length;
    const sizeOf = () => page.evaluate(() => CSS.highlights.get('whosaid-quotes')?.size ?? 0);
    expect(await sizeOf()).toBe(n0);
    // three batches, 300 ms apart, as a feed would load them
    for (let b = 0; b < 3; b++) {
      await page.evaluate((html) => {
        const story = document.getElementById('story')!;
        story.append(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
      }, paras(10 + b, 100 + b * 10, 10));
      await page.waitForTimeout(300);
    }
    const expected = await page.evaluate(() => (document.getElementById('story')!.textContent!.match(/“/g) ?? []).length);
    await expect.poll(async () => (await quoteTexts()).length, { timeout: 10_000 }).toBe(expected);
    await page.waitForTimeout(500);
    const state = await contentState(ext);
    const keys = state!.annotations!.quotes.map((q) => q.key);
    expect(new Set(keys).size).toBe(keys.length);
    const spans = state!.annotations!.quotes.map((q) => `${q.start}:${q.end}`);
    expect(new Set(spans).size).toBe(spans.length);
    expect(await sizeOf()).toBe(keys.length);
    // one observer, batched: three batches of appends cost a few pipeline runs, not one per node
    expect(state!.perf!.runs).toBeLessThanOrEqual(4);
    expect(state!.perf!.watch!.refreshes).toBeLessThanOrEqual(3);
    await page.close();
  });

  it('resets on single-page-app navigation (pushState, popstate) and annotates the new page only', async () => {
    const page = await open('/2024/03/14/spa-first.html');
    const first = await waitForContent(ext);
    const firstPeople = new Set(first!.annotations!.people.map((p) => p.name));
    // the app's router: new URL, new article in the same document
    await page.evaluate((html) => {
      history.pushState({}, '', '/2024/03/15/spa-second.html');
      document.querySelector('h1')!.textContent = 'A second story';
      document.getElementById('story')!.replaceChildren(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
    }, paras(99, 500, 8));
    await expect.poll(async () => (await contentState(ext))?.perf?.watch?.navigations, { timeout: 10_000 }).toBe(1);
    const second = await waitForContent(ext);
    expect(second!.status).toBe('annotated');
    const texts = second!.annotations!.quotes.map((q) => q.text);
    expect(texts.length).toBeGreaterThan(0);
    // nothing of the first story is left: every quote and highlight is in the new text
    const storyText = await page.evaluate(() => document.getElementById('story')!.textContent!);
    for (const t of texts) expect(storyText).toContain(t.slice(0, 20));
    expect(await page.evaluate(() => CSS.highlights.get('whosaid-quotes')?.size ?? 0)).toBe(texts.length);
    // back (popstate, same DOM): the page is treated as a new page again
    await page.evaluate(() => history.back());
    await expect.poll(async () => (await contentState(ext))?.perf?.watch?.navigations, { timeout: 10_000 }).toBe(2);
    expect(firstPeople.size).toBeGreaterThan(0);
    await page.close();
  });
});

/** CDP renderer metrics: main-thread task and script time (seconds) so far. */
async function metrics(cdp: CDPSession): Promise<{ task: number; script: number }> {
  const { metrics: m } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const get = (n: string) => m.find((x) => x.name === n)?.value ?? 0;
  return { task: get('TaskDuration'), script: get('ScriptDuration') };
}

/** Runs the storm page for `seconds` and returns what the renderer's main thread spent. */
async function stormCost(b: Browser, seconds: number, setup?: () => void): Promise<{ task: number; script: number; state: Awaited<ReturnType<typeof contentState>> }> {
  const page = await b.context.newPage();
  await page.goto(server.url('/2024/03/14/storm.html'), { waitUntil: 'load' });
  if (b.extensionId) await waitForContent(b);
  if (setup) await page.evaluate(setup);
  const cdp = await b.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // 1,000 nodes a second: every 10 ms, ten new elements replace the ticker's ten (inside the story)
  await page.evaluate(() => {
    const ticker = document.getElementById('ticker')!;
    (window as unknown as { __storm: number }).__storm = window.setInterval(() => {
      const kids = [];
      for (let i = 0; i < 10; i++) {
        const el = document.createElement('b');
        el.textContent = String(Math.random()).slice(2, 8);
        kids.push(el);
      }
      ticker.replaceChildren(...kids);
    }, 10);
  });
  const before = await metrics(cdp);
  await page.waitForTimeout(seconds * 1000);
  const after = await metrics(cdp);
  const state = b.extensionId ? await contentState(b) : null;
  await page.evaluate(() => clearInterval((window as unknown as { __storm: number }).__storm));
  await cdp.detach();
  await page.close();
  return { task: after.task - before.task, script: after.script - before.script, state };
}

/** Control: the page itself registers one CSS custom highlight (what any highlight costs in Chromium). */
function oneHighlight() {
  const t = document.getElementById('story')!.querySelector('p')!.firstChild!;
  const r = new Range();
  r.setStart(t, 0);
  r.setEnd(t, 5);
  CSS.highlights.set('control', new Highlight(r));
}

describe('a page that changes 1,000 nodes a second', () => {
  it('costs the extension under 5% of a core in its own script time (Chromium repaints highlights on top)', async () => {
    const seconds = 8;
    const plain = await launch({ extension: false });
    try {
      const without = await stormCost(plain, seconds);
      const control = await stormCost(plain, seconds, oneHighlight);
      const withExt = await stormCost(ext, seconds);
      const pct = (x: number) => `${((x / seconds) * 100).toFixed(2)}%`;
      const w = withExt.state!.perf!.watch!;
      const own = w.ms / 1000 + withExt.state!.perf!.busyMs / 1000;
      console.log(
        `storm (${seconds} s, 1,000 nodes/s inside the story), renderer main-thread time: task ${(without.task * 1000).toFixed(0)} ms without the extension, ` +
          `${(control.task * 1000).toFixed(0)} ms with one highlight the page registers itself (+${pct(control.task - without.task)}), ${(withExt.task * 1000).toFixed(0)} ms with the extension ` +
          `(+${pct(withExt.task - without.task)} of a core; over the control +${pct(withExt.task - control.task)}); script +${pct(withExt.script - without.script)}; ` +
          `the extension's own accounting: watcher ${w.callbacks} callbacks, ${w.records} records, ${w.flushes} flushes, ${w.refreshes} refreshes, ${w.ms.toFixed(1)} ms; ` +
          `pipeline runs ${withExt.state!.perf!.runs}, ${withExt.state!.perf!.busyMs.toFixed(1)} ms; total ${pct(own)}`,
      );
      expect(w.records).toBeGreaterThan(seconds * 50);
      // the extension's cost as it accounts it (observer callbacks, flushes, pipeline slices): < 5%
      expect(own / seconds).toBeLessThan(0.05);
      // the renderer's script time with it, all worlds together (noisier: a regression guard)
      expect((withExt.script - without.script) / seconds).toBeLessThan(0.1);
      // Chromium revalidates and repaints every visible custom highlight on each DOM change: that
      // renderer cost is not the extension's script, and a highlighter cannot avoid it. Reported
      // above; guarded here against regressions only.
      expect((withExt.task - control.task) / seconds).toBeLessThan(0.3);
    } finally {
      await plain.close();
    }
  });
});

describe('network', () => {
  it('the extension makes no request: not from its worker, its popup or its content script', async () => {
    requests = [];
    const page = await open('/2024/03/14/scroll.html');
    await waitForContent(ext);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await popup.waitForTimeout(500);
    await popup.close();
    await page.close();
    const own = `chrome-extension://${ext.extensionId}/`;
    const fromExtension = requests.filter((r) => {
      const frameUrl = (() => {
        try {
          return r.frame().url();
        } catch {
          return '';
        }
      })();
      const byExtensionPage = frameUrl.startsWith(own) && !r.url().startsWith(own); // the popup fetching anything but its own files
      const byWorker = r.serviceWorker() !== null;
      const byContentScript = ['fetch', 'xhr', 'eventsource', 'websocket', 'ping'].includes(r.resourceType()) || (r.url().startsWith('chrome-extension://') && !frameUrl.startsWith(own));
      return byExtensionPage || byWorker || byContentScript;
    });
    console.log(`requests seen: ${requests.length} (${requests.map((r) => `${r.resourceType()} ${r.url().replace(/^http:\/\/127\.0\.0\.1:\d+/, '')}`).join(', ')}); from the extension: ${fromExtension.length}`);
    expect(fromExtension.map((r) => r.url())).toEqual([]);
  });
});
