import { spawnSync } from 'node:child_process';

/** Git could not be run, or this is not a git repository (exit 2). */
export class GitError extends Error {}

/**
 * Runs git and returns its output. Inherits the environment, so inside a hook
 * it reads the index git commits from (`GIT_INDEX_FILE` for `git commit <paths>`).
 */
export function git(args: readonly string[], input?: string): Buffer {
  const result = spawnSync('git', args, { input, maxBuffer: 1 << 30 });
  if (result.error) throw new GitError(`could not run git: ${result.error.message}`);
  if (result.status !== 0) throw new GitError(result.stderr.toString('utf8').trim() || `git ${args[0]} failed`);
  return result.stdout;
}

/** Paths of the files added, copied, modified or renamed in the index, relative to the repository root. */
export function stagedPaths(): string[] {
  return splitNul(git(['diff', '--cached', '--name-only', '--diff-filter=ACMR', '-z']).toString('utf8'));
}

/**
 * The text of every regular file in the index under `pathspecs`, as it would
 * be committed, which may differ from the working copy. Read in one
 * `git cat-file --batch`, however many files there are.
 */
export function indexTexts(pathspecs: readonly string[]): Map<string, string> {
  const entries = splitNul(git(['ls-files', '--stage', '-z', '--', ...pathspecs]).toString('utf8'))
    .map((line) => /^(\d+) ([0-9a-f]+) (\d)\t(.*)$/s.exec(line))
    .filter((match) => match !== null)
    // Regular files at stage 0: no symlinks, no submodules, no unresolved merge.
    .filter(([, mode, , stage]) => (mode === '100644' || mode === '100755') && stage === '0')
    .map(([, , object, , path]) => ({ object: object!, path: path! }));
  const texts = new Map<string, string>();
  if (entries.length === 0) return texts;
  const output = git(['cat-file', '--batch'], entries.map((e) => e.object).join('\n') + '\n');
  let offset = 0;
  for (const { path } of entries) {
    const headerEnd = output.indexOf(0x0a, offset);
    const [, type, size] = output.toString('utf8', offset, headerEnd).split(' ');
    offset = headerEnd + 1;
    // `<object> missing`: an intent-to-add entry (`git add -N`) has no content yet.
    if (type !== 'blob') continue;
    texts.set(path, output.toString('utf8', offset, offset + Number(size)));
    offset += Number(size) + 1;
  }
  return texts;
}

function splitNul(text: string): string[] {
  return text.split('\0').filter((part) => part !== '');
}
