import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Builds the shipped content and the fixture corpus once for all site tests.
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 300_000,
  },
});
