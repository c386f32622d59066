/**
 * The pre-commit check (.githooks/pre-commit; enable with
 * `git config core.hooksPath .githooks`). Validates the reports staged for
 * commit (content/reports/ or content/agreements/<id>/reports/) as they are
 * staged, not as they are in the working copy, beside the other reports in
 * the index, each against its agreement's term; and the staged site config,
 * agreement.yaml files and about page (src/cli/check-staged.ts).
 * Exit 0: nothing staged to check, or no errors (warnings allowed).
 * 1: errors; the commit stops. 2: not a git repository, or git failed.
 */
import { checkStaged, contentPathspecs, stagedContent } from '../src/cli/check-staged.ts';
import { git, GitError, indexTexts, stagedPaths } from '../src/cli/git-index.ts';
import { printFindings } from '../src/cli/print-findings.ts';

function main(): number {
  try {
    process.chdir(git(['rev-parse', '--show-toplevel']).toString('utf8').trim());
    const staged = stagedPaths();
    if (stagedContent(staged).length === 0) return 0;
    const { findings, fileCount } = checkStaged(indexTexts(contentPathspecs), staged);

    process.stdout.write('Checking the staged version of the content:\n');
    printFindings(findings, fileCount, 'text');
    if (!findings.some((d) => d.severity === 'error')) return 0;
    process.stderr.write(
      'Commit stopped: fix the errors above, stage the fix (git add), and commit again.\n' +
        '(Line numbers are those of the staged version. To commit anyway: git commit --no-verify.)\n',
    );
    return 1;
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    process.stderr.write(`pre-commit: ${error.message}\n`);
    return 2;
  }
}

process.exitCode = main();
