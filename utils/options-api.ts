// The options page's window on the extension: settings and the keyboard shortcuts as the browser has
// them bound. Components get this as a prop, so their tests pass a fake.
import { browser } from 'wxt/browser';
import type { Settings } from '../lib/settings';
import { loadSettings, saveSettings, watchSettings } from './settings';

export interface Shortcut {
  name: string;
  description: string;
  /** The bound keys ("Alt+Shift+H"), or "" when the browser left the command unbound. */
  shortcut: string;
}

export interface OptionsApi {
  loadSettings(): Promise<Settings>;
  saveSettings(s: Settings): Promise<Settings>;
  /** Calls back when settings change elsewhere (the popup); returns a function that stops it. */
  watchSettings(cb: (s: Settings) => void): () => void;
  shortcuts(): Promise<Shortcut[]>;
}

export const optionsApi: OptionsApi = {
  loadSettings,
  saveSettings,
  watchSettings,
  async shortcuts() {
    try {
      const all = (await browser.commands.getAll()) as { name?: string; description?: string; shortcut?: string }[];
      return all.filter((c) => c.name && !c.name.startsWith('_')).map((c) => ({ name: c.name!, description: c.description ?? '', shortcut: c.shortcut ?? '' }));
    } catch {
      return [];
    }
  },
};
