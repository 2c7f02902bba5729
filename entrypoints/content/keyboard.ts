// In-page keys. The same combinations as the manifest commands (Alt+Shift+H, Alt+Shift+. and
// Alt+Shift+,), for when the browser does not route them as commands; Escape closes the card. Keys
// are never taken from text fields, editable content or composition (IME) input.

import type { ReaderCommand } from '../../lib/messages';

/** The same actions as the manifest commands. */
export type ReadingAction = ReaderCommand;
export type KeyAction = ReadingAction | 'close';

type KeyLike = Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'isComposing'>;

/** Physical keys (code), so the shortcut is the same on every layout and with Shift held. */
const ALT_SHIFT: Record<string, ReadingAction> = { KeyH: 'toggle-annotations', Period: 'next-quote', Comma: 'previous-quote' };

export function keyAction(e: KeyLike): KeyAction | null {
  if (e.isComposing) return null;
  if (e.key === 'Escape' && !e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey) return 'close';
  if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey) return ALT_SHIFT[e.code] ?? null;
  return null;
}

const TEXT_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'datetime-local', 'month', 'time', 'week']);

/** Whether a key event is meant for something the reader types into. */
export function isTyping(e: Pick<Event, 'composedPath' | 'target'>): boolean {
  const path = typeof e.composedPath === 'function' ? e.composedPath() : [];
  const target = (path[0] ?? e.target) as Element | null;
  for (let n: Element | null = target && typeof target.tagName === 'string' ? target : null; n; n = n.parentElement) {
    const tag = n.tagName.toLowerCase();
    if (tag === 'textarea' || tag === 'select') return true;
    if (tag === 'input') return TEXT_INPUTS.has(((n as HTMLInputElement).type || 'text').toLowerCase());
    if ((n as HTMLElement).isContentEditable) return true;
    const editable = n.getAttribute('contenteditable');
    if (editable !== null && editable !== 'false') return true;
    const role = n.getAttribute('role');
    if (role === 'textbox' || role === 'combobox' || role === 'searchbox') return true;
  }
  return false;
}
