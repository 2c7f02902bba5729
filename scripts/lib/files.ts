// File helpers for the evaluation scripts.
import fs from 'node:fs';
import path from 'node:path';

/** Expands files and directories into the files ending with ext, sorted. */
export function expandPaths(paths: string[], ext: string): string[] {
  const out: string[] = [];
  for (const p of paths) {
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const f of fs.readdirSync(p).sort()) if (f.endsWith(ext)) out.push(path.join(p, f));
    } else out.push(p);
  }
  return out;
}

export function median(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function percentile(xs: number[], p: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}
