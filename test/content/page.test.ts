import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PageController, type PageDeps } from '../../entrypoints/content/page';
import { DEFAULT_SETTINGS, validateSettings } from '../../lib/settings';
import { pageDeps } from './deps';

const SAMPLE = fs.readFileSync(path.resolve(__dirname, '../../sample/article.html'), 'utf8');

function loadSample() {
  const parsed = new DOMParser().parseFromString(SAMPLE, 'text/html');
  document.head.innerHTML = parsed.head.innerHTML; // fixture markup: our own sample article
  document.body.innerHTML = parsed.body.innerHTML;
}

const deps = pageDeps;

describe('PageController', () => {
  beforeEach(loadSample);

  it('annotates a news page, paints it, and reports its status and quote count', async () => {
    const d = deps();
    const page = new PageController(document, 'ledger.example', d);
    const state = await page.start(validateSettings(undefined));
    expect(state.status).toBe('annotated');
    expect(state.annotations!.quotes.length).toBeGreaterThan(5);
    expect(d.reportStatus).toHaveBeenLastCalledWith('annotated', state.annotations!.quotes.length);
    expect(document.querySelectorAll('whosaid-mark').length).toBeGreaterThan(0); // happy-dom: fallback marks
    page.dispose();
    expect(document.querySelectorAll('whosaid-mark').length).toBe(0);
  });

  it('does nothing on a "never" site and says why', async () => {
    const d = deps();
    const page = new PageController(document, 'www.ledger.example', d);
    const state = await page.start(validateSettings({ neverSites: ['ledger.example'] }));
    expect(state.status).toBe('disabled-site');
    expect(state.annotations).toBeNull();
    expect(document.querySelectorAll('whosaid-mark').length).toBe(0);
  });

  it('waits for a request when automatic annotation is off', async () => {
    const page = new PageController(document, 'ledger.example', deps());
    expect((await page.start(validateSettings({ autoAnnotate: false }))).status).toBe('auto-off');
    expect((await page.start(validateSettings({ autoAnnotate: false }), true)).status).toBe('annotated');
    page.dispose();
  });

  it('toggles categories at once without running the pipeline again', async () => {
    const page = new PageController(document, 'ledger.example', deps());
    await page.start(DEFAULT_SETTINGS);
    const before = page.annotations;
    page.applySettings(validateSettings({ categories: { quotes: false } }));
    expect(page.annotations).toBe(before);
    const quoteMarks = [...document.querySelectorAll('whosaid-mark[data-whosaid="quotes"]')];
    expect(quoteMarks.length).toBeGreaterThan(0);
    expect(quoteMarks.every((m) => m.hasAttribute('data-whosaid-off'))).toBe(true);
    page.dispose();
  });

  it('steps through quotes in order and wraps around', async () => {
    const page = new PageController(document, 'ledger.example', deps());
    await page.start(DEFAULT_SETTINGS);
    const keys = page.annotations!.quotes.map((q) => q.key);
    expect(page.step(1)).toBe(keys[0]);
    expect(page.step(1)).toBe(keys[1]);
    expect(page.step(-1)).toBe(keys[0]);
    expect(page.step(-1)).toBe(keys[keys.length - 1]);
    page.dispose();
  });

  it('applies dataset answers when they arrive', async () => {
    const d = deps();
    d.lookup.mockImplementation(async (queries: { name: string }[]) =>
      queries.map((q) => (q.name === 'Tomas Ferreira' ? { id: 'Q9', name: q.name, description: null, country: null, roleAtDate: { title: 'Council member', organization: null, jurisdiction: null, start: null, end: null, endKind: 'unknown' as const, source: 'test' }, stillHeld: null, roleNow: null, verified: '2026-01-01', flags: [] } : null)),
    );
    const page = new PageController(document, 'ledger.example', d);
    await page.start(DEFAULT_SETTINGS);
    await vi.waitFor(() => expect(page.annotations!.people.find((p) => p.name === 'Tomas Ferreira')?.id).toBe('Q9'));
    page.dispose();
  });
});
