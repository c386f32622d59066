import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Builds the shipped content and the fixture corpus once for all site tests.
    globalSetup: ['tests/global-setup.ts'],
    // The 4,000-report budgets are held by `npm run bench -- --check`, not by the test suite.
    exclude: [...configDefaults.exclude, 'tests/budgets/**'],
    // Most test files wait on a build or a command in a process of its own, so two
    // files at once keep two cores busy (vitest's default is one fewer than the cores).
    maxWorkers: 2,
    // Each worker loads the libraries and src/ once for all the files it runs, not once
    // per file (about a fifth of the suite's processor time). So no test file may count
    // on what another left behind or leave what changes another: mocks are restored
    // after each test, each file works in folders of its own, and the files pass in any
    // order (vitest run --sequence.shuffle.files).
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 300_000,
  },
});
