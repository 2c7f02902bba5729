// The dynamic-page watcher with the real PageController in happy-dom (fallback highlighter: marks).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageController, type PageDeps } from '../../entrypoints/content/page';
import { watchPage, pageKey, type Watcher, type WatchTarget } from '../../entrypoints/content/watch';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { pageDeps } from './deps';

const para = (who: string, i: number) =>
  `<p>The council met for the ${i}th time on Tuesday, officials said. Members argued over the budget for hours before a vote was called. “We are close to a deal on item ${i},” Mayor ${who} told reporters after the meeting.</p>`;
const paras = (who: string, from: number, n: number) => Array.from({ length: n }, (_, i) => para(who, from + i)).join('');

const HEAD = `<title>Council news</title><meta property="og:type" content="article"><meta property="article:published_time" content="2024-03-14">`;
const SHELL = `<header><nav><a href="/">Home</a></nav></header><main><article><h1>Council argues</h1><div class="article-body" id="body"></div></article></main>`;

// Short timings so the tests run in real time.
const FAST = { debounceMs: 10, maxWaitMs: 40, cooldownMs: 10, maxCooldownMs: 80 };

const deps = pageDeps;

let page: PageController;
let watcher: Watcher;

function setUp(bodyHtml: string) {
  history.replaceState(null, '', '/2024/03/14/council-argues');
  document.head.innerHTML = HEAD; // fixture markup (invented text)
  document.body.innerHTML = SHELL;
  document.getElementById('body')!.innerHTML = bodyHtml;
  page = new PageController(document, 'ledger.example', deps());
  watcher = watchPage(window, document, page, FAST);
  page.guardDom = (write) => watcher.quiet(write);
}

const quoteTexts = () => page.annotations?.quotes.map((q) => q.text) ?? [];
const marks = () => document.querySelectorAll('whosaid-mark[data-whosaid="quotes"]').length;
const settle = () => new Promise((r) => setTimeout(r, 150));

afterEach(() => {
  watcher?.stop();
  page?.dispose();
});

describe('watchPage with the page controller', () => {
  beforeEach(() => vi.useRealTimers());

  it('annotates an article body that loads after the first run', async () => {
    setUp('<p>Loading…</p>');
    expect((await page.start(DEFAULT_SETTINGS)).status).toBe('not-news');
    document.getElementById('body')!.innerHTML = paras('Helena Marsh', 1, 8);
    await vi.waitFor(() => expect(page.pageStatus).toBe('annotated'), { timeout: 2000 });
    expect(quoteTexts().length).toBe(8);
  });

  it('adds the quotes of appended content once, with no duplicate highlights', async () => {
    setUp(paras('Helena Marsh', 1, 8));
    await page.start(DEFAULT_SETTINGS);
    expect(quoteTexts().length).toBe(8);
    const marksBefore = marks();
    // infinite scroll: more paragraphs arrive, in three batches
    for (let b = 0; b < 3; b++) document.getElementById('body')!.insertAdjacentHTML('beforeend', paras('Helena Marsh', 9 + b * 2, 2));
    await vi.waitFor(() => expect(quoteTexts().length).toBe(14), { timeout: 2000 });
    await settle();
    const texts = quoteTexts();
    expect(new Set(texts).size).toBe(texts.length);
    expect(new Set(page.annotations!.quotes.map((q) => q.key)).size).toBe(texts.length);
    expect(marks()).toBe(Math.round((marksBefore / 8) * 14));
  });

  it('ignores changes outside the story, and our own whosaid-* elements', async () => {
    setUp(paras('Helena Marsh', 1, 8));
    await page.start(DEFAULT_SETTINGS);
    const refresh = vi.spyOn(page, 'refresh');
    const ad = document.createElement('div');
    ad.textContent = 'An advertisement that rotates. '.repeat(20);
    document.querySelector('header')!.appendChild(ad);
    const card = document.createElement('whosaid-card');
    card.appendChild(document.createElement('span')).textContent = 'Hover card';
    document.getElementById('body')!.appendChild(card);
    card.firstChild!.textContent = 'changed';
    await settle();
    expect(refresh).not.toHaveBeenCalled();
    const s = watcher.stats();
    expect(s.callbacks).toBeGreaterThan(0);
    expect(s.refreshes).toBe(0);
  });

  it('does not re-run for its own fallback marks (no paint loop)', async () => {
    setUp(paras('Helena Marsh', 1, 8));
    await page.start(DEFAULT_SETTINGS);
    expect(marks()).toBeGreaterThan(0);
    await settle();
    expect(watcher.stats().refreshes).toBe(0);
  });

  it('resets on single-page-app navigation (pushState, popstate) and annotates the new page only', async () => {
    setUp(paras('Helena Marsh', 1, 8));
    await page.start(DEFAULT_SETTINGS);
    expect(quoteTexts().every((t) => /item \d+,?$/.test(t))).toBe(true);
    // the app swaps the article and pushes a new URL
    history.pushState(null, '', '/2024/03/15/council-votes');
    document.getElementById('body')!.innerHTML = paras('Tomas Ferreira', 101, 8);
    await vi.waitFor(() => expect(watcher.stats().navigations).toBe(1), { timeout: 2000 });
    await vi.waitFor(() => expect(page.pageStatus).toBe('annotated'), { timeout: 2000 });
    expect(page.annotations!.people.some((p) => p.name === 'Helena Marsh')).toBe(false);
    expect(page.annotations!.people.some((p) => p.name === 'Tomas Ferreira')).toBe(true);
    expect(quoteTexts().length).toBe(8);
    // back: popstate alone (same DOM) is enough to notice the URL change
    history.back();
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.waitFor(() => expect(watcher.stats().navigations).toBe(2), { timeout: 2000 });
  });

  it('treats a fragment change as the same page', () => {
    expect(pageKey('https://a.example/x?y=1#top')).toBe(pageKey('https://a.example/x?y=1#section-2'));
    expect(pageKey('https://a.example/x?y=1')).not.toBe(pageKey('https://a.example/x?y=2'));
  });
});

describe('watchPage under a mutation storm', () => {
  it('flushes at most every maxWaitMs and backs off while every flush finds work', async () => {
    document.head.innerHTML = HEAD;
    document.body.innerHTML = SHELL;
    const story = document.getElementById('body')!;
    story.innerHTML = paras('Helena Marsh', 1, 3);
    const target: WatchTarget & { refreshes: number } = {
      pageStatus: 'annotated',
      storyRoots: () => [story],
      refreshes: 0,
      refresh() {
        this.refreshes++;
      },
      navigated() {},
    };
    const w = watchPage(window, document, target, { debounceMs: 20, maxWaitMs: 50, cooldownMs: 20, maxCooldownMs: 320 });
    // 1,000 node changes a second inside the story for 1.5 s: 10 every 10 ms
    const ticker = document.createElement('span');
    story.appendChild(ticker);
    const start = performance.now();
    while (performance.now() - start < 1500) {
      for (let i = 0; i < 10; i++) ticker.appendChild(document.createElement('b')).textContent = String(i);
      ticker.replaceChildren();
      await new Promise((r) => setTimeout(r, 10));
    }
    w.stop();
    const s = w.stats();
    // without back-off a flush every 50 ms would be 30 refreshes; the cooldown doubles to 320 ms
    expect(target.refreshes).toBeGreaterThan(2);
    expect(target.refreshes).toBeLessThanOrEqual(12);
    expect(s.records).toBeGreaterThan(100);
    // the callbacks only take notes
    expect(s.ms / s.callbacks).toBeLessThan(1);
  });
});
