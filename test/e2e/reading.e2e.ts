// The reading experience in real Chromium: highlight palettes, the hover card, keys, the popup
// (toggles, scroll-to-quote, site rules across reloads, badge), the options page, and axe-core.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Launched } from '../../scripts/lib/browser';
import { serve, type Served } from '../../scripts/lib/serve';
import { cardBox, cardStyle, highlighted, openPopupFor, overlaps, rangeRects, readCard, recordAxe, runAxe, shot, whosaidHighlights } from './helpers';

const root = path.resolve(__dirname, '../..');
const pages = path.join(__dirname, 'pages');
let browser: Launched;
let server: Served;

beforeAll(async () => {
  const extra: Record<string, string> = {};
  for (const f of fs.readdirSync(pages)) extra[`/${f}`] = fs.readFileSync(path.join(pages, f), 'utf8');
  server = await serve(path.join(root, 'sample'), extra);
  browser = await launchWithExtension({ headless: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(file: string, waitFor: string | null = 'whosaid-quotes'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(file));
  if (waitFor) await page.waitForFunction((n) => CSS.highlights.has(n), waitFor, { timeout: 15_000 });
  return page;
}

const centre = (b: { left: number; top: number; right: number; bottom: number }) => ({ x: b.left + Math.min(30, (b.right - b.left) / 2), y: (b.top + b.bottom) / 2 });

describe('highlights', () => {
  it('use the dark palette on a dark page, and the light one on the sample', async () => {
    const dark = await open('/dark-article.html', 'whosaid-quotes-dark');
    expect(await whosaidHighlights(dark)).toEqual(['whosaid-officials-dark', 'whosaid-people-dark', 'whosaid-quotes-dark']);
    await shot(dark, 'dark-article.png');
    await dark.close();
    const light = await open('/article.html');
    expect((await whosaidHighlights(light)).filter((n) => n.endsWith('-dark'))).toEqual([]);
    await light.close();
  });
});

describe('the hover card', () => {
  it('shows who said a quote under the pointer, beside the quote, and goes when the pointer leaves', async () => {
    const page = await open('/article.html');
    const rects = await rangeRects(page, 'quotes', 'We have waited');
    expect(rects.length).toBeGreaterThan(0);
    const p = centre(rects[0]!);
    await page.mouse.move(p.x, p.y);
    await page.waitForSelector('whosaid-card', { state: 'attached', timeout: 5_000 });
    await expect.poll(async () => (await readCard(page))?.text ?? '').toContain('Helena Marsh');
    const card = (await readCard(page))!;
    expect(card.text).toContain('“We have waited long enough for the water to decide for us,”');
    expect(card.text).toContain('Cue: said');
    expect(card.text).toMatch(/Quote 1 of \d+/);
    expect(card.text).toContain('In the article Mayor');
    expect(card.attributes['aria-live']).toBe('off');
    const box = (await cardBox(page))!;
    expect(box.right - box.left).toBeGreaterThan(100);
    for (const r of rects) expect(overlaps(box, r), JSON.stringify({ box, r })).toBe(false);
    await shot(page, 'hover-card.png');

    // off the highlight: the card goes
    await page.mouse.move(5, 5);
    await page.waitForSelector('whosaid-card', { state: 'detached', timeout: 5_000 });
    await page.close();
  });

  it('opens on a tap with touch (there is no hover), ignores a swipe, and closes on a tap elsewhere', async () => {
    const page = await open('/article.html');
    const rects = await rangeRects(page, 'quotes', 'We have waited');
    const p = centre(rects[0]!);
    const touch = (type: string, x: number, y: number) =>
      page.evaluate(
        ({ type, x, y }) => {
          const target = document.elementFromPoint(x, y) ?? document.body;
          target.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, pointerType: 'touch', isPrimary: true, pointerId: 7, clientX: x, clientY: y }));
        },
        { type, x, y },
      );
    // a swipe that starts on the quote is a scroll: no card
    await touch('pointerdown', p.x, p.y);
    await touch('pointerup', p.x, p.y + 80);
    await page.waitForTimeout(300);
    expect(await readCard(page)).toBeNull();
    // a tap on the quote: its card
    await touch('pointerdown', p.x, p.y);
    await touch('pointerup', p.x + 2, p.y + 1);
    await page.waitForSelector('whosaid-card', { state: 'attached', timeout: 5_000 });
    await expect.poll(async () => (await readCard(page))?.text ?? '').toContain('Helena Marsh');
    // a tap away from it: the card goes
    await touch('pointerdown', 5, 5);
    await touch('pointerup', 5, 5);
    await page.waitForSelector('whosaid-card', { state: 'detached', timeout: 5_000 });
    await page.close();
  });

  it('is dark on a dark page, and styled even where the page forbids inline styles (CSP)', async () => {
    const page = await open('/dark-article.html', 'whosaid-quotes-dark');
    const rects = await rangeRects(page, 'quotes', 'People on the islands');
    await page.mouse.move(centre(rects[0]!).x, centre(rects[0]!).y);
    await expect.poll(async () => (await readCard(page))?.text ?? '').toContain('Lena Okoro');
    expect((await readCard(page))!.attributes['data-tone']).toBe('dark');
    expect(await cardStyle(page, ['background-color', 'border-top-left-radius'])).toEqual({ 'background-color': 'rgb(36, 36, 42)', 'border-top-left-radius': '8px' });
    const box = (await cardBox(page))!;
    for (const r of rects) expect(overlaps(box, r)).toBe(false);
    await shot(page, 'hover-card-dark.png');
    await page.close();
  });

  it('shows a person, and flips above a quote at the bottom of the window', async () => {
    const page = await open('/article.html');
    // scroll the last quote to the bottom edge of the window
    await page.evaluate(() => {
      const h = CSS.highlights.get('whosaid-quotes') as unknown as Set<Range>;
      const r = [...h].find((x) => x.toString().startsWith('This is not the end'))!;
      const b = r.getBoundingClientRect();
      window.scrollBy(0, b.bottom - window.innerHeight + 12);
    });
    const rects = await rangeRects(page, 'quotes', 'This is not the end');
    await page.mouse.move(centre(rects[0]!).x, centre(rects[0]!).y);
    await expect.poll(async () => (await readCard(page))?.text ?? '').toContain('Tomas Ferreira');
    const box = (await cardBox(page))!;
    for (const r of rects) expect(overlaps(box, r)).toBe(false);
    expect(box.bottom).toBeLessThanOrEqual(rects[0]!.top);
    expect(box.top).toBeGreaterThanOrEqual(0);

    const person = await rangeRects(page, 'officials', 'Ferreira');
    const people = person.length ? person : await rangeRects(page, 'people', 'Ferreira');
    if (people.length) {
      await page.mouse.move(centre(people[0]!).x, centre(people[0]!).y);
      await expect.poll(async () => (await readCard(page))?.text ?? '').toMatch(/WhoSaid · Person/);
    }
    await page.close();
  });
});

describe('keys on the page', () => {
  it('step through quotes (and back) with the current one marked and announced, close the card with Escape, and hide everything', async () => {
    const page = await open('/article.html');
    const quotes = await highlighted(page, 'whosaid-quotes');
    await page.locator('h1').click(); // focus in the page, not in a field
    const focusedBefore = await page.evaluate(() => document.activeElement?.tagName);
    await page.keyboard.press('Alt+Shift+Period');
    await expect.poll(() => highlighted(page, 'whosaid-focus')).toEqual([quotes.find((q) => q.startsWith('We have waited'))]);
    await expect.poll(async () => (await readCard(page))?.text ?? '').toContain('Quote 1 of');
    expect((await readCard(page))!.attributes['aria-live']).toBe('polite');
    // a keyboard card takes focus (screen readers read it), and gives it back when it closes
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('WHOSAID-CARD');
    await page.keyboard.press('Alt+Shift+Period');
    await expect.poll(async () => (await readCard(page))?.text ?? '').toContain('Quote 2 of');
    const second = await highlighted(page, 'whosaid-focus');
    await page.keyboard.press('Alt+Shift+Comma');
    await expect.poll(async () => (await readCard(page))?.text ?? '').toContain('Quote 1 of');
    expect(await highlighted(page, 'whosaid-focus')).not.toEqual(second);
    // the card beside the current quote does not cover it, once the scroll settles
    await page.waitForTimeout(600);
    const box = (await cardBox(page))!;
    for (const r of await rangeRects(page, 'quotes', 'We have waited')) expect(overlaps(box, r)).toBe(false);

    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('WHOSAID-CARD');
    await page.keyboard.press('Escape');
    await page.waitForSelector('whosaid-card', { state: 'detached', timeout: 2_000 });
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe(focusedBefore);

    await page.keyboard.press('Alt+Shift+H');
    await expect.poll(() => whosaidHighlights(page)).toEqual([]);
    await page.keyboard.press('Alt+Shift+H');
    await expect.poll(() => whosaidHighlights(page)).toContain('whosaid-quotes');
    await page.close();
  });

  it('leave text fields alone', async () => {
    const page = await open('/dark-article.html', 'whosaid-quotes-dark');
    await page.locator('#search').click();
    await page.keyboard.press('Alt+Shift+Period');
    await page.keyboard.press('Alt+Shift+H');
    await page.keyboard.type('ferry');
    await page.waitForTimeout(300);
    expect(await page.locator('#search').inputValue()).toBe('ferry');
    expect(await highlighted(page, 'whosaid-focus')).toEqual([]);
    expect(await whosaidHighlights(page)).toContain('whosaid-quotes-dark');
    expect(await page.locator('whosaid-card').count()).toBe(0);
    await page.close();
  });
});

describe('the popup', () => {
  it('switches each category off and on, at once', async () => {
    const page = await open('/article.html');
    const { popup } = await openPopupFor(browser, page);
    await popup.getByText('Who speaks').waitFor();
    for (const [label, name] of [
      ['Quotes', 'whosaid-quotes'],
      ['Officials', 'whosaid-officials'],
      ['Other people', 'whosaid-people'],
    ] as const) {
      const box = popup.getByRole('checkbox', { name: new RegExp(`^${label}`) });
      await box.uncheck();
      await expect.poll(() => whosaidHighlights(page)).not.toContain(name);
      await box.check();
      await expect.poll(() => whosaidHighlights(page)).toContain(name);
    }
    // reported speech is off by default; on, it paints what the article reports
    const reported = popup.getByRole('checkbox', { name: /^Reported speech/ });
    const count = Number((await reported.locator('xpath=..').textContent())!.replace(/\D+/g, ''));
    await reported.check();
    if (count > 0) await expect.poll(() => whosaidHighlights(page)).toContain('whosaid-reported');
    await reported.uncheck();
    await expect.poll(() => whosaidHighlights(page)).not.toContain('whosaid-reported');
    await popup.close();
    await page.close();
  });

  it('scrolls the page to a quote and flashes it', async () => {
    const page = await open('/article.html');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const { popup } = await openPopupFor(browser, page);
    await popup.getByRole('button', { name: /Tomas Ferreira/ }).click();
    await popup.getByRole('button', { name: '“It is the end of waiting.”' }).click();
    await page.bringToFront(); // a real popup floats over the page: the page keeps running its frames
    await expect.poll(() => highlighted(page, 'whosaid-focus'), { timeout: 5_000 }).toEqual(['It is the end of waiting.']);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    await page.waitForTimeout(900); // smooth scroll and flash done
    const rects = await rangeRects(page, 'quotes', 'It is the end of waiting');
    const vh = await page.evaluate(() => window.innerHeight);
    expect(rects[0]!.top).toBeGreaterThanOrEqual(0);
    expect(rects[0]!.bottom).toBeLessThanOrEqual(vh);
    expect(await highlighted(page, 'whosaid-focus')).toEqual(['It is the end of waiting.']);
    await popup.close();
    await page.close();
  });

  it('remembers "never annotate here" and "always annotate here" across reloads', async () => {
    const page = await open('/article.html');
    let { popup } = await openPopupFor(browser, page);
    await popup.getByRole('radio', { name: 'Never annotate here' }).check();
    await expect.poll(() => whosaidHighlights(page)).toEqual([]);
    await popup.getByText('Off on this site.').waitFor();
    await popup.close();

    await page.reload();
    await page.waitForTimeout(700);
    expect(await whosaidHighlights(page)).toEqual([]);
    ({ popup } = await openPopupFor(browser, page));
    await popup.getByText('Off on this site.').waitFor();
    expect(await popup.getByRole('radio', { name: 'Never annotate here' }).isChecked()).toBe(true);
    await popup.getByRole('button', { name: 'Annotate this page once' }).click();
    await popup.getByText('Who speaks').waitFor();
    expect(await whosaidHighlights(page)).toContain('whosaid-quotes');

    // "always": the not-news page on the same host (127.0.0.1) is annotated after a reload
    await popup.getByRole('radio', { name: 'Always annotate here' }).check();
    await popup.close();
    const shop = await open('/not-news.html', null);
    await shop.waitForFunction(() => CSS.highlights.has('whosaid-quotes'), null, { timeout: 10_000 });
    await shop.reload();
    await shop.waitForFunction(() => CSS.highlights.has('whosaid-quotes'), null, { timeout: 10_000 });
    ({ popup } = await openPopupFor(browser, shop));
    expect(await popup.getByRole('radio', { name: 'Always annotate here' }).isChecked()).toBe(true);
    await popup.getByRole('radio', { name: /default/ }).check();
    await popup.close();
    await shop.reload();
    await shop.waitForTimeout(700);
    expect(await whosaidHighlights(shop)).toEqual([]);
    await shop.close();
    await page.close();
  });

  it('shows the number of quotes on the toolbar badge, and nothing where there are none', async () => {
    const page = await open('/article.html');
    const { popup, tabId } = await openPopupFor(browser, page);
    const quotes = (await highlighted(page, 'whosaid-quotes')).length;
    const badge = (from: Page, id: number) =>
      from.evaluate((t) => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({ tabId: t }), id);
    await expect.poll(() => badge(popup, tabId)).toBe(String(quotes));
    await popup.close();

    const empty = await open('/no-quotes.html', null);
    const second = await openPopupFor(browser, empty);
    await second.popup.getByText(/No direct quotations|No quotations or named people found/).waitFor();
    expect(await badge(second.popup, second.tabId)).toBe('');
    await second.popup.close();
    await empty.close();
    await page.close();
  });

  it('explains a page that is not news', async () => {
    const page = await open('/not-news.html', null);
    const { popup } = await openPopupFor(browser, page);
    await popup.getByText('does not look like a news article').waitFor();
    expect(await popup.getByRole('button', { name: 'Annotate this page anyway' }).isVisible()).toBe(true);
    await popup.close();
    await page.close();
  });
});

describe('accessibility (axe-core) and screenshots', () => {
  it('finds no serious or critical violation in the popup, light and dark', async () => {
    const page = await open('/article.html');
    await shot(page, 'sample-article.png', { fullPage: true });
    const { popup } = await openPopupFor(browser, page);
    await popup.getByText('Who speaks').waitFor();
    await popup.getByRole('button', { name: /Helena Marsh/ }).click();
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      const result = await runAxe(popup);
      recordAxe(`popup (${scheme})`, result);
      expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), JSON.stringify(result.violations)).toEqual([]);
      await shot(popup, scheme === 'light' ? 'popup.png' : 'popup-dark.png', { fullPage: true });
    }
    await popup.close();
    await page.close();
  });

  it('finds no serious or critical violation in the options page', async () => {
    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 900, height: 900 });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByText('WhoSaid options').waitFor();
    // the browser bound every suggested shortcut (it leaves a command unbound when it refuses a key)
    await options.getByText('Alt+Shift+Period').waitFor();
    expect(await options.getByRole('table').textContent()).toContain('Alt+Shift+H');
    expect(await options.getByText('not set').count()).toBe(0);
    await options.getByRole('region', { name: 'Never annotate' }).getByLabel('Add a site').fill('tabloid.example');
    await options.getByRole('region', { name: 'Never annotate' }).getByRole('button', { name: 'Add' }).click();
    await options.getByText('Saved: tabloid.example added').waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      const result = await runAxe(options);
      recordAxe(`options (${scheme})`, result);
      expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), JSON.stringify(result.violations)).toEqual([]);
    }
    await options.emulateMedia({ colorScheme: 'light' });
    await shot(options, 'options.png', { fullPage: true });
    // the setting is stored: a fresh options page shows it
    await options.reload();
    await options.getByText('tabloid.example').waitFor();
    await options.close();
  });
});
