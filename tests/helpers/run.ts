import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from './fixtures.ts';

/**
 * The arguments to Node that run one of the project's commands (`build.ts`
 * or `build`) as `npm run` does: through scripts/run.mjs, from its bundle.
 */
export function commandArgs(script: string, args: readonly string[] = []): string[] {
  return [path.join(projectRoot, 'scripts', 'run.mjs'), script.replace(/\.ts$/, ''), ...args];
}

/** Runs one of the project's command-line scripts as its own process. */
export function runScript(script: string, args: string[], env: Record<string, string> = {}, cwd = projectRoot) {
  const result = spawnSync(process.execPath, commandArgs(script, args), {
    cwd,
    encoding: 'utf8',
    // Not the job summary of the CI run the tests may be part of.
    env: { ...process.env, GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
