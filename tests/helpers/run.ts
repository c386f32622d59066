import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from './fixtures.ts';

/** Runs one of the project's command-line scripts as its own process. */
export function runScript(script: string, args: string[], env: Record<string, string> = {}, cwd = projectRoot) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'scripts', script), ...args], {
    cwd,
    encoding: 'utf8',
    // Not the job summary of the CI run the tests may be part of.
    env: { ...process.env, GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
