import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Builds the shipped content and the fixture corpus once for all site tests.
    globalSetup: ['tests/global-setup.ts'],
    // The 4,000-report budgets are held by `npm run bench -- --check`, not by the test suite.
    exclude: [...configDefaults.exclude, 'tests/budgets/**'],
    testTimeout: 30_000,
    hookTimeout: 300_000,
  },
});
