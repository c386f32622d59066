import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';

/**
 * The git repository that holds a folder: the nearest folder, the folder
 * itself or one above it, with a `.git` (a folder, or a file in a worktree
 * or submodule). Undefined when there is none.
 */
export function repositoryRoot(folder: string): string | undefined {
  let current = realpathSync(folder);
  for (;;) {
    if (existsSync(path.join(current, '.git'))) return current;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/**
 * Each content file's path inside the repository that holds the content
 * folder (`content/reports/x.md`), for edit links: found from the folder,
 * not from where the command was started, so that no path of the build
 * machine reaches a page. Undefined for every file when no repository holds
 * the folder.
 */
export function sourcePaths(contentFolder: string): (file: string) => string | undefined {
  const root = repositoryRoot(contentFolder);
  if (root === undefined) return () => undefined;
  const folder = path.resolve(contentFolder);
  // The folder may be reached through a link; inside it, files are found without following any.
  const inRepository = path.relative(root, realpathSync(folder));
  return (file) => {
    const inFolder = path.relative(folder, path.resolve(file));
    if (inFolder.startsWith('..') || path.isAbsolute(inFolder)) return undefined;
    return path.join(inRepository, inFolder).split(path.sep).join('/');
  };
}
