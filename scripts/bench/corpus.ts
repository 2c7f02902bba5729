// The pages the benchmarks run on: ../shared/corpus (labelled by its manifest.jsonl) when it is there,
// else the sample article, so `npm run bench` works in a bare checkout too.
import fs from 'node:fs';
import path from 'node:path';

export interface BenchPage {
  id: string;
  file: string;
  /** 'news' | 'non-news' from the manifest; null for the sample. */
  label: string | null;
  url: string | null;
  bytes: number;
}

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const DEFAULT_CORPUS = path.resolve(ROOT, '../shared/corpus');
export const SAMPLE = path.join(ROOT, 'sample/article.html');

export function loadPages(dir: string | null = DEFAULT_CORPUS): { source: string; pages: BenchPage[] } {
  const manifest = dir ? path.join(dir, 'manifest.jsonl') : null;
  if (!dir || !manifest || !fs.existsSync(manifest)) {
    return {
      source: `${path.relative(process.cwd(), SAMPLE)} (no corpus at ${dir ?? '-'})`,
      pages: [{ id: 'sample', file: SAMPLE, label: 'news', url: 'https://ledger.example/2024/03/14/harbor-council-approves-flood-barrier', bytes: fs.statSync(SAMPLE).size }],
    };
  }
  const pages: BenchPage[] = [];
  for (const line of fs.readFileSync(manifest, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { id: string; file: string; label: string; url: string | null };
    const file = path.join(dir, row.file);
    if (!fs.existsSync(file)) continue;
    pages.push({ id: row.id, file, label: row.label, url: row.url ?? null, bytes: fs.statSync(file).size });
  }
  return { source: `${path.relative(process.cwd(), dir) || dir} (${pages.length} pages)`, pages };
}
