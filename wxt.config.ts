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
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'whosaid@whosaid.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
