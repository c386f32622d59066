import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from './fixtures.ts';

/**
 * The arguments to Node that run one of the project's commands (`build.ts`
 * or `build`) as `npm run` does: through scripts/run.mjs, from its bundle.
 */
export function commandArgs(script: string, args: readonly string[] = []): string[] {
  return [path.join(projectRoot, 'scripts', 'run.mjs'), script.replace(/\.ts$/, ''), ...args];
}

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function commandEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  // Not the job summary of the CI run the tests may be part of.
  return { ...process.env, GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '', ...env };
}

/** Runs one of the project's command-line scripts as its own process. */
export function runScript(
  script: string,
  args: string[],
  env: Record<string, string> = {},
  cwd = projectRoot,
): CommandResult {
  const result = spawnSync(process.execPath, commandArgs(script, args), {
    cwd,
    encoding: 'utf8',
    env: commandEnv(env),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** As runScript, without waiting for it: for commands that may run side by side. */
export function startScript(
  script: string,
  args: string[],
  env: Record<string, string> = {},
  cwd = projectRoot,
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, commandArgs(script, args), { cwd, env: commandEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
