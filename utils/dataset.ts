// The reference dataset in the background worker: loaded once, on first use.
import type { ContextLookup } from '../lib/context';

let pending: Promise<ContextLookup | null> | null = null;

export function getLookup(): Promise<ContextLookup | null> {
  pending ??= load();
  return pending;
}

async function load(): Promise<ContextLookup | null> {
  return null; // wired to the compiled dataset when it lands
}
