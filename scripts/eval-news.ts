// npm run eval:news -- <corpus dir> [--json] [-v]
// Scores news detection against the corpus's manifest.jsonl (label news / non-news), the way the
// extension decides: without forcing, from the page alone.
import fs from 'node:fs';
import path from 'node:path';
import { parseHtml } from './lib/dom';
import { annotate } from '../lib/pipeline';
import { median, percentile } from './lib/files';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('-'));
const json = args.includes('--json');
const verbose = args.includes('-v');
if (!dir || !fs.existsSync(path.join(dir, 'manifest.jsonl'))) {
  console.error('usage: npm run eval:news -- <corpus dir with manifest.jsonl> [--json] [-v]');
  process.exit(2);
}
const rows = fs.readFileSync(path.join(dir, 'manifest.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { file: string; label: string; kind?: string });
const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
const errors: string[] = [];
const detectMsNon: number[] = [];
const detectMsAll: number[] = [];
for (const row of rows) {
  const file = path.join(dir, row.file);
  if (!fs.existsSync(file)) continue;
  const doc = parseHtml(fs.readFileSync(file, 'utf8'));
  // warm-up run, then the measured one (the first run of a page pays for lazy parsing)
  annotate(doc, { maxChars: 1 });
  const { annotations: a } = annotate(doc);
  const d = a.timing.stages['detect'] ?? a.timing.ms;
  detectMsAll.push(d);
  if (row.label !== 'news') detectMsNon.push(d);
  const gold = row.label === 'news';
  const pred = a.news.isNews;
  if (gold && pred) c.tp++;
  else if (!gold && pred) c.fp++;
  else if (gold && !pred) c.fn++;
  else c.tn++;
  if (gold !== pred) errors.push(`${pred ? 'FP' : 'FN'} ${row.file} [${row.kind ?? ''}] score ${a.news.score}: ${a.news.signals.join(' ')}`);
}
const n = c.tp + c.fp + c.fn + c.tn;
const precision = c.tp / (c.tp + c.fp || 1);
const recall = c.tp / (c.tp + c.fn || 1);
const out = {
  pages: n,
  accuracy: +((c.tp + c.tn) / (n || 1)).toFixed(3),
  precision: +precision.toFixed(3),
  recall: +recall.toFixed(3),
  f1: +((2 * precision * recall) / (precision + recall || 1)).toFixed(3),
  ...c,
  detectMs: { medianNonNews: +median(detectMsNon).toFixed(3), p95NonNews: +percentile(detectMsNon, 95).toFixed(3), medianAll: +median(detectMsAll).toFixed(3) },
};
console.log(JSON.stringify(out, null, json ? 0 : 2));
if (!json && (verbose || errors.length <= 20)) for (const e of errors) console.log(e);
