import { afterAll, afterEach, beforeEach, inject } from 'vitest';

/**
 * Per-test coverage for `npm run test:mutation` when test files share one
 * module cache (isolate: false). Stryker's own setup file registers the hooks
 * that tell which test runs which code, but a shared cache evaluates that
 * plain-JS file once, for the first test file only: every later file's
 * coverage would go unrecorded and its mutants be tried against the wrong
 * tests. This TypeScript setup file is evaluated for every test file, so it
 * registers the same hooks again (for the first file twice, which records the
 * same thing). Outside Stryker's dry run it does nothing.
 */
interface StrykerNamespace {
  currentTestId?: string | undefined;
  mutantCoverage?: unknown;
}
interface TaskLike {
  name: string;
  suite?: TaskLike;
  file?: { filepath: string };
}

const mode = inject('mode' as never) as string | undefined;
const namespace = inject('globalNamespace' as never) as string | undefined;

if (mode === 'dry-run' && namespace !== undefined) {
  const global = globalThis as unknown as Record<string, StrykerNamespace | undefined>;
  const ns = (global[namespace] ??= {});
  // The same test id as Stryker's: the file path, '#', the suite names and the test's name.
  const testId = (task: TaskLike) => {
    const names: string[] = [];
    for (let at: TaskLike | undefined = task; at; at = at.suite) names.unshift(at.name);
    return `${task.file?.filepath ?? 'unknown.js'}#${names.join(' ').trim()}`;
  };
  beforeEach(({ task }) => {
    ns.currentTestId = testId(task as TaskLike);
  });
  afterEach(() => {
    ns.currentTestId = undefined;
  });
  // Vitest gives the suite to a hook whose first parameter is destructured.
  // eslint-disable-next-line no-empty-pattern
  afterAll(({}, suite) => {
    (suite as unknown as { meta: Record<string, unknown> }).meta.mutantCoverage = ns.mutantCoverage;
  });
}
