import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // End-to-end tests launch Chromium; give them room without hiding a hang.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
