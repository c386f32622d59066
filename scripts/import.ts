/**
 * npm run import -- <files or folders...> [--agreement ID] [--out DIR] [--theme T]... [--force] [--dry-run]
 *                   [--config content/site.yaml]
 * Exit 0: every file imported. 1: a file could not be imported. 2: bad usage.
 */
import { existsSync, statSync } from 'node:fs';
import { displayPath, listMarkdownFiles, UsageError } from '../src/build/content-files.ts';
import { readTarget } from '../src/cli/agreement-option.ts';
import { runImport } from '../src/cli/run-import.ts';
import { printFindings } from '../src/cli/print-findings.ts';
import { CommandLine } from '../src/cli/command-line.ts';

const usage = `Usage: npm run import -- <files or folders...> [--agreement ID] [--out DIR] [--theme T]... [--force] [--dry-run]
                         [--config content/site.yaml]

Brings reports in the older generated format (# Title, agreement and
references in <details> blocks) over to the report format, one file
<section>-<title-slug>.md per input, then validates what it wrote beside
the other reports of its agreement, against the agreement's term.
  --agreement ID  the agreement they belong to, its folder in content/agreements/;
                  required when the site holds several, unless --out is given
  --out DIR       the folder to write into (default: the agreement's reports
                  folder, content/reports or content/agreements/ID/reports)
  --theme T       give every imported report theme T (repeat for more); without
                  it, themes are suggested from the keywords in the site config
  --force         overwrite reports that exist already
  --dry-run       write nothing; print what would be written
  --config FILE   the site config; the content folder is the folder it is in
Exit code: 0 every file imported, 1 a file could not be imported, 2 bad usage.`;
const cli = new CommandLine('import', usage);

function main(argv: string[]): number {
  const args = cli.parse({
    args: argv,
    allowPositionals: true,
    options: {
      agreement: { type: 'string' },
      out: { type: 'string' },
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
  const { out, agreement, force, 'dry-run': dryRun } = args.values;
  if (out && existsSync(out) && !statSync(out).isDirectory())
    return cli.fail(`--out must be a folder, not the file ${out}`);

  let files: string[];
  try {
    files = listMarkdownFiles(args.positionals);
  } catch (error) {
    if (error instanceof UsageError) return cli.fail(error.message);
    throw error;
  }
  const chosen = readTarget(args.values.config, { agreement, out });
  if ('usage' in chosen) return cli.fail(chosen.usage);
  if ('findings' in chosen) {
    printFindings(chosen.findings, 1, 'text');
    return 1;
  }

  const configFile = displayPath(args.values.config);
  return runImport(files, chosen.config, chosen.target, { themes, force, dryRun, configFile });
}

process.exitCode = main(process.argv.slice(2));
