// Sizes of the built extension (.output/chrome-mv3 by default), gzipped, with the content script's budget.
// The reference dataset (public/dataset → dataset/ in the build) is listed apart: it is data the
// background worker loads, never part of a script bundle.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT } from './corpus';

export const CONTENT_BUDGET_GZIP = 40 * 1024;

export interface BundleFile {
  file: string;
  bytes: number;
  gzip: number;
  dataset: boolean;
}

function walk(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p, base));
    else out.push(path.relative(base, p));
  }
  return out.sort();
}

export function bundleSizes(dir = path.join(ROOT, '.output/chrome-mv3')): BundleFile[] | null {
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) return null;
  return walk(dir).map((file) => {
    const buf = fs.readFileSync(path.join(dir, file));
    return { file, bytes: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length, dataset: /(^|\/)dataset\//.test(file) };
  });
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function bundleReport(dir?: string): string {
  const files = bundleSizes(dir);
  if (!files) return 'bundle: no build in .output/chrome-mv3 (run npm run build first)';
  const lines = ['Built extension (.output/chrome-mv3), gzip -9:'];
  for (const f of files) if (!f.dataset) lines.push(`  ${f.file.padEnd(44)} ${kb(f.bytes).padStart(9)}  gzip ${kb(f.gzip).padStart(8)}`);
  const data = files.filter((f) => f.dataset);
  if (data.length) lines.push(`  (dataset, not a script: ${data.length} files, ${kb(data.reduce((a, f) => a + f.bytes, 0))}, gzip ${kb(data.reduce((a, f) => a + f.gzip, 0))})`);
  const content = files.filter((f) => /^content-scripts\/.*\.js$/.test(f.file));
  const cz = content.reduce((a, f) => a + f.gzip, 0);
  lines.push(`  content script JS total: gzip ${kb(cz)} (budget ${kb(CONTENT_BUDGET_GZIP)}) ${cz <= CONTENT_BUDGET_GZIP ? 'OK' : 'OVER BUDGET'}`);
  return lines.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  console.log(bundleReport(process.argv[2]));
}
