// Dynamic pages: article bodies that load late, infinite scroll, single-page-app navigation.
//
// One MutationObserver for the whole document. Its callback only takes notes (did anything change,
// did it touch the story, how much text arrived) and never reads layout; the work happens later, in
// one debounced flush. A page that mutates without pause still flushes at most every maxWaitMs, and
// while flushes keep finding work the pause between them doubles (up to maxCooldownMs), so a ticker
// or an animation cannot keep the extension busy.
//
// The content script runs in an isolated world and cannot wrap the page's history.pushState, so URL
// changes are noticed by comparing location.href at each flush, and on popstate and the Navigation
// API's currententrychange where it exists (those only schedule a flush).
//
// Our own DOM work is ignored: elements named whosaid-* (the fallback highlighter's marks, a hover
// card's shadow-root host) and anything inside them.

/** What the watcher drives: PageController implements it. */
export interface WatchTarget {
  readonly pageStatus: string;
  storyRoots(): readonly Element[];
  /** The page changed in a way that may matter: annotate again (the target decides whether to repaint). */
  refresh(): unknown;
  /** The URL changed without a page load: forget the page's annotations and start afresh. */
  navigated(): unknown;
}

export interface WatchOptions {
  /** Quiet time after the last change before a flush. */
  debounceMs?: number;
  /** A page that never goes quiet is still flushed this often. */
  maxWaitMs?: number;
  /** Least time between two flushes that did work; doubles while work keeps coming, up to the max. */
  cooldownMs?: number;
  maxCooldownMs?: number;
  /** Text that must arrive before a page found not to be news is looked at again. */
  minAddedChars?: number;
  now?: () => number;
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (id: unknown) => void;
}

export interface WatchStats {
  /** Observer callbacks and the records they carried. */
  callbacks: number;
  records: number;
  /** Flushes, and those that asked the page to refresh or reset. */
  flushes: number;
  refreshes: number;
  navigations: number;
  /** Time spent in the callback and in flush decisions (not in the pipeline runs they start). */
  ms: number;
}

export interface Watcher {
  stop(): void;
  stats(): WatchStats;
  /** Runs a pending flush now (tests). */
  flush(): void;
  /** Runs our own DOM writes: the mutations they cause are dropped, the page's before them kept. */
  quiet<T>(write: () => T): T;
}

/** Records looked at per callback; past that the batch just counts as a change of unknown extent. */
const MAX_RECORDS_PER_CALLBACK = 64;
const MAX_ADDED_CHARS = 1_000_000;

const isOurElement = (n: Node | null): boolean => !!n && n.nodeType === 1 && (n as Element).localName.startsWith('whosaid-');

/** True when node is one of our elements or inside one (in the light DOM). */
function insideOurs(node: Node | null): boolean {
  for (let n: Node | null = node, depth = 0; n && depth < 64; n = n.parentNode, depth++) if (isOurElement(n)) return true;
  return false;
}

function allOurs(nodes: NodeList): boolean {
  if (!nodes.length) return true;
  for (let i = 0; i < nodes.length; i++) if (!isOurElement(nodes[i]!)) return false;
  return true;
}

/** The page's identity for navigation: its URL without the fragment (in-page anchors are not pages). */
export const pageKey = (href: string) => href.replace(/#.*$/, '');

export function watchPage(win: Window, doc: Document, target: WatchTarget, opts: WatchOptions = {}): Watcher {
  const debounceMs = opts.debounceMs ?? 400;
  const maxWaitMs = opts.maxWaitMs ?? 2000;
  const baseCooldown = opts.cooldownMs ?? 1000;
  const maxCooldown = opts.maxCooldownMs ?? 16_000;
  const minAdded = opts.minAddedChars ?? 200;
  const now = opts.now ?? (() => performance.now());
  const setT = opts.setTimeout ?? ((fn: () => void, ms: number) => win.setTimeout(fn, ms));
  const clearT = opts.clearTimeout ?? ((id: unknown) => win.clearTimeout(id as number));

  const stats: WatchStats = { callbacks: 0, records: 0, flushes: 0, refreshes: 0, navigations: 0, ms: 0 };
  let lastKey = pageKey(win.location.href);
  // What the notes since the last flush say.
  let pending = false;
  let touchesStory = false;
  let overflow = false;
  let addedChars = 0;
  // Timing of the next flush.
  let timer: unknown = null;
  let firstPendingAt = 0;
  let dueAt = 0;
  let lastWorkAt = -Infinity;
  let cooldown = baseCooldown;
  let stopped = false;

  const storyTouched = (r: MutationRecord): boolean => {
    const roots = target.storyRoots();
    for (const root of roots) {
      if (!root.isConnected) return true; // the story was replaced
      const t = r.target;
      if (root === t || root.contains(t)) return true;
      if (r.type === 'childList' && t.contains(root)) return true;
    }
    return false;
  };

  const addedText = (r: MutationRecord): number => {
    let n = 0;
    for (let i = 0; i < r.addedNodes.length && addedChars + n < MAX_ADDED_CHARS; i++) {
      const node = r.addedNodes[i]!;
      if (node.nodeType === 3) n += (node as Text).data.length;
      else if (node.nodeType === 1 && !isOurElement(node)) n += (node.textContent ?? '').length;
    }
    return n;
  };

  const onRecords = (records: MutationRecord[]) => {
    if (stopped) return;
    const t0 = now();
    stats.callbacks++;
    stats.records += records.length;
    const n = Math.min(records.length, MAX_RECORDS_PER_CALLBACK);
    let changed = false;
    for (let i = 0; i < n; i++) {
      const r = records[i]!;
      if (r.type === 'childList' && allOurs(r.addedNodes) && allOurs(r.removedNodes)) continue;
      if (insideOurs(r.target)) continue;
      changed = true;
      if (!touchesStory && storyTouched(r)) touchesStory = true;
      if (r.type === 'childList' && addedChars < MAX_ADDED_CHARS) addedChars += addedText(r);
    }
    if (records.length > n) {
      changed = true;
      overflow = true;
    }
    if (changed) schedule();
    stats.ms += now() - t0;
  };

  const arm = (delay: number) => {
    timer = setT(onTimer, Math.max(0, delay));
  };

  /** Notes a change: the flush comes debounceMs after the last one, maxWaitMs after the first at most. */
  function schedule() {
    const t = now();
    if (!pending) {
      pending = true;
      firstPendingAt = t;
    }
    const earliest = lastWorkAt + cooldown;
    dueAt = Math.max(Math.min(t + debounceMs, firstPendingAt + maxWaitMs), earliest);
    // Re-arming on every callback would cost a timer per mutation batch: the timer re-arms itself
    // when it fires before dueAt.
    if (timer === null) arm(dueAt - t);
  }

  function onTimer() {
    timer = null;
    if (stopped) return;
    const t = now();
    if (t < dueAt - 1) {
      arm(dueAt - t);
      return;
    }
    flush();
  }

  function flush() {
    if (timer !== null) {
      clearT(timer);
      timer = null;
    }
    if (stopped) return;
    const t0 = now();
    stats.flushes++;
    const key = pageKey(win.location.href);
    if (key !== lastKey) {
      lastKey = key;
      reset();
      work(t0);
      stats.navigations++;
      stats.ms += now() - t0;
      target.navigated();
      return;
    }
    const status = target.pageStatus;
    if (status === 'working') {
      // a run is in progress: look again once it has had time to finish
      dueAt = t0 + debounceMs;
      arm(debounceMs);
      stats.ms += now() - t0;
      return;
    }
    const needed =
      (status === 'annotated' && (touchesStory || overflow)) || (status === 'not-news' && (addedChars >= minAdded || overflow));
    reset();
    stats.ms += now() - t0;
    if (!needed) return;
    work(t0);
    stats.refreshes++;
    target.refresh();
  }

  function reset() {
    pending = false;
    touchesStory = false;
    overflow = false;
    addedChars = 0;
  }

  /**
   * Work keeps coming (the changes behind this flush began soon after the last work): lengthen the
   * pause before the next flush. After a quiet spell it is short again.
   */
  function work(t: number) {
    const busy = firstPendingAt - lastWorkAt < Math.max(debounceMs, cooldown);
    cooldown = busy ? Math.min(cooldown * 2, maxCooldown) : baseCooldown;
    lastWorkAt = t;
  }

  const observer = new (win as unknown as { MutationObserver: typeof MutationObserver }).MutationObserver(onRecords);
  observer.observe(doc.documentElement ?? doc, { childList: true, subtree: true, characterData: true });

  // URL changes that come without a DOM change: check at the next flush.
  const onNav = () => schedule();
  win.addEventListener('popstate', onNav);
  const navigation = (win as unknown as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener?.('currententrychange', onNav);

  return {
    stop() {
      stopped = true;
      observer.disconnect();
      win.removeEventListener('popstate', onNav);
      navigation?.removeEventListener?.('currententrychange', onNav);
      if (timer !== null) clearT(timer);
      timer = null;
    },
    stats: () => ({ ...stats }),
    flush,
    quiet(write) {
      const before = observer.takeRecords();
      if (before.length) onRecords(before);
      try {
        return write();
      } finally {
        observer.takeRecords();
      }
    },
  };
}
