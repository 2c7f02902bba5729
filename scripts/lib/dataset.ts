// Loads the compiled reference dataset (public/dataset/officials.txt) for the Node tools. When it is
// missing or invalid, people get text-only roles (a one-line warning on stderr says why).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContextLookup, NameGazetteer } from '../../lib/context';
import { createGazetteer, createLookup, parseDataset, type Dataset } from '../../lib/dataset';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DATASET_PATH = path.resolve(here, '../../public/dataset/officials.txt');

let cached: Dataset | null | undefined;

/** The parsed dataset, or null (with one stderr warning) when the asset is missing or unusable. */
export function loadDataset(file = DATASET_PATH): Dataset | null {
  if (file === DATASET_PATH && cached !== undefined) return cached;
  let result: Dataset | null = null;
  try {
    const bytes = fs.readFileSync(file);
    // Sections are decoded (TextDecoder) on first use.
    const r = parseDataset(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length));
    if (r.ok) result = r.dataset;
    else console.error(`whosaid: reference dataset unusable (${r.error}); roles are text-only`);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    console.error(`whosaid: reference dataset not loaded (${code === 'ENOENT' ? `missing ${path.relative(process.cwd(), file)}` : (e as Error).message}); roles are text-only`);
  }
  if (file === DATASET_PATH) cached = result;
  return result;
}

export function loadLookup(): ContextLookup | null {
  const ds = loadDataset();
  return ds ? createLookup(ds) : null;
}

export function loadGazetteer(): NameGazetteer | null {
  const ds = loadDataset();
  return ds ? createGazetteer(ds) : null;
}
