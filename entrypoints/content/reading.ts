// The reading aids on the page: the card on hover (on a tap with touch) and for the current quote, stepping through quotes,
// hiding the annotations, and the flash after the popup reveals one. Wires the pointer and keys to
// the PageController; everything it adds listens on `signal` and dies with the content script.
import type { Annotations, Category } from '../../lib/types';
import { cardModel } from '../../lib/summary';
import type { Box } from '../../lib/placement';
import type { HighlightItem } from './highlighter';
import { buildHitIndex, caretAt, onRange, type HitIndex } from './hit';
import { createCardView } from './card';
import { createToneProbe } from './tone';
import { isTyping, keyAction, type ReadingAction } from './keyboard';

/** What reading needs from the PageController. */
export interface ReadingPage {
  readonly annotations: Annotations | null;
  readonly painted: readonly HighlightItem[];
  shows(category: Category): boolean;
  step(direction: 1 | -1): string | null;
  togglePage(): boolean;
  mark(key: string | null): void;
}

export interface Reading {
  /** Steps to the next or previous quote and shows its card (announced). */
  step(direction: 1 | -1): string | null;
  /** Hides or shows all annotations on this page. */
  toggle(): boolean;
  /** A keyboard command routed by the background (manifest `commands`). */
  command(action: ReadingAction): void;
  /** Blinks an item's highlight after the popup scrolled to it (a steady mark with reduced motion). */
  flash(key: string): void;
  close(): void;
}

/** A command arriving this soon after the same in-page key is the same key press seen twice. */
const SAME_PRESS_MS = 400;
/** How long the card stays after the pointer leaves the text (time to move into the card). */
const HIDE_DELAY_MS = 300;
/** A touch that moves less than this and lifts within TAP_MAX_MS is a tap, not a scroll or a long press. */
const TAP_SLOP_PX = 12;
const TAP_MAX_MS = 600;
const FLASH_STEPS_MS = [160, 320, 480, 640];

export function setupReading(page: ReadingPage, doc: Document, signal: AbortSignal): Reading {
  const win = doc.defaultView!;
  const card = createCardView(doc);
  let index: HitIndex | null = null;
  let origin: 'hover' | 'tap' | 'keys' | null = null;
  let tap: { x: number; y: number; at: number; id: number } | null = null;
  let hideTimer = 0;
  let flashTimers: number[] = [];
  let lastKeys: { action: ReadingAction; at: number } | null = null;
  const pointer = { x: 0, y: 0, target: null as EventTarget | null, pending: false };

  const itemsFor = (key: string) => page.painted.filter((i) => i.key === key);
  const rectsOf = (items: readonly HighlightItem[]) => (): Box[] => items.flatMap((i) => [...i.range.getClientRects()]);

  const hitTest = (x: number, y: number): HighlightItem | null => {
    if (!page.painted.length) return null;
    if (index?.items !== page.painted) index = buildHitIndex(page.painted);
    const caret = caretAt(doc, x, y);
    if (!caret) return null;
    return index.at(caret).find((i) => page.shows(i.category) && onRange(i.range, x, y)) ?? null;
  };

  const open = (key: string, how: 'hover' | 'tap' | 'keys', pointerX?: number): boolean => {
    const a = page.annotations;
    const items = itemsFor(key);
    const model = a && items.length ? cardModel(a, key) : null;
    if (!model) return false;
    const first = items[0]!.range.startContainer;
    const tone = createToneProbe(win)(first.nodeType === 1 ? (first as Element) : first.parentElement);
    origin = how;
    card.show(model, rectsOf(items), { tone, announce: how === 'keys', pointerX });
    return true;
  };

  const close = () => {
    win.clearTimeout(hideTimer);
    origin = null;
    card.hide();
  };

  const frame = () => {
    pointer.pending = false;
    if (card.isCard(pointer.target)) {
      win.clearTimeout(hideTimer);
      return;
    }
    const item = hitTest(pointer.x, pointer.y);
    if (item) {
      win.clearTimeout(hideTimer);
      if (card.key !== item.key || origin !== 'hover') open(item.key, 'hover', pointer.x);
    } else if (origin === 'hover') {
      win.clearTimeout(hideTimer);
      hideTimer = win.setTimeout(close, HIDE_DELAY_MS);
    }
  };

  // capture phase, so page handlers that stop propagation cannot hide events from us
  const listen = <K extends keyof DocumentEventMap>(target: EventTarget, type: K, fn: (e: DocumentEventMap[K]) => void) =>
    target.addEventListener(type, fn as EventListener, { capture: true, passive: type !== 'keydown', signal });

  listen(doc, 'pointermove', (e) => {
    // nothing painted (not an article, or hidden by its site rule): no work per move
    if (e.pointerType === 'touch' || (!page.painted.length && !origin)) return;
    pointer.x = e.clientX;
    pointer.y = e.clientY;
    pointer.target = e.target;
    if (!pointer.pending) {
      pointer.pending = true;
      win.requestAnimationFrame(frame);
    }
  });
  listen(doc, 'pointerdown', (e) => {
    if (!card.isCard(e.target)) close();
    tap = e.pointerType === 'touch' && e.isPrimary ? { x: e.clientX, y: e.clientY, at: e.timeStamp, id: e.pointerId } : null;
  });
  // touch has no hover: a tap on a highlight opens its card (the page still gets the tap); a tap
  // elsewhere closes it (pointerdown above)
  listen(doc, 'pointerup', (e) => {
    const t = tap;
    tap = null;
    if (!t || e.pointerType !== 'touch' || e.pointerId !== t.id || !page.painted.length || card.isCard(e.target)) return;
    if (Math.hypot(e.clientX - t.x, e.clientY - t.y) > TAP_SLOP_PX || e.timeStamp - t.at > TAP_MAX_MS) return;
    const item = hitTest(e.clientX, e.clientY);
    if (item) open(item.key, 'tap', e.clientX);
  });
  listen(doc, 'pointercancel', () => {
    tap = null;
  });
  let scrollPending = false;
  const follow = () => {
    if (!origin || scrollPending) return;
    scrollPending = true;
    win.requestAnimationFrame(() => {
      scrollPending = false;
      // a hover or tap card goes when its text scrolls away; a keyboard card follows its quote into view
      if (origin && !card.reposition() && origin !== 'keys') close();
    });
  };
  listen(doc, 'scroll', follow);
  win.addEventListener('resize', follow, { passive: true, signal });

  const act = (action: ReadingAction) => {
    if (action === 'toggle-annotations') reading.toggle();
    else reading.step(action === 'next-quote' ? 1 : -1);
  };

  listen(win, 'keydown', (e) => {
    const action = keyAction(e);
    if (!action || e.defaultPrevented) return;
    if (action === 'close') {
      if (origin) close(); // Escape still reaches the page: it may have its own use for it
      return;
    }
    if (isTyping(e) || !page.annotations) return;
    e.preventDefault();
    e.stopPropagation();
    lastKeys = { action, at: win.performance.now() };
    act(action);
  });

  signal.addEventListener('abort', () => {
    for (const t of flashTimers) win.clearTimeout(t);
    close();
  });

  const reading: Reading = {
    step(direction) {
      const key = page.step(direction);
      if (key) open(key, 'keys');
      return key;
    },
    toggle() {
      close();
      return page.togglePage();
    },
    command(action) {
      if (lastKeys && lastKeys.action === action && win.performance.now() - lastKeys.at < SAME_PRESS_MS) return;
      act(action);
    },
    flash(key) {
      for (const t of flashTimers) win.clearTimeout(t);
      flashTimers = [];
      page.mark(key);
      if (win.matchMedia?.('(prefers-reduced-motion: reduce)').matches) return;
      FLASH_STEPS_MS.forEach((ms, i) => flashTimers.push(win.setTimeout(() => page.mark(i % 2 ? key : null), ms)));
    },
    close,
  };
  return reading;
}
