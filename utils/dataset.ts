// The reference dataset in the background worker: fetched from the extension's own files and parsed
// once, on first use (a service worker that wakes again loads it again: about a few tens of ms).
// If the asset is missing or unusable, lookups answer nothing and roles stay text-only.
import { browser } from 'wxt/browser';
import type { ContextLookup, NameGazetteer } from '../lib/context';
import { createGazetteer, createLookup, parseDataset } from '../lib/dataset';

interface Loaded {
  lookup: ContextLookup;
  gazetteer: NameGazetteer;
}

let pending: Promise<Loaded | null> | null = null;

function loaded(): Promise<Loaded | null> {
  pending ??= load();
  return pending;
}

export async function getLookup(): Promise<ContextLookup | null> {
  return (await loaded())?.lookup ?? null;
}

export async function getGazetteer(): Promise<NameGazetteer | null> {
  return (await loaded())?.gazetteer ?? null;
}

async function load(): Promise<Loaded | null> {
  try {
    const res = await fetch(browser.runtime.getURL('/dataset/officials.txt'));
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const r = parseDataset(new Uint8Array(await res.arrayBuffer()));
    if (!r.ok) {
      console.warn(`WhoSaid: reference dataset unusable (${r.error}); roles are text-only`);
      return null;
    }
    return { lookup: createLookup(r.dataset), gazetteer: createGazetteer(r.dataset) };
  } catch (e) {
    console.warn(`WhoSaid: reference dataset not loaded (${e instanceof Error ? e.message : e}); roles are text-only`);
    return null;
  }
}
