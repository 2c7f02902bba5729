// Bundles browser-entry.ts into one classic script (a string to evaluate in a page).
import path from 'node:path';
import { build } from 'esbuild';

export async function benchScript(): Promise<string> {
  const r = await build({
    entryPoints: [path.join(path.dirname(new URL(import.meta.url).pathname), 'browser-entry.ts')],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  return r.outputFiles[0]!.text;
}
