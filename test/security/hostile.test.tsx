// Hostile input: script and markup payloads in names, quotes, titles and roles go through the
// pipeline and the popup as text (no element is ever created from them); messages and settings from
// anywhere are checked against their schema and fall back or are dropped.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { annotate } from '../../lib/pipeline';
import { speakerGroups, unquotedPeople } from '../../lib/summary';
import { parseBackgroundRequest, parseContentRequest, parsePageState, parseStoryAnalysis, type PageState } from '../../lib/messages';
import { validateSettings, DEFAULT_SETTINGS } from '../../lib/settings';
import { Popup } from '../../components/Popup';
import type { PopupApi } from '../../utils/popup-api';
import { annotations, person, quote } from '../fixtures/annotations';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "');alert(1);//",
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  '<iframe srcdoc="<script>alert(1)</script>">',
];
const ACTIVE = 'script, img, svg, iframe, object, embed, link, style, base, meta, form';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe('payloads in a page go through the pipeline as text', () => {
  it.each(PAYLOADS)('%s', (payload) => {
    const p = esc(payload);
    const html = `<!doctype html><html lang="en"><head><title>${p} – Paper</title><meta property="og:type" content="article">
      <meta property="article:published_time" content="2024-05-02"><meta property="og:title" content="${p}"></head><body><article><h1>${p}</h1><div class="article-body">
      ${Array.from({ length: 6 }, (_, i) => `<p>The council met on Tuesday for the ${i}th time, officials said. “${p} is what we found,” Mayor Ada ${p} Brook said after the vote. Senator Ben Ortiz told reporters: “We will look at ${p} again.”</p>`).join('')}
      </div></article></body></html>`;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const before = doc.querySelectorAll(ACTIVE).length;
    const { annotations: a, story } = annotate(doc);
    expect(a.news.isNews).toBe(true);
    expect(doc.querySelectorAll(ACTIVE).length).toBe(before);
    expect(story!.text).toContain(payload);
    expect(a.article.title).toContain(payload);
    expect(a.quotes.some((q) => q.text.includes(payload))).toBe(true);
    // plain data all the way: it survives a structured clone (the message boundary) unchanged
    expect(structuredClone(a)).toEqual(a);
  });
});

describe('payloads in annotations render as text in the popup', () => {
  afterEach(() => document.body.replaceChildren());

  it('creates no element from names, roles, quotes, titles, speakers or errors', async () => {
    const a = annotations();
    a.article.title = PAYLOADS.join(' ');
    a.people = PAYLOADS.map((p, i) => person(`p${i}`, `${p} ${i}`, i % 2 === 0, { roleInText: p, role: p }));
    a.quotes = PAYLOADS.map((p, i) => quote(`q${i}`, `${p} said ${i}`, `${p} ${i}`, i < 3 ? `p${i}` : null, i * 100, { speakerDescription: p, cue: p }));
    a.news.signals = PAYLOADS;
    const state: PageState = { status: 'annotated', host: PAYLOADS[0]!, news: a.news, annotations: a, error: PAYLOADS[1]! };
    const api: PopupApi = {
      getState: vi.fn(async () => state),
      annotate: vi.fn(async () => state),
      reveal: vi.fn(async () => {}),
      loadSettings: vi.fn(async () => DEFAULT_SETTINGS),
      saveSettings: vi.fn(async (s) => s),
      openOptions: vi.fn(),
    };
    const { container } = render(<Popup api={api} />);
    await screen.findByText('Who speaks');
    expect(container.querySelectorAll(ACTIVE)).toHaveLength(0);
    expect(container.textContent).toContain(PAYLOADS[0]);
    expect(container.textContent).toContain(PAYLOADS[1]);
    for (const el of container.querySelectorAll('*')) for (const attr of el.getAttributeNames()) expect(attr.startsWith('on'), `${el.tagName} ${attr}`).toBe(false);
    // the summary the popup lists is built from the same strings, untouched
    expect(speakerGroups(a).map((g) => g.name)).toEqual(expect.arrayContaining([`${PAYLOADS[0]} 0`]));
    expect(unquotedPeople(a).officials.length + unquotedPeople(a).others.length).toBeGreaterThan(0);
  });

  it('shows a not-news page with payload signals and an error page as text', async () => {
    for (const status of ['not-news', 'error'] as const) {
      const state: PageState = { status, host: PAYLOADS[2]!, news: { isNews: false, score: 0, signals: PAYLOADS }, annotations: null, error: PAYLOADS[0]! };
      const api = { getState: async () => state, annotate: async () => state, reveal: async () => {}, loadSettings: async () => DEFAULT_SETTINGS, saveSettings: async (s: typeof DEFAULT_SETTINGS) => s, openOptions: () => {} };
      const { container, unmount } = render(<Popup api={api} />);
      await screen.findByRole(status === 'error' ? 'alert' : 'status');
      expect(container.querySelectorAll(ACTIVE)).toHaveLength(0);
      unmount();
    }
  });
});

describe('hostile messages are dropped by the validators', () => {
  const big = (n: number) => Array.from({ length: n }, () => ({ name: 'A B' }));
  it.each([
    ['not an object', 'whosaid:get-state'],
    ['an array', [{ type: 'whosaid:get-state' }]],
    ['unknown type', { type: 'whosaid:eval', code: 'alert(1)' }],
    ['reveal with markup for a key', { type: 'whosaid:reveal', key: '<img src=x onerror=alert(1)>' }],
    ['reveal with a long key', { type: 'whosaid:reveal', key: 'q' + '1'.repeat(100) }],
    ['step by 2', { type: 'whosaid:step', direction: 2 }],
    ['type as an object', { type: { toString: (): string => 'whosaid:get-state' } }],
  ])('content request: %s', (_what, raw) => {
    expect(parseContentRequest(raw)).toBeNull();
  });

  it('content request: extra fields are dropped, force must be true exactly', () => {
    expect(parseContentRequest({ type: 'whosaid:annotate', force: 'yes', extra: '<script>' })).toEqual({ type: 'whosaid:annotate', force: false });
    expect(parseContentRequest(JSON.parse('{"type":"whosaid:get-state","__proto__":{"polluted":true}}'))).toEqual({ type: 'whosaid:get-state' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it.each([
    ['too many lookups', { type: 'whosaid:lookup', queries: big(501) }],
    ['a lookup without a name', { type: 'whosaid:lookup', queries: [{ name: '' }] }],
    ['a lookup name too long', { type: 'whosaid:lookup', queries: [{ name: 'x'.repeat(201) }] }],
    ['a negative quote count', { type: 'whosaid:page-status', status: 'annotated', quotes: -1 }],
    ['an infinite quote count', { type: 'whosaid:page-status', status: 'annotated', quotes: Infinity }],
    ['an unknown status', { type: 'whosaid:page-status', status: '<b>', quotes: 1 }],
    ['analyse: text too long', { type: 'whosaid:analyse', text: 'x'.repeat(200_001), paragraphs: [] }],
    ['analyse: a paragraph past the text', { type: 'whosaid:analyse', text: 'abc', paragraphs: [{ start: 0, end: 4 }] }],
    ['analyse: paragraphs overlapping', { type: 'whosaid:analyse', text: 'abcdef', paragraphs: [{ start: 0, end: 4 }, { start: 2, end: 5 }] }],
    ['analyse: a fractional offset', { type: 'whosaid:analyse', text: 'abcdef', paragraphs: [{ start: 0.5, end: 4 }] }],
    ['analyse: paragraphs not an array', { type: 'whosaid:analyse', text: 'abc', paragraphs: { length: 1 } }],
  ])('background request: %s', (_what, raw) => {
    expect(parseBackgroundRequest(raw)).toBeNull();
  });

  it('background request: lookup fields are cut to size and typed', () => {
    const r = parseBackgroundRequest({ type: 'whosaid:lookup', queries: [{ name: '<script>x</script>', aliases: [1, 'a', {}, 'b'.repeat(300)], date: '2024-13-99; drop', roleInText: 5, context: Array(100).fill('c') }] });
    expect(r).toEqual({ type: 'whosaid:lookup', queries: [{ name: '<script>x</script>', aliases: ['a'], date: null, roleInText: null, context: Array(60).fill('c') }] });
  });

  it('page state and story analysis: malformed shapes and out-of-range offsets are refused', () => {
    expect(parsePageState({ status: 'annotated', annotations: { quotes: 'x' } })).toBeNull();
    expect(parsePageState({ status: 'pwned' })).toBeNull();
    const good = { quotes: [quote('q0', 'Hi', 'A B', null, 0)], reported: [], people: [person('p0', 'A B', true)], stages: { people: 1, ['<x>'.repeat(10)]: 2 } };
    expect(parseStoryAnalysis(good, 10)?.stages).toEqual({ people: 1 });
    expect(parseStoryAnalysis(good, 1)).toBeNull(); // the quote ends past the text
    expect(parseStoryAnalysis({ ...good, people: [{ key: 'p0', name: 'A', official: 'yes', mentions: [] }] }, 10)).toBeNull();
    expect(parseStoryAnalysis({ ...good, quotes: [{ ...good.quotes[0], key: { k: 1 } }] }, 10)).toBeNull();
    expect(parseStoryAnalysis(null, 10)).toBeNull();
  });
});

describe('settings from storage are validated field by field', () => {
  it('hostile values fall back to the defaults, and only host names survive in the site lists', () => {
    const s = validateSettings(
      JSON.parse(
        '{"__proto__":{"autoAnnotate":false},"categories":{"quotes":"yes","people":false,"__proto__":{"officials":false}},"autoAnnotate":"true",' +
          '"neverSites":["<script>alert(1)</script>","javascript:alert(1)","https://user@News.Example:8080/x","' + 'a'.repeat(300) + '",42,{},null,"www.paper.example"],' +
          '"alwaysSites":"paper.example","version":99}',
      ),
    );
    expect(s).toEqual({
      version: 1,
      categories: { quotes: true, officials: true, people: false, reported: false },
      autoAnnotate: true,
      alwaysSites: [],
      neverSites: ['news.example', 'paper.example'],
    });
    expect(({} as Record<string, unknown>)['autoAnnotate']).toBeUndefined();
  });
});

describe('the background answers only the extension itself', () => {
  it('ignores messages from another extension or a web page, and malformed ones', async () => {
    fakeBrowser.reset();
    // the fake browser has no commands API; the background only registers a listener there
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
    // no dataset asset in tests: the worker answers with text-only evidence
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('no asset in tests'));
    const mod = await import('../../entrypoints/background');
    (mod.default as unknown as { main: () => void }).main();
    const answers: unknown[] = [];
    const send = (msg: unknown, sender: object) =>
      new Promise<void>((done) => {
        const listeners = (fakeBrowser.runtime.onMessage as unknown as { trigger: (...a: unknown[]) => Promise<unknown[]> }).trigger;
        void listeners(msg, sender, (r: unknown) => answers.push(r)).then(() => setTimeout(done, 20));
      });
    const analyse = { type: 'whosaid:analyse', text: '“We will,” Mayor Ada Brook said.', paragraphs: [{ start: 0, end: 32 }] };
    await send(analyse, { id: 'another-extension', url: 'https://evil.example/' });
    await send(analyse, { url: 'https://evil.example/' });
    await send({ type: 'whosaid:analyse', text: 'x', paragraphs: [{ start: 0, end: 9 }] }, { id: fakeBrowser.runtime.id });
    expect(answers).toEqual([]);
    await send(analyse, { id: fakeBrowser.runtime.id });
    expect(answers).toHaveLength(1);
    expect(parseStoryAnalysis(answers[0], analyse.text.length)?.quotes.length).toBe(1);
  });
});
