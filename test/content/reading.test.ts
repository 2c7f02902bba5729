import { afterEach, describe, expect, it, vi } from 'vitest';
import { setupReading, type ReadingPage } from '../../entrypoints/content/reading';
import { CARD_TAG } from '../../entrypoints/content/card';
import type { HighlightItem } from '../../entrypoints/content/highlighter';
import { annotations } from '../fixtures/annotations';

function fakePage() {
  document.body.innerHTML = '<p id="t">We will build it. Nobody asked us.</p><input id="field">';
  const text = document.getElementById('t')!.firstChild as Text;
  const range = (s: string) => {
    const r = document.createRange();
    r.setStart(text, text.data.indexOf(s));
    r.setEnd(text, text.data.indexOf(s) + s.length);
    return r;
  };
  const painted: HighlightItem[] = [
    { key: 'q0', category: 'quotes', range: range('We will build it.') },
    { key: 'q1', category: 'quotes', range: range('Nobody asked us.') },
  ];
  let current = -1;
  let hidden = false;
  const page = {
    annotations: annotations(),
    painted,
    shows: () => !hidden,
    step: vi.fn((d: 1 | -1) => {
      current = (current + d + 2) % 2;
      return painted[current]!.key;
    }),
    togglePage: vi.fn(() => (hidden = !hidden)),
    mark: vi.fn(),
  } satisfies ReadingPage;
  return page;
}

const press = (target: EventTarget, code: string, key: string, mods: KeyboardEventInit = { altKey: true, shiftKey: true }) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { code, key, bubbles: true, cancelable: true, composed: true, ...mods }));

let ctl: AbortController;
afterEach(() => {
  ctl?.abort();
  vi.useRealTimers();
});

describe('reading aids', () => {
  it('steps with Alt+Shift+. and Alt+Shift+, and shows the card of the current quote', () => {
    const page = fakePage();
    ctl = new AbortController();
    setupReading(page, document, ctl.signal);
    press(document.body, 'Period', '>');
    expect(page.step).toHaveBeenLastCalledWith(1);
    expect(document.querySelectorAll(CARD_TAG).length).toBe(1);
    press(document.body, 'Comma', '<');
    expect(page.step).toHaveBeenLastCalledWith(-1);
    expect(document.querySelectorAll(CARD_TAG).length).toBe(1);
  });

  it('never takes keys from a text field', () => {
    const page = fakePage();
    ctl = new AbortController();
    setupReading(page, document, ctl.signal);
    const field = document.getElementById('field')!;
    const ev = new KeyboardEvent('keydown', { code: 'Period', key: '>', altKey: true, shiftKey: true, bubbles: true, cancelable: true });
    field.dispatchEvent(ev);
    expect(page.step).not.toHaveBeenCalled();
    expect(ev.defaultPrevented).toBe(false);
  });

  it('closes the card with Escape and hides everything with Alt+Shift+H', () => {
    const page = fakePage();
    ctl = new AbortController();
    setupReading(page, document, ctl.signal);
    press(document.body, 'Period', '>');
    expect(document.querySelector(CARD_TAG)).not.toBeNull();
    press(document.body, 'Escape', 'Escape', {});
    expect(document.querySelector(CARD_TAG)).toBeNull();
    press(document.body, 'Period', '>');
    press(document.body, 'KeyH', 'H');
    expect(page.togglePage).toHaveBeenCalledTimes(1);
    expect(document.querySelector(CARD_TAG)).toBeNull();
  });

  it('treats a command right after the same in-page key as one press, and acts on a later one', () => {
    vi.useFakeTimers({ toFake: ['performance', 'setTimeout', 'clearTimeout'] });
    const page = fakePage();
    ctl = new AbortController();
    const reading = setupReading(page, document, ctl.signal);
    press(document.body, 'Period', '>');
    reading.command('next-quote');
    expect(page.step).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    reading.command('next-quote');
    expect(page.step).toHaveBeenCalledTimes(2);
    reading.command('toggle-annotations');
    expect(page.togglePage).toHaveBeenCalledTimes(1);
  });

  it('flashes a revealed item and leaves it marked', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const page = fakePage();
    ctl = new AbortController();
    setupReading(page, document, ctl.signal).flash('q1');
    vi.advanceTimersByTime(2000);
    const marks = page.mark.mock.calls.map((c) => c[0]);
    expect(marks).toContain(null);
    expect(marks.at(-1)).toBe('q1');
  });

  it('removes its card and stops listening when the content script ends', () => {
    const page = fakePage();
    ctl = new AbortController();
    setupReading(page, document, ctl.signal);
    press(document.body, 'Period', '>');
    ctl.abort();
    expect(document.querySelector(CARD_TAG)).toBeNull();
    press(document.body, 'Period', '>');
    expect(page.step).toHaveBeenCalledTimes(1);
  });
});
