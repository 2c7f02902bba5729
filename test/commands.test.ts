import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseContentRequest, READER_COMMANDS } from '../lib/messages';
import config from '../wxt.config';
import background from '../entrypoints/background';

describe('keyboard commands', () => {
  it('are the manifest commands, each with a suggested key', () => {
    const manifest = (config.manifest as (env: { browser: string }) => { commands: Record<string, { suggested_key: { default: string } }> })({ browser: 'chrome' });
    expect(Object.keys(manifest.commands).sort()).toEqual([...READER_COMMANDS].sort());
    for (const c of Object.values(manifest.commands)) expect(c.suggested_key.default).toMatch(/^Alt\+Shift\+(H|Period|Comma)$/);
  });

  it('are validated like every other message', () => {
    expect(parseContentRequest({ type: 'whosaid:command', command: 'next-quote' })).toEqual({ type: 'whosaid:command', command: 'next-quote' });
    expect(parseContentRequest({ type: 'whosaid:command', command: 'format-disk' })).toBeNull();
    expect(parseContentRequest({ type: 'whosaid:command' })).toBeNull();
  });

  describe('in the background', () => {
    // fakeBrowser has no commands API: capture the listener the background registers
    let onCommand: (command: string, tab?: { id?: number }) => Promise<void>;
    beforeEach(() => {
      vi.restoreAllMocks();
      fakeBrowser.reset();
      vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((fn) => void (onCommand = fn as typeof onCommand));
      background.main();
    });

    it('routes a command to the tab it was pressed in', async () => {
      const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
      await onCommand('next-quote', { id: 7 });
      expect(send).toHaveBeenCalledWith(7, { type: 'whosaid:command', command: 'next-quote' });
    });

    it('ignores commands it does not know', async () => {
      const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
      await onCommand('_execute_action', { id: 7 });
      expect(send).not.toHaveBeenCalled();
    });
  });
});
