// Draws the toolbar and store icons (public/icon/<size>.png) from one SVG, rendered by Chromium so
// the PNGs are reproducible: npm run icons.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium } from './lib/browser';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [16, 32, 48, 96, 128];

// A speech bubble holding a closing quotation mark, on a dark rounded square.
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#17324d"/>
  <path d="M24 30h80a10 10 0 0 1 10 10v40a10 10 0 0 1-10 10H58l-22 18v-18H24a10 10 0 0 1-10-10V40a10 10 0 0 1 10-10z" fill="#f0b429"/>
  <g fill="#17324d">
    <circle cx="50" cy="52" r="11"/><path d="M61 52c0 14-8 24-20 28l-2-5c7-3 11-9 11-15z"/>
    <circle cx="80" cy="52" r="11"/><path d="M91 52c0 14-8 24-20 28l-2-5c7-3 11-9 11-15z"/>
  </g>
</svg>`;

async function main() {
  const exe = findChromium();
  if (!exe) throw new Error('No Chromium found (apt-get install -y chromium, or set CHROMIUM_PATH)');
  const browser = await chromium.launch({ executablePath: exe, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
  const out = path.join(root, 'public', 'icon');
  fs.mkdirSync(out, { recursive: true });
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<html><body style="margin:0;background:transparent">${SVG.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
    await page.screenshot({ path: path.join(out, `${size}.png`), omitBackground: true });
    await page.close();
  }
  await browser.close();
  console.log(`icons: ${SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);
}

main().catch((e) => {
  console.error(`icons: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
