// The built extension (after npm run build / build:firefox): no eval, no Function constructor, no code
// that fetches or loads anything remote (the one fetch reads the extension's own packaged dataset), and
// a manifest that asks for storage only. A build absent
// here is skipped (npm run test:e2e builds first).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleSizes, CONTENT_BUDGET_GZIP } from '../../scripts/bench/bundle';

const root = path.resolve(__dirname, '../..');
const builds = ['chrome-mv3', 'firefox-mv2'].map((b) => path.join(root, '.output', b)).filter((d) => fs.existsSync(path.join(d, 'manifest.json')));

/** Code that evaluates strings or reaches the network. */
const FORBIDDEN: [string, RegExp][] = [
  ['eval', /(?:^|[^.\w$])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['Function("…")', /(?:^|[^.\w$])Function\s*\(\s*['"`]/],
  ['setTimeout/setInterval with a string', /\bset(?:Timeout|Interval)\s*\(\s*['"`]/],
  ['importScripts', /\bimportScripts\s*\(/],
  ['dynamic import of a URL', /\bimport\s*\(\s*['"`]https?:/],
  // the worker reads its own packaged dataset (fetch(browser.runtime.getURL(…))); nothing else is fetched
  ['fetch', /(?:^|[^.\w$])fetch\s*\((?![\w$.]+\.runtime\.getURL\(\s*['"`]\/dataset\/)/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\s*\(/],
  ['EventSource', /\bEventSource\s*\(/],
  ['sendBeacon', /\bsendBeacon\s*\(/],
];
/**
 * URLs a bundle may contain as plain strings: XML namespaces (Preact), links in error messages, and
 * the content script's own match patterns (http://*\/*).
 */
const ALLOWED_URL = /^https?:\/\/(?:www\.w3\.org\/|github\.com\/wxt-dev\/|wxt\.dev\/|\*\/\*$)/;

function files(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p, ext));
    else if (ext.test(e.name)) out.push(p);
  }
  return out;
}

describe.skipIf(!builds.length)('built bundles', () => {
  it.each(builds.flatMap((b) => files(b, /\.js$/).map((f) => [path.relative(root, f), f] as const)))('%s evaluates no string and loads nothing remote', (_name, file) => {
    const js = fs.readFileSync(file, 'utf8');
    const found = FORBIDDEN.filter(([, re]) => re.test(js)).map(([name]) => name);
    expect(found).toEqual([]);
    const urls = [...js.matchAll(/https?:\/\/[^\s'"`)\\]+/g)].map((m) => m[0]).filter((u) => !ALLOWED_URL.test(u));
    expect(urls).toEqual([]);
  });

  it.each(builds.flatMap((b) => files(b, /\.html$/).map((f) => [path.relative(root, f), f] as const)))('%s loads only packaged scripts and styles', (_name, file) => {
    const html = fs.readFileSync(file, 'utf8');
    const refs = [...html.matchAll(/\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/g)].map((m) => m[1]!);
    expect(refs.filter((r) => /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(r))).toEqual([]);
  });

  it.each(builds.map((b) => [path.basename(b), b] as const))('%s manifest: storage only, no remote code, no external connections', (_name, dir) => {
    const m = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(m['permissions']).toEqual(['storage']);
    expect(m['optional_permissions']).toBeUndefined();
    expect(m['host_permissions']).toBeUndefined();
    expect(m['externally_connectable']).toBeUndefined();
    expect(m['web_accessible_resources']).toBeUndefined();
    expect(m['content_security_policy']).toBeUndefined(); // the browser's default: no remote or eval'd code
    const cs = m['content_scripts'] as { matches: string[] }[];
    expect(cs.flatMap((c) => c.matches)).toEqual(['http://*/*', 'https://*/*']);
  });

  it('the content script stays within its size budget (40 KB gzipped)', () => {
    const sizes = bundleSizes(builds.find((b) => b.endsWith('chrome-mv3')));
    const content = (sizes ?? []).filter((f) => /^content-scripts\/.*\.js$/.test(f.file));
    expect(content.length).toBeGreaterThan(0);
    expect(content.reduce((a, f) => a + f.gzip, 0)).toBeLessThanOrEqual(CONTENT_BUDGET_GZIP);
  });
});
