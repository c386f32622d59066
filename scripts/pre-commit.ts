/**
 * The pre-commit check (.githooks/pre-commit; enable with
 * `git config core.hooksPath .githooks`). Validates the reports staged for
 * commit as they are staged, not as they are in the working copy, beside
 * the other reports in the index (sections across reports), with the staged
 * site config; and the about page when it is staged.
 * Exit 0: nothing staged to check, or no errors (warnings allowed).
 * 1: errors; the commit stops. 2: not a git repository, or git failed.
 */
import { sortDiagnostics, type Diagnostic } from '../src/diagnostics/diagnostic.ts';
import { parseConfig } from '../src/load/config.ts';
import { checkAbout } from '../src/validate/about.ts';
import { checkContent } from '../src/validate/content.ts';
import { git, GitError, indexTexts, stagedPaths } from '../src/cli/git-index.ts';
import { printFindings } from '../src/cli/print-findings.ts';

const reportsFolder = 'content/reports/';
const configFile = 'content/site.yaml';
const aboutFile = 'content/over.md';

function main(): number {
  try {
    process.chdir(git(['rev-parse', '--show-toplevel']).toString('utf8').trim());
    const staged = stagedPaths();
    const stagedReports = staged.filter((file) => file.startsWith(reportsFolder) && file.endsWith('.md'));
    const stagedOthers = staged.filter((file) => file === configFile || file === aboutFile);
    if (stagedReports.length === 0 && stagedOthers.length === 0) return 0;

    const index = indexTexts([reportsFolder, configFile, aboutFile]);
    const reports = [...index]
      .filter(([file]) => file.startsWith(reportsFolder) && file.endsWith('.md'))
      .map(([file, text]) => ({ file, text }));
    // A staged config (reference hosts) concerns every report.
    const concerned = new Set(stagedOthers.includes(configFile) ? reports.map((r) => r.file) : stagedReports);
    const { config, diagnostics: configFindings } = parseConfig(configFile, index.get(configFile));
    const findings: Diagnostic[] = [...configFindings];
    if (config) findings.push(...checkContent(reports, config).diagnostics.filter((d) => concerned.has(d.file)));
    const about = index.get(aboutFile);
    if (stagedOthers.includes(aboutFile) && about !== undefined) {
      findings.push(...checkAbout(aboutFile, about).diagnostics);
    }

    process.stdout.write('Checking the staged version of the content:\n');
    const sorted = sortDiagnostics(findings);
    printFindings(sorted, concerned.size + stagedOthers.length, 'text');
    if (!sorted.some((d) => d.severity === 'error')) return 0;
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
