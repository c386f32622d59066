import path from 'node:path';
import { projectRoot } from '../project-root.ts';

/**
 * The command line that runs one of the project's commands (scripts/<name>.ts)
 * as its npm script does: the launcher that starts its precompiled bundle.
 */
export function projectCommand(name: string, args: readonly string[]): string[] {
  return [process.execPath, path.join(projectRoot, 'scripts/run.mjs'), name, ...args];
}
