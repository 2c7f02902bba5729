// Loads lib/ code for a benchmark the way the extension ships it: bundled by esbuild into one plain
// ES module (Vite does the same for the extension), not transformed file by file under tsx. tsx
// compiles with esbuild's keepNames, which wraps every function created at run time in a __name()
// call; lib/ creates many small closures per page or per lookup, so under tsx it runs about a fifth
// slower than the code the browser actually runs. `--tsx` on the benchmarks measures that form instead.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { ROOT } from './corpus';

/** Bundles `entry` (a path from the project root) to .cache/bench/ and imports it. */
export async function importShipped<T>(entry: string): Promise<T> {
  const out = path.join(ROOT, '.cache', 'bench', `${path.basename(entry).replace(/\.ts$/, '')}.mjs`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await build({
    entryPoints: [path.join(ROOT, entry)],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile: out,
    logLevel: 'silent',
  });
  return (await import(`${pathToFileURL(out).href}?t=${fs.statSync(out).mtimeMs}`)) as T;
}
