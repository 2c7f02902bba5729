import { defineConfig } from 'vitest/config';

// The Firefox build in firefox-esr (puppeteer-core over WebDriver BiDi). Run by `npm run test:firefox`.
export default defineConfig({
  test: {
    include: ['test/firefox/**/*.ff.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
