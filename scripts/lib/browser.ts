// Launches Chromium with the built extension loaded (playwright-core, Debian's chromium or Chrome).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROME_BUILD = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../.output/chrome-mv3');

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

export function findChromium(): string | null {
  const env = process.env['CHROMIUM_PATH'];
  if (env && fs.existsSync(env)) return env;
  return CANDIDATES.find((c) => fs.existsSync(c)) ?? null;
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  close: () => Promise<void>;
}

/** Flags that keep Chromium quiet on a closed network (no first-run UI, no background requests). */
export const QUIET_FLAGS: readonly string[] = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-gpu',
];

/** Chromium with the extension; --no-sandbox only where needed (root). */
export async function launchWithExtension(opts: { headless: boolean; extensionDir?: string }): Promise<Launched> {
  const exe = findChromium();
  if (!exe) throw new Error('No Chromium found: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH');
  const dir = opts.extensionDir ?? CHROME_BUILD;
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) throw new Error(`No built extension in ${dir}: run npm run build`);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-chromium-'));
  const args = [
    `--disable-extensions-except=${dir}`,
    `--load-extension=${dir}`,
    ...QUIET_FLAGS,
    ...(opts.headless ? ['--headless=new'] : []),
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: exe,
    headless: false, // headless is chosen by the --headless=new flag above: extensions need the new mode
    args,
    viewport: { width: 1280, height: 900 },
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    close: async () => {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
