import { defineConfig } from 'vitest/config';

// Page integrity over ../shared/corpus in real Chromium with the built extension (npm run
// test:integrity). Skips cleanly when the corpus is absent: npm test never needs ../shared.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.integrity.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
