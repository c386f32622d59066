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
      // nesting moves: those two suites check the real code, under npm test.
      // The importer's command-line suite only starts processes, which no mutant reaches.
      exclude: [
        'tests/robustness/hostile-files.test.ts',
        'tests/load/yaml-stack-depth.test.ts',
        'tests/import/import-cli.test.ts',
      ],
      // Property tests try a tenth as many inputs per mutant (tests/helpers/property-runs.ts).
      env: { PROPERTY_RUNS_SCALE: '0.1' },
      // The site builds of the global setup start the bundled commands: no mutant reaches them.
      globalSetup: [],
      // Each test file loads src/ once per worker: a mutant run then costs the tests, not the imports.
      isolate: false,
      // With a shared module cache, Stryker's coverage hooks need registering for each file.
      setupFiles: ['tests/helpers/mutation-setup.ts'],
    },
  }),
);
