// npm run bench:same -- --save|--check [--out FILE] [--json]
//
// Guards performance work: runs the annotate CLI (`--format jsonl`, or `--format json` with --json,
// which also holds every mention and offset) over a fixed set of inputs, drops the "timing" fields
// and either saves the result (--save) or compares it with the saved one (--check, exit 1 on any
// difference). Inputs: ../shared/corpus/*.html, ../shared/seed/article.html and
// ../shared/quotes-gold/polnear-dev/**/*.txt when they exist, test/fixtures/articles{,-2,-3,-4,-5,-6,-7}/*.html,
// and the CLI's no-argument sample run. A manual script, not a test: it needs no ../shared.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './corpus';

const args = process.argv.slice(2);
const mode = args.includes('--save') ? 'save' : args.includes('--check') ? 'check' : null;
const json = args.includes('--json');
const outIdx = args.indexOf('--out');
const out = outIdx >= 0 ? path.resolve(args[outIdx + 1]!) : path.join(ROOT, '.cache', `same-output${json ? '-json' : ''}.jsonl`);
if (!mode) {
  console.error('usage: npm run bench:same -- --save|--check [--out FILE] [--json]');
  process.exit(2);
}

const shared = path.resolve(ROOT, '../shared');
const listDir = (dir: string, ext: string, deep = false): string[] => {
  if (!fs.existsSync(dir)) return [];
  const found: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && deep) found.push(...listDir(p, ext, true));
    else if (e.isFile() && e.name.endsWith(ext)) found.push(p);
  }
  return found.sort();
};
const files = [
  ...listDir(path.join(shared, 'corpus'), '.html'),
  ...[path.join(shared, 'seed/article.html')].filter((f) => fs.existsSync(f)),
  ...listDir(path.join(ROOT, 'test/fixtures/articles'), '.html'),
  ...listDir(path.join(ROOT, 'test/fixtures/articles-2'), '.html'),
  ...listDir(path.join(ROOT, 'test/fixtures/articles-3'), '.html'),
  ...listDir(path.join(ROOT, 'test/fixtures/articles-4'), '.html'),
  ...listDir(path.join(ROOT, 'test/fixtures/articles-5'), '.html'),
  ...listDir(path.join(ROOT, 'test/fixtures/articles-6'), '.html'),
  ...listDir(path.join(ROOT, 'test/fixtures/articles-7'), '.html'),
  ...listDir(path.join(shared, 'quotes-gold/polnear-dev'), '.txt', true),
].map((f) => path.relative(ROOT, f));

const format = json ? 'json' : 'jsonl';
const run = (inputs: string[]): string => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/annotate.ts', '--format', format, ...inputs], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (r.status !== 0) {
    console.error(r.stderr);
    throw new Error(`annotate exited with ${r.status}`);
  }
  return r.stdout;
};
const stripTiming = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(stripTiming);
  if (v && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (k !== 'timing') o[k] = stripTiming(x);
    return o;
  }
  return v;
};
const records = (stdout: string): string[] => {
  if (!json) return stdout.split('\n').filter((l) => l.trim()).map((l) => JSON.stringify(stripTiming(JSON.parse(l))));
  const all = JSON.parse(stdout) as unknown;
  return (Array.isArray(all) ? all : [all]).map((r) => JSON.stringify(stripTiming(r)));
};

const t0 = performance.now();
const lines = [...records(run(files)), ...records(run([]))];
const text = lines.join('\n') + '\n';
console.log(`${lines.length} records from ${files.length} inputs + the sample run (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

if (mode === 'save') {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, text);
  console.log(`saved ${path.relative(process.cwd(), out)}`);
} else {
  if (!fs.existsSync(out)) {
    console.error(`no saved output at ${out}: run with --save first`);
    process.exit(2);
  }
  const before = fs.readFileSync(out, 'utf8').split('\n');
  const after = text.split('\n');
  let diffs = 0;
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    if (before[i] === after[i]) continue;
    if (++diffs <= 5) {
      const name = (s: string | undefined) => (s ? (JSON.parse(s) as { file?: string }).file ?? '?' : '(missing)');
      console.log(`DIFF record ${i + 1}: ${name(before[i])} / ${name(after[i])}`);
      let j = 0;
      const a = before[i] ?? '';
      const b = after[i] ?? '';
      while (j < a.length && a[j] === b[j]) j++;
      console.log(`  before: …${a.slice(Math.max(0, j - 80), j + 120)}`);
      console.log(`  after:  …${b.slice(Math.max(0, j - 80), j + 120)}`);
    }
  }
  if (diffs) {
    console.log(`${diffs} record(s) differ`);
    process.exit(1);
  }
  console.log(`identical: ${lines.length} records`);
}
