// The built extension in real Chromium, on the sample article served locally.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Launched } from '../../scripts/lib/browser';
import { serve, type Served } from '../../scripts/lib/serve';

const root = path.resolve(__dirname, '../..');
let browser: Launched;
let server: Served;

/**
 * Records every DOM mutation once the parser is done (DOMContentLoaded comes before any content
 * script at document_idle), in the page's own world.
 */
const RECORD_MUTATIONS = `
  window.__mutations = [];
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((ms) => { for (const m of ms) window.__mutations.push(m.type + ':' + (m.target.nodeName || '')); })
      .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
`;

async function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const c of ['quotes', 'officials', 'people', 'reported']) {
      const h = CSS.highlights.get(`whosaid-${c}`);
      out[c] = h ? h.size : 0;
    }
    return out;
  });
}

async function waitForHighlights(page: Page) {
  await page.waitForFunction(() => CSS.highlights.has('whosaid-quotes') || CSS.highlights.has('whosaid-people'), null, { timeout: 15_000 });
}

async function openArticle(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.addInitScript(RECORD_MUTATIONS);
  await page.goto(url);
  return page;
}

async function openPopupFor(page: Page): Promise<Page> {
  // Without the "tabs" permission tabs cannot be found by URL: make the article the active tab and
  // ask for the active tab's id, then point the popup at it.
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await page.bringToFront();
  const tabId = await popup.evaluate(async () => {
    const tabsApi = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome.tabs;
    const [tab] = await tabsApi.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  expect(tabId).not.toBeNull();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

beforeAll(async () => {
  server = await serve(path.join(root, 'sample'), {
    '/not-news.html': '<!doctype html><html><head><title>Shop</title></head><body><h1>Our products</h1><ul><li><a href="/a">Kettle</a></li><li><a href="/b">Teapot</a></li></ul><p>Free delivery over 30 euros.</p></body></html>',
  });
  browser = await launchWithExtension({ headless: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('WhoSaid in Chromium', () => {
  it('highlights every category on the sample article without changing its DOM', async () => {
    const page = await openArticle(server.url('/article.html'));
    await waitForHighlights(page);
    const sizes = await highlightSizes(page);
    expect(sizes.quotes).toBeGreaterThanOrEqual(8);
    expect(sizes.officials).toBeGreaterThan(0);
    expect(sizes.people).toBeGreaterThan(0);
    // the reported-speech category is off by default
    expect(sizes.reported).toBe(0);
    const mutations = await page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations);
    expect(mutations, mutations.join(' ')).toEqual([]);
    // the highlighted quote text is the text between the marks
    const first = await page.evaluate(() => {
      const h = CSS.highlights.get('whosaid-quotes')!;
      const texts = [...(h as unknown as Set<Range>)].map((r) => r.toString());
      return texts.find((t) => t.startsWith('We have waited')) ?? null;
    });
    expect(first).toBe('We have waited long enough for the water to decide for us,');
    await page.close();
  });

  it('turns a category off from the popup, at once and across reloads', async () => {
    const page = await openArticle(server.url('/article.html'));
    await waitForHighlights(page);
    const popup = await openPopupFor(page);
    await popup.getByText('Who speaks').waitFor();
    await expect(popup.getByText('Helena Marsh').first().isVisible()).resolves.toBe(true);
    const quotesToggle = popup.getByRole('checkbox', { name: /Quotes/ });
    await expect(quotesToggle.isChecked()).resolves.toBe(true);
    await quotesToggle.uncheck();
    await page.waitForFunction(() => !CSS.highlights.has('whosaid-quotes'), null, { timeout: 5_000 });
    expect((await highlightSizes(page)).officials).toBeGreaterThan(0);
    // remembered across pages
    await page.reload();
    await page.waitForFunction(() => CSS.highlights.has('whosaid-officials'), null, { timeout: 15_000 });
    expect(await page.evaluate(() => CSS.highlights.has('whosaid-quotes'))).toBe(false);
    await quotesToggle.check();
    await page.waitForFunction(() => CSS.highlights.has('whosaid-quotes'), null, { timeout: 5_000 });
    await popup.close();
    await page.close();
  });

  it('leaves a page that is not news alone, and annotates it on request', async () => {
    const page = await openArticle(server.url('/not-news.html'));
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => String(k).startsWith('whosaid')))).toEqual([]);
    const popup = await openPopupFor(page);
    await popup.getByText('does not look like a news article').waitFor();
    await popup.getByRole('button', { name: 'Annotate this page anyway' }).click();
    await popup.getByText('Annotated.').waitFor();
    await popup.close();
    await page.close();
  });
});
