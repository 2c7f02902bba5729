// The popup's window on the extension: the active tab's content script and the settings. Components
// get this as a prop, so their tests pass a fake.
import { browser } from 'wxt/browser';
import { parsePageState, type ContentRequest, type PageState } from '../lib/messages';
import type { Settings } from '../lib/settings';
import { loadSettings, saveSettings } from './settings';

export interface PopupApi {
  /** The active tab's page state; null where no content script runs (browser pages, stores, files). */
  getState(): Promise<PageState | null>;
  annotate(force: boolean): Promise<PageState | null>;
  reveal(key: string): Promise<void>;
  loadSettings(): Promise<Settings>;
  saveSettings(s: Settings): Promise<Settings>;
  openOptions(): void;
}

/** The tab the popup speaks for: the active tab, or ?tab=<id> when the popup is opened as a page. */
async function activeTabId(): Promise<number | null> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function send(req: ContentRequest): Promise<unknown> {
  const id = await activeTabId();
  if (id === null) return null;
  try {
    return await browser.tabs.sendMessage(id, req);
  } catch {
    return null; // no content script in this tab
  }
}

export const popupApi: PopupApi = {
  async getState() {
    return parsePageState(await send({ type: 'whosaid:get-state' }));
  },
  async annotate(force) {
    return parsePageState(await send({ type: 'whosaid:annotate', force }));
  },
  async reveal(key) {
    await send({ type: 'whosaid:reveal', key });
  },
  loadSettings,
  saveSettings,
  openOptions() {
    void browser.runtime.openOptionsPage();
  },
};
