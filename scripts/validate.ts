/**
 * npm run validate -- [files or folders...] [--format text|json] [--config file] [--no-cache]
 * Exit 0: no errors (warnings allowed). 1: errors. 2: bad usage.
 */
import { sortDiagnostics } from '../src/diagnostics/diagnostic.ts';
import { collectCompiled } from '../src/compile/collect.ts';
import { cacheDir, compileSources } from '../src/build/compile-sources.ts';
import { ChangedWhileReadingError, readConfig, readStoredReports, UsageError } from '../src/build/content-files.ts';
import { printFindings, type OutputFormat } from '../src/cli/print-findings.ts';
import { appendStepSummary } from '../src/cli/step-summary.ts';
import { findingsMarkdown } from '../src/diagnostics/step-summary.ts';
import { CommandLine } from '../src/cli/command-line.ts';

const usage = `Usage: npm run validate -- [files or folders...] [--format text|json] [--config content/site.yaml] [--no-cache]

Checks reports (default: content/reports) and the site config, and prints one
line per finding: path:line:column: error|warning: message (rule-id).
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
    const read = readStoredReports(args.positionals.length ? args.positionals : ['content/reports']);
    const { config, diagnostics: configFindings } = readConfig(args.values.config);
    if (!config) {
      printFindings(configFindings, 1, format as OutputFormat);
      appendStepSummary('validate', findingsMarkdown('validate', configFindings, 1));
      return 1;
    }
    const { compiled } = await compileSources(read.sources, config, {
      render: false,
      ...(args.values['no-cache'] ? { threads: 1 } : { cacheDir }),
    });
    const { diagnostics } = collectCompiled(read.sources, compiled);
    const all = sortDiagnostics([...configFindings, ...read.diagnostics, ...diagnostics]);
    printFindings(all, read.fileCount, format as OutputFormat);
    appendStepSummary('validate', findingsMarkdown('validate', all, read.fileCount));
    return all.some((d) => d.severity === 'error') ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) return cli.fail(error.message);
    if (!(error instanceof ChangedWhileReadingError)) throw error;
    console.error(`validate: ${error.message}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
