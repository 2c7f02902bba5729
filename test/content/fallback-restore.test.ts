// The fallback highlighter (no CSS Custom Highlight API: happy-dom here) is the one path that touches
// the page's DOM. Whenever it is toggled off (the page hidden, every category off, the site set to
// "never", the script unloaded), the DOM must be exactly what it was: the same markup and the very same
// Text node objects. Real Chromium always has the API, and a content script's isolated world keeps its
// own globals, so this is checked here, in happy-dom, not end to end.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageController, type PageDeps } from '../../entrypoints/content/page';
import { DEFAULT_SETTINGS, validateSettings } from '../../lib/settings';
import { bigArticle } from '../../scripts/bench/generate';
import { pageDeps } from './deps';

const SAMPLE = fs.readFileSync(path.resolve(__dirname, '../../sample/article.html'), 'utf8');
const INLINE = `<html lang="en"><head><title>Inline</title><meta property="og:type" content="article"><meta property="article:published_time" content="2024-03-14"></head>
<body><article><div class="article-body">${Array.from({ length: 6 }, (_, i) => `<p>The council met for the ${i}th time, officials said. “We <em>will</em> build <a href="/x">the barrier</a> by spring,” Mayor <b>Helena</b> Marsh said. Senator Tomas Ferreira told reporters: “Not <i>this</i> year.”</p>`).join('\n')}</div></article></body></html>`;

const PAGES: [string, string][] = [
  ['the sample article', SAMPLE],
  ['quotes and names across inline elements', INLINE],
  ['a generated 80 KB article', bigArticle(80_000)],
];

function load(html: string) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.head.innerHTML = parsed.head.innerHTML; // fixture markup (our own pages)
  document.body.innerHTML = parsed.body.innerHTML;
}

/** The DOM as markup plus the identity of every text node, in order. */
function snapshot() {
  const texts: Text[] = [];
  const w = document.createTreeWalker(document.body, 4);
  for (let n = w.nextNode(); n; n = w.nextNode()) texts.push(n as Text);
  return { html: document.body.innerHTML, texts, data: texts.map((t) => t.data) };
}

function expectRestored(before: ReturnType<typeof snapshot>) {
  const after = snapshot();
  expect(document.querySelectorAll('whosaid-mark')).toHaveLength(0);
  expect(after.html).toBe(before.html);
  expect(after.data).toEqual(before.data);
  expect(after.texts.length).toBe(before.texts.length);
  for (let i = 0; i < before.texts.length; i++) if (after.texts[i] !== before.texts[i]) expect.fail(`text node ${i} was replaced`);
}

const deps = pageDeps;
const marks = () => document.querySelectorAll('whosaid-mark').length;

let page: PageController | null = null;
afterEach(() => page?.dispose());

describe.each(PAGES)('fallback highlighter on %s', (_name, html) => {
  it('hiding the page restores the DOM exactly; showing it paints again; unloading restores it', async () => {
    load(html);
    const before = snapshot();
    page = new PageController(document, 'ledger.example', deps());
    const state = await page.start(DEFAULT_SETTINGS);
    expect(state.status).toBe('annotated');
    expect(marks()).toBeGreaterThan(0);
    const painted = marks();
    expect(page.togglePage()).toBe(true);
    expectRestored(before);
    expect(page.togglePage()).toBe(false);
    expect(marks()).toBe(painted);
    page.dispose();
    expectRestored(before);
  });

  it('turning every category off restores the DOM exactly; one back on paints again', async () => {
    load(html);
    const before = snapshot();
    page = new PageController(document, 'ledger.example', deps());
    await page.start(DEFAULT_SETTINGS);
    page.applySettings(validateSettings({ categories: { quotes: false, officials: false, people: false, reported: false } }));
    expectRestored(before);
    page.applySettings(validateSettings({ categories: { quotes: true, officials: false, people: false, reported: false } }));
    expect(document.querySelectorAll('whosaid-mark[data-whosaid="quotes"]').length).toBeGreaterThan(0);
    expect(document.querySelectorAll('whosaid-mark:not([data-whosaid-off])').length).toBe(document.querySelectorAll('whosaid-mark[data-whosaid="quotes"]').length);
  });

  it('setting the site to "never" restores the DOM exactly', async () => {
    load(html);
    const before = snapshot();
    page = new PageController(document, 'ledger.example', deps());
    await page.start(DEFAULT_SETTINGS);
    page.applySettings(validateSettings({ neverSites: ['ledger.example'] }));
    expectRestored(before);
  });

  it('a refresh after the page changed repaints from the restored text, and unloading restores it', async () => {
    load(html);
    page = new PageController(document, 'ledger.example', deps());
    await page.start(DEFAULT_SETTINGS);
    const extra = document.createElement('p');
    extra.textContent = '“We are not done,” Mayor Helena Marsh said on Friday, officials said.';
    (document.querySelector('.article-body') ?? document.querySelector('article') ?? document.body).appendChild(extra);
    // what the page is now, without our marks: take them out, look, put them back
    page.togglePage();
    const before = snapshot();
    page.togglePage();
    await page.refresh();
    expect(page.annotations!.quotes.some((q) => q.text.startsWith('We are not done'))).toBe(true);
    page.dispose();
    expectRestored(before);
  });
});
