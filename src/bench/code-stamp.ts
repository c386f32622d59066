import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../project-root.ts';

const watched = ['src', 'scripts', 'templates', '.eleventy.js', 'package.json', 'package-lock.json'];

/**
 * The newest change to the code the rows run, so that a run can tell whether
 * it was changed under it (its figures would then mix two versions, and a
 * command recompiled or a cache invalidated during a timed row).
 */
export function codeStamp(root = projectRoot): number {
  let newest = 0;
  const stack = watched.map((name) => path.join(root, name)).filter((file) => existsSync(file));
  while (stack.length) {
    const file = stack.pop()!;
    const stat = statSync(file);
    newest = Math.max(newest, stat.mtimeMs);
    if (stat.isDirectory()) for (const name of readdirSync(file)) stack.push(path.join(file, name));
  }
  return newest;
}
