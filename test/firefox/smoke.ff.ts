// The Firefox build (MV2) in Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi:
// highlights on the sample article, the hover card beside its quote, the in-page keys, and the
// popup (opened as a moz-extension page) toggling a category. Run by `npm run test:firefox`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { serve, type Served } from '../../scripts/lib/serve';
import { pixel } from './png';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUILD = path.join(root, '.output', 'firefox-mv2');
const FIREFOX = process.env['FIREFOX_PATH'] ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((f) => fs.existsSync(f));
const GECKO_ID = 'whosaid@whosaid.invalid';
// a fixed moz-extension UUID (pref below), so the test can open the popup by URL
const UUID = '7d3f6a52-4b1e-4c3a-9a57-2f0c6e1b8d41';

let browser: Browser;
let server: Served;

beforeAll(async () => {
  if (!FIREFOX) throw new Error('No Firefox found: apt-get install -y firefox-esr, or set FIREFOX_PATH');
  if (!fs.existsSync(path.join(BUILD, 'manifest.json'))) throw new Error('No Firefox build: run npm run build:firefox');
  const pages = path.join(root, 'test', 'e2e', 'pages');
  const extra: Record<string, string> = {};
  for (const f of fs.readdirSync(pages)) extra[`/${f}`] = fs.readFileSync(path.join(pages, f), 'utf8');
  server = await serve(path.join(root, 'sample'), extra);
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'], // lets a tab open moz-extension:// pages
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }) },
  });
  await browser.installExtension(BUILD);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function article(file = '/article.html', highlight = 'whosaid-quotes'): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(server.url(file));
  await page.waitForFunction((n) => CSS.highlights.has(n), { timeout: 20_000 }, highlight);
  return page;
}

const quoteRects = (page: Page, prefix: string, name = 'whosaid-quotes') =>
  page.evaluate(
    (pre, n) => {
      const h = CSS.highlights.get(n) as unknown as Set<Range>;
      const r = [...h].find((x) => x.toString().startsWith(pre))!;
      return [...r.getClientRects()].map((b) => ({ left: b.left, top: b.top, right: b.right, bottom: b.bottom }));
    },
    prefix,
    name,
  );

const hostBox = (page: Page) =>
  page.evaluate(() => {
    const r = document.querySelector('whosaid-card')!.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });

describe('WhoSaid in Firefox', () => {
  it('highlights quotes, officials and people with the Custom Highlight API', async () => {
    const page = await article();
    const sizes = await page.evaluate(() => Object.fromEntries(['quotes', 'officials', 'people', 'reported'].map((c) => [c, (CSS.highlights.get(`whosaid-${c}`) as unknown as Set<Range> | undefined)?.size ?? 0])));
    expect(sizes['quotes']).toBeGreaterThanOrEqual(8);
    expect(sizes['people']! + sizes['officials']!).toBeGreaterThan(0);
    expect(sizes['reported']).toBe(0);
    await page.close();
  });

  it('shows the card beside a hovered quote, and closes it with Escape', async () => {
    const page = await article();
    const rects = await quoteRects(page, 'We have waited');
    await page.mouse.move(rects[0]!.left + 30, (rects[0]!.top + rects[0]!.bottom) / 2);
    await page.waitForSelector('whosaid-card', { timeout: 5_000 });
    await page.waitForFunction(() => (document.querySelector('whosaid-card')?.getBoundingClientRect().width ?? 0) > 100 && (document.querySelector('whosaid-card')?.getBoundingClientRect().left ?? -1) >= 0, { timeout: 5_000 });
    const box = await hostBox(page);
    for (const r of rects) expect(box.left < r.right && r.left < box.right && box.top < r.bottom && r.top < box.bottom).toBe(false);
    // the shadow root is closed: the page sees the host, not what is inside
    expect(await page.evaluate(() => document.querySelector('whosaid-card')!.shadowRoot)).toBeNull();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('whosaid-card'), { timeout: 5_000 });
    await page.close();
  });

  it('paints the dark card on a dark page that forbids inline styles (CSP)', async () => {
    const page = await article('/dark-article.html', 'whosaid-quotes-dark');
    const rects = await quoteRects(page, 'People on the islands', 'whosaid-quotes-dark');
    await page.mouse.move(rects[0]!.left + 30, (rects[0]!.top + rects[0]!.bottom) / 2);
    await page.waitForFunction(() => (document.querySelector('whosaid-card')?.getBoundingClientRect().left ?? -1) >= 0, { timeout: 5_000 });
    await new Promise((r) => setTimeout(r, 200));
    const box = await hostBox(page);
    // the card's own background (#24242a), not the page's (#121212) showing through an unstyled card
    const png = Buffer.from(await page.screenshot({ encoding: 'binary' }));
    const scale = (await page.evaluate(() => window.devicePixelRatio)) || 1;
    const [r, g, b] = pixel(png, Math.round((box.left + 6) * scale), Math.round((box.top + 6) * scale));
    expect([r, g, b]).toEqual([36, 36, 42]);
    expect(pixel(png, Math.round(5 * scale), Math.round((box.top + 10) * scale))).toEqual([18, 18, 18]); // the page, at its left edge
    await page.close();
  });

  it('steps to the next quote and hides everything with the keys', async () => {
    const page = await article();
    await page.click('h1');
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('Period');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    await page.waitForFunction(() => CSS.highlights.has('whosaid-focus'), { timeout: 5_000 });
    const focused = await page.evaluate(() => [...(CSS.highlights.get('whosaid-focus') as unknown as Set<Range>)].map((r) => r.toString()));
    expect(focused).toEqual(['We have waited long enough for the water to decide for us,']);
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyH');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    await page.waitForFunction(() => ![...CSS.highlights.keys()].some((k) => String(k).startsWith('whosaid')), { timeout: 5_000 });
    await page.close();
  });

  it('opens the popup for the article and switches quotes off from it', async () => {
    const page = await article();
    const popup = await browser.newPage();
    // page.goto to a moz-extension page never resolves: start it and wait for the popup to render
    void popup.goto(`moz-extension://${UUID}/popup.html`).catch(() => {});
    await popup.waitForFunction(() => location.protocol === 'moz-extension:' && document.querySelector('main') !== null, { timeout: 10_000 });
    const tabId = await popup.evaluate(async () => {
      const b = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number }[]>; getCurrent(): Promise<{ id?: number }> } } }).browser;
      const me = (await b.tabs.getCurrent()).id;
      const tabs = await b.tabs.query({});
      return tabs.filter((t) => t.id !== me).at(-1)?.id ?? null;
    });
    expect(tabId).not.toBeNull();
    void popup.goto(`moz-extension://${UUID}/popup.html?tab=${tabId}`).catch(() => {});
    await popup.waitForFunction(() => location.search.includes('tab=') && document.body.textContent!.includes('Who speaks'), { timeout: 10_000 });
    expect(await popup.evaluate(() => document.body.textContent)).toContain('Helena Marsh');
    await popup.evaluate(() => {
      const box = [...document.querySelectorAll('label')].find((l) => l.textContent!.startsWith('Quotes'))!.querySelector('input')!;
      box.click();
    });
    await page.waitForFunction(() => !CSS.highlights.has('whosaid-quotes'), { timeout: 5_000 });
    await popup.evaluate(() => [...document.querySelectorAll('label')].find((l) => l.textContent!.startsWith('Quotes'))!.querySelector('input')!.click());
    await page.waitForFunction(() => CSS.highlights.has('whosaid-quotes'), { timeout: 5_000 });
    await popup.close();
    await page.close();
  });
});
