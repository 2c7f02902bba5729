// npm run eval -- <gold files or dirs> [--pages DIR] [--scorer score.mjs] [--json] [-v] [--out FILE]
// Annotates the pages the gold files name and prints the scores ../shared/tools/score.mjs computes.
// A gold file's page is looked for beside it, in its parent folder, in a sibling corpus/ folder, or
// in --pages. Plain-text pages carry no date of their own: the gold's "published" stands in for the
// reader's --date there.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readInput } from './lib/inputs';
import { runInput, jsonlRecord } from './lib/run';
import { expandPaths, median } from './lib/files';
import { loadLookup, loadGazetteer } from './lib/dataset';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const args = process.argv.slice(2);
const golds: string[] = [];
const pagesDirs: string[] = [];
let scorer = path.resolve(root, '../shared/tools/score.mjs');
let json = false;
let verbose = false;
let outFile: string | null = null;
let useDataset = true;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--pages') pagesDirs.push(args[++i]!);
  else if (a === '--scorer') scorer = args[++i]!;
  else if (a === '--json') json = true;
  else if (a === '-v' || a === '--verbose') verbose = true;
  else if (a === '--out') outFile = args[++i]!;
  else if (a === '--no-dataset') useDataset = false;
  else golds.push(a);
}
if (!golds.length) {
  console.error('usage: npm run eval -- <gold files or dirs> [--pages DIR] [--scorer score.mjs] [--json] [-v] [--out pred.jsonl]');
  process.exit(2);
}
if (!fs.existsSync(scorer)) {
  console.error(`eval: scorer not found at ${scorer} (pass --scorer)`);
  process.exit(2);
}

function findPage(goldFile: string, name: string): string | null {
  const dir = path.dirname(goldFile);
  const cands = [path.join(dir, name), path.join(dir, '..', name), path.join(dir, '..', 'corpus', name), ...pagesDirs.map((d) => path.join(d, name))];
  return cands.find((c) => fs.existsSync(c)) ?? null;
}

const goldFiles = expandPaths(golds, '.json').filter((f) => !f.endsWith('manifest.json'));
const lookup = useDataset ? loadLookup() : null;
const gazetteer = useDataset ? loadGazetteer() : null;
const lines: string[] = [];
const ms: number[] = [];
let missing = 0;
for (const g of goldFiles) {
  let gold: { file?: string; published?: string | null };
  try {
    gold = JSON.parse(fs.readFileSync(g, 'utf8'));
  } catch {
    console.error(`eval: ${g}: not a gold JSON file`);
    continue;
  }
  if (!gold.file) continue;
  const page = findPage(g, gold.file);
  if (!page) {
    missing++;
    console.error(`eval: ${g}: page ${gold.file} not found (try --pages DIR)`);
    continue;
  }
  const input = await readInput(page);
  const date = input.kind === 'text' ? gold.published ?? null : null;
  const { annotations } = runInput(input, { date, lookup, gazetteer });
  ms.push(annotations.timing.ms);
  lines.push(JSON.stringify(jsonlRecord(page, annotations)));
}
const pred = outFile ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-eval-')), 'pred.jsonl');
fs.writeFileSync(pred, lines.join('\n') + '\n');
const r = spawnSync(process.execPath, [scorer, '--gold', ...golds, '--pred', pred, ...(json ? ['--json'] : []), ...(verbose ? ['-v'] : [])], { encoding: 'utf8' });
process.stdout.write(r.stdout);
process.stderr.write(r.stderr);
if (!json) console.log(`pages annotated: ${lines.length}${missing ? `, pages not found: ${missing}` : ''}; median pipeline ms per page: ${median(ms).toFixed(2)}`);
process.exitCode = r.status ?? 1;
