// Shared steps for the end-to-end tests in Chromium: popups for a tab, the in-page card's text (it
// sits in a closed shadow root, so it is read through the DevTools protocol, which sees inside),
// highlight ranges, axe-core runs, screenshots.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { Launched } from '../../scripts/lib/browser';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Screenshots go to .output/screenshots, or to docs/screenshots with WHOSAID_SCREENSHOTS=docs. */
export const SHOTS_DIR = process.env['WHOSAID_SCREENSHOTS'] === 'docs' ? path.join(root, 'docs', 'screenshots') : path.join(root, '.output', 'screenshots');

export async function shot(page: Page, name: string, opts: { fullPage?: boolean } = {}) {
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS_DIR, name), fullPage: opts.fullPage ?? false });
}

/** The extension's popup, opened as a tab that speaks for `page` (without the "tabs" permission). */
export async function openPopupFor(browser: Launched, page: Page, opts: { width?: number } = {}): Promise<{ popup: Page; tabId: number }> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: opts.width ?? 400, height: 640 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await page.bringToFront();
  const tabId = await popup.evaluate(async () => {
    const tabs = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome.tabs;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (tabId === null) throw new Error('no active tab');
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  // in front, so its animation frames run (Playwright waits on them before clicking)
  await popup.bringToFront();
  return { popup, tabId };
}

interface CdpNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

export interface CardInfo {
  text: string;
  attributes: Record<string, string>;
}

/** The card's text and its live region's attributes, or null when no card is open. */
export async function readCard(page: Page): Promise<CardInfo | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root: doc } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    let host: CdpNode | null = null;
    const find = (n: CdpNode) => {
      if (n.nodeName === 'WHOSAID-CARD') host = n;
      for (const k of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) if (!host) find(k);
    };
    find(doc);
    if (!host) return null;
    const texts: string[] = [];
    let attributes: Record<string, string> = {};
    const walk = (n: CdpNode) => {
      if (n.nodeName === 'STYLE') return;
      if (n.nodeType === 3) texts.push(n.nodeValue ?? '');
      const attrs = n.attributes ?? []; // [name, value, name, value, …]
      const pairs = Object.fromEntries(attrs.flatMap((a, i) => (i % 2 ? [] : [[a, attrs[i + 1] ?? '']])));
      if (pairs['class'] === 'card') attributes = pairs;
      for (const k of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) walk(k);
    };
    walk(host);
    return { text: texts.join(' ').replace(/\s+/g, ' ').trim(), attributes };
  } finally {
    await cdp.detach();
  }
}

/** Computed style properties of the card's box (inside the closed shadow root), or null. */
export async function cardStyle(page: Page, props: string[]): Promise<Record<string, string> | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root: doc } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode & { nodeId: number } };
    let id: number | null = null;
    const find = (n: CdpNode & { nodeId?: number }) => {
      const attrs = n.attributes ?? [];
      if (attrs.some((a, i) => i % 2 === 0 && a === 'class' && attrs[i + 1] === 'card')) id = n.nodeId ?? null;
      for (const k of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) if (id === null) find(k);
    };
    find(doc);
    if (id === null) return null;
    const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: id })) as { computedStyle: { name: string; value: string }[] };
    return Object.fromEntries(computedStyle.filter((p) => props.includes(p.name)).map((p) => [p.name, p.value]));
  } finally {
    await cdp.detach();
  }
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The card host's box (the host is sized to the card), or null. */
export async function cardBox(page: Page): Promise<Box | null> {
  return page.evaluate(() => {
    const h = document.querySelector('whosaid-card');
    if (!h) return null;
    const r = h.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
}

/** Client rects of the first highlighted range (in any palette of a category) whose text starts with `prefix`. */
export async function rangeRects(page: Page, category: string, prefix: string): Promise<Box[]> {
  return page.evaluate(
    ([cat, pre]) => {
      for (const name of [`whosaid-${cat}`, `whosaid-${cat}-dark`]) {
        const h = CSS.highlights.get(name) as unknown as Set<Range> | undefined;
        const r = h && [...h].find((x) => x.toString().startsWith(pre!));
        if (r) return [...r.getClientRects()].map((b) => ({ left: b.left, top: b.top, right: b.right, bottom: b.bottom }));
      }
      return [];
    },
    [category, prefix],
  );
}

export const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Texts of the ranges in the highlights named (all palettes of) `name`. */
export async function highlighted(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const out: string[] = [];
    for (const key of [n, `${n}-dark`]) {
      const h = CSS.highlights.get(key) as unknown as Set<Range> | undefined;
      if (h) for (const r of h) out.push(r.toString());
    }
    return out;
  }, name);
}

export async function whosaidHighlights(page: Page): Promise<string[]> {
  return page.evaluate(() => [...CSS.highlights.keys()].map(String).filter((k) => k.startsWith('whosaid')).sort());
}

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeSummary {
  byImpact: Record<string, number>;
  violations: { id: string; impact: string | null; nodes: number; help: string }[];
}

/** Runs axe-core in a page (evaluated through the protocol, so extension pages' CSP allows it). */
export async function runAxe(page: Page): Promise<AxeSummary> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: { id: string; impact: string | null; nodes: unknown[]; help: string }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help }));
  });
  const byImpact: Record<string, number> = { minor: 0, moderate: 0, serious: 0, critical: 0 };
  for (const v of violations) byImpact[v.impact ?? 'unknown'] = (byImpact[v.impact ?? 'unknown'] ?? 0) + v.nodes;
  return { byImpact, violations };
}

/** Appends one axe result to .output/axe-report.json (for the record; the tests assert on it). */
export function recordAxe(name: string, s: AxeSummary) {
  const file = path.join(root, '.output', 'axe-report.json');
  const all = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, AxeSummary>) : {};
  all[name] = s;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(all, null, 2));
}
