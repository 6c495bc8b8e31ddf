import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts'],
    setupFiles: ['test/support/yieldBetweenTests.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
