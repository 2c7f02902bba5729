import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium. Run by `npm run test:e2e` after a build.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
