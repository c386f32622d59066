// Mutation testing (npm run test:mutation): how many small changes to the
// code (mutants) the tests notice. Not part of npm test: it takes a long time.
// https://stryker-mutator.io/docs/stryker-js/configuration/
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // Every suite of the mutation config runs in the dry run; per-test coverage then picks each mutant's tests.
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate: ['src/validate/**/*.ts', 'src/markdown/**/*.ts', 'src/load/**/*.ts', 'src/model/**/*.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  // A mutant that makes the tests run on (a loop that never ends, the parser on a text
  // nested far too deep) is caught this long after the tests' usual time, not 5 s.
  timeoutMS: 3000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'test-output/mutation/report.json' },
  tempDirName: 'node_modules/.cache/stryker',
  cleanTempDir: true,
};
