// npm run bench:browser [-- --pages N] [--corpus DIR]   (after npm run build)
//
// Figures from real Chromium (prints, asserts nothing):
//  1. The pipeline's stages on Chromium's own DOM: each page loaded in a plain Chromium (no
//     extension), the stages evaluated in the page; the first run ("cold": what a content script
//     pays on every page load, its code not yet optimised) and the median of 5 more ("warm").
//  2. Memory added per tab: the same pages with the built extension and without, JS heap of the tab's
//     renderer (V8 isolate: page world plus the extension's isolated world) after a forced GC, and
//     the DOM node count (the extension must add none).
import fs from 'node:fs';
import { launch, serveDir, waitForContent, type Browser } from './chromium';
import { loadPages, DEFAULT_CORPUS, SAMPLE } from './corpus';
import { benchScript } from './bundle-entry';
import { fmt, median, percentile, table } from './stats';
import os from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
const opt = (name: string): string | null => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] ?? null : null;
};
const { source, pages: all } = loadPages(opt('--corpus') ?? DEFAULT_CORPUS);
const limit = Number(opt('--pages') ?? 40);
// an even spread over the corpus, news and not
const pages = all.length <= limit ? all : Array.from({ length: limit }, (_, i) => all[Math.floor((i * all.length) / limit)]!);
const dir = path.dirname(pages[0]?.file ?? SAMPLE);

type Ms = Record<string, number>;
interface StageRun {
  isNews: boolean;
  chars: number;
  ms: Ms;
}

async function stages(b: Browser, url: string, js: string): Promise<{ cold: StageRun; warm: Ms }> {
  const page = await b.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.evaluate(js);
    const run = () => page.evaluate(() => (globalThis as unknown as { __whosaidBench: { run(u: null): StageRun } }).__whosaidBench.run(null));
    const cold = await run();
    const warmRuns: StageRun[] = [];
    for (let i = 0; i < 5; i++) warmRuns.push(await run());
    const warm: Ms = {};
    for (const k of Object.keys(cold.ms)) warm[k] = median(warmRuns.map((r) => r.ms[k]!));
    return { cold, warm };
  } finally {
    await page.close();
  }
}

async function heap(b: Browser, url: string): Promise<{ heap: number; nodes: number; status: string | null }> {
  const page = await b.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    let status: string | null = null;
    if (b.extensionId) status = (await waitForContent(b, 30_000))?.status ?? null;
    else await page.waitForTimeout(300);
    await page.waitForTimeout(300);
    const cdp = await b.context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const { nodes } = (await cdp.send('Memory.getDOMCounters')) as { nodes: number };
    await cdp.detach();
    return { heap: usedSize, nodes, status };
  } finally {
    await page.close();
  }
}

/**
 * A control extension whose content script does nothing: what any extension's isolated world costs a
 * tab, whatever its script does.
 */
function emptyExtension(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-empty-ext-'));
  fs.writeFileSync(path.join(d, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'Empty', version: '1.0', background: { service_worker: 'bg.js' }, content_scripts: [{ matches: ['http://*/*'], js: ['c.js'], run_at: 'document_idle' }] }));
  fs.writeFileSync(path.join(d, 'c.js'), 'void 0;\n');
  fs.writeFileSync(path.join(d, 'bg.js'), 'void 0;\n');
  return d;
}

const server = await serveDir(dir);
const plain = await launch({ extension: false });
const ext = await launch({ extension: true });
const emptyDir = emptyExtension();
const empty = await launch({ extension: true, extensionDir: emptyDir });
try {
  console.log(`WhoSaid in Chromium: ${source}; ${pages.length} pages (scripts stripped, no network)`);
  const js = await benchScript();
  const rows: { id: string; label: string | null; cold: StageRun; warm: Ms; memWith: number; memWithout: number; memEmpty: number; nodesWith: number; nodesWithout: number; status: string | null }[] = [];
  for (const p of pages) {
    const url = server.url('/' + path.basename(p.file));
    const st = await stages(plain, url, js);
    const without = await heap(plain, url);
    const withExt = await heap(ext, url);
    const withEmpty = await heap({ ...empty, extensionId: null }, url);
    rows.push({ id: p.id, label: p.label, cold: st.cold, warm: st.warm, memWith: withExt.heap, memWithout: without.heap, memEmpty: withEmpty.heap, nodesWith: withExt.nodes, nodesWithout: without.nodes, status: withExt.status });
    if (process.stderr.isTTY) process.stderr.write(`\r${rows.length}/${pages.length}`);
  }
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');

  const keys = ['decision', 'detect', 'extract', 'text', 'people', 'quotes', 'pipeline'];
  const line = (name: string, xs: number[]) => [name, median(xs), percentile(xs, 95), Math.max(...xs)];
  console.log('\nStages on Chromium\'s DOM (ms per page; median, p95, max across pages). cold = first run in a fresh page, as a content script runs:');
  console.log(
    table(['stage', 'cold median', 'cold p95', 'cold max', 'warm median', 'warm p95', 'warm max'], keys.map((k) => {
      const c = line(k, rows.map((r) => r.cold.ms[k]!));
      const w = line(k, rows.map((r) => r.warm[k]!));
      return [k, c[1]!, c[2]!, c[3]!, w[1]!, w[2]!, w[3]!] as (string | number)[];
    })),
  );
  const nonNews = rows.filter((r) => r.label === 'non-news');
  if (nonNews.length) {
    console.log(`\nStart → decision on ${nonNews.length} non-news pages: cold median ${fmt(median(nonNews.map((r) => r.cold.ms['decision']!)), 3)} ms (p95 ${fmt(percentile(nonNews.map((r) => r.cold.ms['decision']!), 95))}), warm median ${fmt(median(nonNews.map((r) => r.warm['decision']!)), 3)} ms`);
  }
  const kb = (x: number) => x / 1024;
  const added = rows.map((r) => kb(r.memWith - r.memWithout));
  const ann = rows.filter((r) => r.status === 'annotated').map((r) => kb(r.memWith - r.memWithout));
  const skipped = rows.filter((r) => r.status !== 'annotated').map((r) => kb(r.memWith - r.memWithout));
  console.log('\nMemory added per tab (JS heap of the tab after GC, with the extension minus without; KB):');
  console.log(table(['pages', 'n', 'median', 'p95', 'max'], [
    ['all', added.length, median(added), percentile(added, 95), Math.max(...added)],
    ['annotated', ann.length, median(ann), percentile(ann, 95), Math.max(...ann)],
    ['not annotated (not news)', skipped.length, median(skipped), percentile(skipped, 95), Math.max(...skipped)],
  ]));
  const emptyAdded = rows.map((r) => kb(r.memEmpty - r.memWithout));
  console.log(`  control: an extension whose content script does nothing adds median ${fmt(median(emptyAdded))} KB (max ${fmt(Math.max(...emptyAdded))}): the cost of any isolated world`);
  console.log(`  WhoSaid beyond that control: median ${fmt(median(rows.map((r) => kb(r.memWith - r.memEmpty))))} KB`);
  console.log(`  tab heap without any extension: median ${fmt(median(rows.map((r) => kb(r.memWithout))))} KB`);
  const nodeDiff = rows.filter((r) => r.nodesWith !== r.nodesWithout);
  console.log(`  DOM nodes added by the extension: ${nodeDiff.length ? nodeDiff.map((r) => `${r.id} ${r.nodesWith - r.nodesWithout}`).join(', ') : 'none on any page'}`);
  const out = opt('--json');
  if (out) fs.writeFileSync(out, JSON.stringify(rows, null, 1));
} finally {
  await empty.close();
  fs.rmSync(emptyDir, { recursive: true, force: true });
  await ext.close();
  await plain.close();
  await server.close();
}
