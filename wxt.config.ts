import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Chrome MV3 by default; `-b firefox` builds MV2 for Firefox (add --mv3 for MV3).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // A function, so every entrypoint build gets a fresh plugin instance. No modulepreload polyfill:
  // extension pages support modulepreload natively, and the polyfill is a fetch() in the bundle.
  vite: () => ({ plugins: [preact()], build: { modulePreload: { polyfill: false } } }),
  manifest: ({ browser }) => ({
    name: 'WhoSaid',
    description: 'Highlights quotations, their speakers and named officials in news articles. Runs offline; sends nothing anywhere.',
    permissions: ['storage'],
    action: { default_title: 'WhoSaid' },
    // Keyboard shortcuts, changeable by the reader (chrome://extensions/shortcuts, Firefox: Manage
    // Extension Shortcuts). The content script binds the same keys in the page (keyboard.ts).
    // (Chrome refuses Alt+Shift+W as a suggested key: it leaves the command unbound.)
    commands: {
      'toggle-annotations': { suggested_key: { default: 'Alt+Shift+H' }, description: 'Hide or show the highlights on this page' },
      'next-quote': { suggested_key: { default: 'Alt+Shift+Period' }, description: 'Go to the next quote and show who said it' },
      'previous-quote': { suggested_key: { default: 'Alt+Shift+Comma' }, description: 'Go to the previous quote' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'whosaid@whosaid.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox for Android 142
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
