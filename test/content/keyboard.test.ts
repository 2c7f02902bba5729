import { describe, expect, it } from 'vitest';
import { isTyping, keyAction } from '../../entrypoints/content/keyboard';

const key = (code: string, key: string, mods: Partial<Record<'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'isComposing', boolean>> = {}) => ({
  code,
  key,
  altKey: false,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  isComposing: false,
  ...mods,
});

describe('keyAction', () => {
  it.each([
    [key('KeyH', 'H', { altKey: true, shiftKey: true }), 'toggle-annotations'],
    [key('Period', '>', { altKey: true, shiftKey: true }), 'next-quote'],
    [key('Comma', '<', { altKey: true, shiftKey: true }), 'previous-quote'],
    // the physical key counts, whatever character the layout makes of it
    [key('Period', '˘', { altKey: true, shiftKey: true }), 'next-quote'],
    [key('Escape', 'Escape'), 'close'],
    [key('KeyH', 'h'), null],
    [key('KeyH', 'H', { shiftKey: true }), null],
    [key('KeyH', 'H', { altKey: true, shiftKey: true, ctrlKey: true }), null],
    [key('Period', '.', { altKey: true }), null],
    [key('Escape', 'Escape', { shiftKey: true }), null],
    [key('Period', '>', { altKey: true, shiftKey: true, isComposing: true }), null],
  ])('%o → %s', (e, action) => expect(keyAction(e)).toBe(action));
});

describe('isTyping', () => {
  const on = (html: string, selector: string) => {
    document.body.innerHTML = html;
    const target = document.querySelector(selector)!;
    return isTyping({ target, composedPath: () => [target] } as unknown as Event);
  };
  it.each([
    ['<input id="t">', '#t', true],
    ['<input id="t" type="search">', '#t', true],
    ['<input id="t" type="checkbox">', '#t', false],
    ['<textarea id="t"></textarea>', '#t', true],
    ['<select id="t"></select>', '#t', true],
    ['<div contenteditable="true"><p><b id="t">x</b></p></div>', '#t', true],
    ['<div role="textbox" id="t"></div>', '#t', true],
    ['<p id="t">article text</p>', '#t', false],
    ['<a id="t" href="#">link</a>', '#t', false],
  ])('%s', (html, sel, typing) => expect(on(html, sel)).toBe(typing));
});
