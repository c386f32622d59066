/**
 * npm run import -- <files or folders...> [--out content/reports] [--theme T]... [--force] [--dry-run]
 *                   [--config content/site.yaml]
 * Exit 0: every file imported. 1: a file could not be imported. 2: bad usage.
 */
import { existsSync, statSync } from 'node:fs';
import { formatText } from '../src/diagnostics/format.ts';
import { checkImported } from '../src/import/check-imported.ts';
import { importFiles, type ImportOutcome } from '../src/import/import-files.ts';
import { describeImport, importSummary } from '../src/import/import-messages.ts';
import { displayPath, listMarkdownFiles, readConfig, UsageError } from '../src/build/content-files.ts';
import { printFindings } from '../src/cli/print-findings.ts';
import { CommandLine } from '../src/cli/command-line.ts';

const usage = `Usage: npm run import -- <files or folders...> [--out content/reports] [--theme T]... [--force] [--dry-run]
                         [--config content/site.yaml]

Brings reports in the older generated format (# Title, agreement and
references in <details> blocks) over to the report format, one file
<section>-<title-slug>.md per input in --out, then validates what it wrote.
  --theme T    give every imported report theme T (repeat for more); without
               it, themes are suggested from the keywords in the site config
  --force      overwrite reports that exist already
  --dry-run    write nothing; print what would be written
Exit code: 0 every file imported, 1 a file could not be imported, 2 bad usage.`;
const cli = new CommandLine('import', usage);

function main(argv: string[]): number {
  const args = cli.parse({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'content/reports' },
      theme: { type: 'string', multiple: true, default: [] },
      force: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      config: { type: 'string', default: 'content/site.yaml' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (typeof args === 'number') return args;
  if (args.positionals.length === 0) return cli.fail('name the files or folders to import');
  const themes = args.values.theme.map((theme) => theme.trim());
  if (themes.includes('')) return cli.fail('--theme needs a theme name, such as --theme werk');
  const { out, force, 'dry-run': dryRun } = args.values;
  if (existsSync(out) && !statSync(out).isDirectory()) return cli.fail(`--out must be a folder, not the file ${out}`);

  let files: string[];
  try {
    files = listMarkdownFiles(args.positionals);
  } catch (error) {
    if (error instanceof UsageError) return cli.fail(error.message);
    throw error;
  }
  const { config, diagnostics: configFindings } = readConfig(args.values.config);
  if (!config) {
    printFindings(configFindings, 1, 'text');
    return 1;
  }

  const configFile = displayPath(args.values.config);
  const print = (outcome: ImportOutcome) => {
    if ('problems' in outcome) for (const d of outcome.problems) process.stderr.write(formatText(d) + '\n');
    else process.stdout.write(describeImport(outcome, { dryRun, configFile }));
  };
  const { written, failed } = importFiles(files, config, { out, themes, force, dryRun }, print);
  if (written.length > 0) {
    const findings = checkImported(out, written, config);
    process.stdout.write(`\nValidating the ${dryRun ? 'reports that would be written' : 'new reports'}:\n`);
    printFindings(findings, written.length, 'text');
  }
  const counts = { dryRun, imported: written.length, failed, inputs: files.length, out: displayPath(out) };
  process.stdout.write(`${importSummary(counts)}\n`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
