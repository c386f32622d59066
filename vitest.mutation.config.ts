import { defineConfig, mergeConfig } from 'vitest/config';
import shared from './vitest.config.ts';

/**
 * The suites `npm run test:mutation` runs against each mutant of src/: those
 * that run src/ in this process. Browser and benchmark suites, and those that
 * only start the bundled commands, cannot see a mutant and would only cost time.
 */
export default mergeConfig(
  shared,
  defineConfig({
    test: {
      include: [
        'tests/validate/**/*.test.ts',
        'tests/markdown/**/*.test.ts',
        'tests/load/**/*.test.ts',
        'tests/model/**/*.test.ts',
        'tests/schema/**/*.test.ts',
        'tests/text/**/*.test.ts',
        'tests/import/**/*.test.ts',
        'tests/robustness/**/*.test.ts',
        'tests/scaffold/**/*.test.ts',
      ],
      // Instrumented code takes more stack, so where the parser runs out on 1,000-deep
      // nesting moves: that suite checks the real code, under npm test.
      exclude: ['tests/robustness/hostile-files.test.ts'],
      // The site builds of the global setup start the bundled commands: no mutant reaches them.
      globalSetup: [],
      // Stryker tells each test's coverage by the modules a test file loads itself.
      isolate: true,
    },
  }),
);
