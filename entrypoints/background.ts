// Background worker: answers dataset lookups for content scripts, keeps the toolbar badge, and routes
// keyboard commands to the active tab's content script.
import { browser } from 'wxt/browser';
import { isReaderCommand, parseBackgroundRequest, type BackgroundRequest, type BackgroundResponses, type ContentRequest } from '../lib/messages';
import { analyseStory } from '../lib/analyse';
import { getGazetteer, getLookup } from '../utils/dataset';

export default defineBackground(() => {
  const action = browser.action ?? browser.browserAction;

  const handle = async (req: BackgroundRequest, tabId: number | undefined): Promise<BackgroundResponses[BackgroundRequest['type']]> => {
    switch (req.type) {
      case 'whosaid:lookup': {
        const lookup = await getLookup();
        if (!lookup) return { error: 'dataset unavailable' };
        return { results: req.queries.map((q) => lookup.lookup(q)) };
      }
      case 'whosaid:analyse':
        // issue 6: the text half of the pipeline runs here, off the page's main thread
        // with the dataset's names as evidence, exactly as the CLI runs it
        return analyseStory(req, { gazetteer: await getGazetteer() });
      case 'whosaid:page-status': {
        if (tabId !== undefined) {
          const text = req.status === 'annotated' && req.quotes > 0 ? String(Math.min(req.quotes, 999)) : '';
          await action.setBadgeText({ tabId, text }).catch(() => {});
          await action.setBadgeBackgroundColor({ tabId, color: '#8a5a00' }).catch(() => {});
        }
        return { ok: true };
      }
    }
  };

  browser.runtime.onMessage.addListener((msg: unknown, sender, sendResponse: (r: unknown) => void) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const req = parseBackgroundRequest(msg);
    if (!req) return undefined;
    handle(req, sender.tab?.id).then(sendResponse, (e) => sendResponse({ error: String(e) }));
    return true;
  });

  // Keyboard shortcuts (manifest `commands`): the content script of the tab does the work.
  browser.commands?.onCommand.addListener(async (command: string, tab?: { id?: number }) => {
    if (!isReaderCommand(command)) return;
    const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id === undefined) return;
    const msg: ContentRequest = { type: 'whosaid:command', command };
    await browser.tabs.sendMessage(id, msg).catch(() => {}); // no content script there (browser pages)
  });
});
