/**
 * npm run validate -- [files or folders...] [--format text|json] [--config file] [--no-cache]
 * Exit 0: no errors (warnings allowed). 1: errors. 2: bad usage.
 */
import { ChangedWhileReadingError, UsageError } from '../src/build/content-files.ts';
import { printFindings, type OutputFormat } from '../src/cli/print-findings.ts';
import { appendStepSummary } from '../src/cli/step-summary.ts';
import { validateContent } from '../src/cli/validate-content.ts';
import { findingsMarkdown } from '../src/diagnostics/step-summary.ts';
import { CommandLine } from '../src/cli/command-line.ts';

const usage = `Usage: npm run validate -- [files or folders...] [--format text|json] [--config content/site.yaml] [--no-cache]

Checks reports and the site config, and prints one line per finding:
path:line:column: error|warning: message (rule-id).
Without files or folders, it checks the whole content folder, the folder of
--config: its reports (content/reports/, or with several agreements each
content/agreements/<id>/agreement.yaml and reports/), each report against
its agreement's term. A file named is checked against the agreement whose
reports folder holds it.
Results are kept in node_modules/.cache/ by content; --no-cache checks every file afresh.
On GitHub Actions the findings also show on the pull request's changed lines and
in the job summary (GITHUB_STEP_SUMMARY).
Exit code: 0 no errors, 1 errors found, 2 bad usage.`;
const cli = new CommandLine('validate', usage);

async function main(argv: string[]): Promise<number> {
  const args = cli.parse({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      config: { type: 'string', default: 'content/site.yaml' },
      'no-cache': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (typeof args === 'number') return args;
  const format = args.values.format;
  if (format !== 'text' && format !== 'json') return cli.fail(`--format must be text or json, not "${format}"`);

  try {
    const { config, 'no-cache': noCache } = args.values;
    const { findings, fileCount } = await validateContent({ config, named: args.positionals, noCache });
    printFindings(findings, fileCount, format as OutputFormat);
    appendStepSummary('validate', findingsMarkdown('validate', findings, fileCount));
    return findings.some((d) => d.severity === 'error') ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) return cli.fail(error.message);
    if (!(error instanceof ChangedWhileReadingError)) throw error;
    console.error(`validate: ${error.message}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
