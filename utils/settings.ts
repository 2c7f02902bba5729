// The settings module's storage binding: one item in browser.storage.local, validated on every read
// (a corrupted or hand-edited value falls back field by field to the defaults).
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, validateSettings, type Settings } from '../lib/settings';

const item = storage.defineItem<unknown>('local:settings', { fallback: DEFAULT_SETTINGS });

export async function loadSettings(): Promise<Settings> {
  try {
    return validateSettings(await item.getValue());
  } catch {
    return validateSettings(undefined);
  }
}

export async function saveSettings(next: Settings): Promise<Settings> {
  const valid = validateSettings(next);
  await item.setValue(valid);
  return valid;
}

export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  return saveSettings(change(await loadSettings()));
}

/** Calls back with validated settings whenever they change (in any tab or page of the extension). */
export function watchSettings(cb: (s: Settings) => void): () => void {
  return item.watch((v) => cb(validateSettings(v)));
}
