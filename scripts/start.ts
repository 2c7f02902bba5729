// npm start: builds the extension and opens Chromium with it loaded on the sample article, served on
// 127.0.0.1. With a display it opens a window and waits until you close it; without one (CI, servers)
// it runs headless, prints what was highlighted, and saves screenshots.
import path from 'node:path';
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { launchWithExtension } from './lib/browser';
import { serve } from './lib/serve';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shotsDir = path.join(root, '.output', 'screenshots');

function hasDisplay(): boolean {
  if (process.argv.includes('--headless')) return false;
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return !!(process.env['DISPLAY'] || process.env['WAYLAND_DISPLAY']);
}

async function main() {
  console.log('Building the extension…');
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);

  const server = await serve(path.join(root, 'sample'));
  const url = server.url('/article.html');
  const headed = hasDisplay();
  const browser = await launchWithExtension({ headless: !headed });
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => CSS.highlights.has('whosaid-quotes'), null, { timeout: 20_000 });

  if (headed) {
    console.log(`\nWhoSaid is loaded in the Chromium window on ${url}.\nClick the WhoSaid toolbar button (puzzle piece → pin it) to open the popup. Close the window to stop.`);
    await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
    await server.close();
    return;
  }

  const found = await page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const c of ['quotes', 'officials', 'people', 'reported']) {
      const h = CSS.highlights.get(`whosaid-${c}`) as unknown as Set<Range> | undefined;
      out[c] = h ? [...h].map((r) => r.toString().replace(/\s+/g, ' ')) : [];
    }
    return out;
  });
  console.log(`\nHeadless run (no display found) on ${url}. Highlighted:`);
  for (const [cat, texts] of Object.entries(found)) {
    console.log(`\n  ${cat} (${texts.length})${cat === 'reported' && !texts.length ? ' — off by default' : ''}`);
    for (const t of [...new Set(texts)]) console.log(`    ${t.length > 110 ? t.slice(0, 107) + '…' : t}`);
  }
  fs.mkdirSync(shotsDir, { recursive: true });
  const articleShot = path.join(shotsDir, 'sample-article.png');
  await page.screenshot({ path: articleShot, fullPage: true });

  // the popup, opened as a page for the article's tab
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await page.bringToFront();
  const tabId = await popup.evaluate(async () => {
    const tabs = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome.tabs;
    return (await tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null;
  });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.getByText('Who speaks').waitFor({ timeout: 10_000 });
  await popup.bringToFront();
  await popup.locator('.speaker-toggle').first().click(); // expand the most quoted speaker
  const popupShot = path.join(shotsDir, 'popup.png');
  await popup.screenshot({ path: popupShot });
  console.log(`\nScreenshots: ${path.relative(process.cwd(), articleShot)}, ${path.relative(process.cwd(), popupShot)}`);
  await browser.close();
  await server.close();
}

main().catch((e) => {
  console.error(`start: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
