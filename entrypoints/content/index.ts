// Content script: thin wiring. Settings and messages in, PageController does the work.
import { browser } from 'wxt/browser';
import './style.css';
import { parseContentRequest, parseStoryAnalysis, type BackgroundResponses, type ContentRequest, type ContentResponses } from '../../lib/messages';
import { loadSettings, watchSettings } from '../../utils/settings';
import { PageController } from './page';
import { setupReading } from './reading';
import { watchPage } from './watch';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const page = new PageController(document, location.hostname, {
      async lookup(queries) {
        const res = (await browser.runtime.sendMessage({ type: 'whosaid:lookup', queries })) as BackgroundResponses['whosaid:lookup'] | undefined;
        return res && 'results' in res && Array.isArray(res.results) ? res.results : null;
      },
      // issue 6: people and quotes in the background worker, off the page's main thread
      async analyse(story) {
        const res: unknown = await browser.runtime.sendMessage({ type: 'whosaid:analyse', text: story.text, paragraphs: story.paragraphs, quoteBlocks: story.quoteBlocks ?? [] });
        return parseStoryAnalysis(res, story.text.length);
      },
      reportStatus(status, quotes) {
        browser.runtime.sendMessage({ type: 'whosaid:page-status', status, quotes }).catch(() => {});
      },
    });

    // the card, hover and keys; its listeners end with ctx.signal
    const reading = setupReading(page, document, ctx.signal);

    // Dynamic pages (issue 6): late content, infinite scroll and SPA navigation re-annotate the page.
    const watcher = watchPage(window, document, page);
    page.guardDom = (write) => watcher.quiet(write);

    const handle = async (req: ContentRequest): Promise<ContentResponses[ContentRequest['type']]> => {
      switch (req.type) {
        case 'whosaid:get-state':
          // perf: the content script's own time accounting, for the performance tests (issue 6)
          return { ...page.state(), perf: { ...page.perf, watch: watcher.stats() } };
        case 'whosaid:annotate':
          return page.start(await loadSettings(), req.force);
        case 'whosaid:reveal': {
          const ok = page.reveal(req.key);
          if (ok) reading.flash(req.key);
          return { ok };
        }
        case 'whosaid:step':
          return { ok: true, key: reading.step(req.direction) };
        case 'whosaid:toggle-page':
          return { ok: true, hidden: reading.toggle() };
        case 'whosaid:command':
          reading.command(req.command);
          return { ok: true };
      }
    };
    const onMessage = (msg: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const req = parseContentRequest(msg);
      if (!req) return undefined;
      handle(req).then(sendResponse, (e) => sendResponse({ error: String(e) }));
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);
    const unwatch = watchSettings((s) => page.applySettings(s));
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      unwatch();
      watcher.stop();
      page.dispose();
    });

    await page.start(await loadSettings());
  },
});
