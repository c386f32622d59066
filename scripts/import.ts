/**
 * npm run import -- <files or folders...> [--out content/reports] [--theme T]... [--force] [--dry-run]
 *                   [--config content/site.yaml]
 * Exit 0: every file imported. 1: a file could not be imported. 2: bad usage.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../src/diagnostics/diagnostic.ts';
import { formatText } from '../src/diagnostics/format.ts';
import { importReport, type ImportedReport } from '../src/import/import-report.ts';
import { checkContent } from '../src/validate/content.ts';
import type { ReportSource } from '../src/validate/report.ts';
import {
  displayPath,
  listMarkdownFiles,
  markdownFilesIn,
  readConfig,
  readSources,
  UsageError,
} from '../src/build/content-files.ts';
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
  const out = args.values.out;
  if (existsSync(out) && !statSync(out).isDirectory()) return cli.fail(`--out must be a folder, not the file ${out}`);
  const dryRun = args.values['dry-run'];

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

  /** Reports written (or, with --dry-run, that would be), by output path. */
  const written = new Map<string, ReportSource>();
  const inputOf = new Map<string, string>();
  let failed = 0;
  for (const source of readSources(files)) {
    const { file } = source;
    const { imported, diagnostics } = importReport(source, config, themes);
    const target = imported ? displayPath(path.join(out, imported.fileName)) : undefined;
    const refusal = target === undefined ? undefined : refuse(file, target, inputOf.get(target), args.values.force);
    if (!imported || target === undefined || refusal) {
      failed += 1;
      for (const d of refusal ? [refusal] : diagnostics) process.stderr.write(formatText(d) + '\n');
      continue;
    }
    const replacing = existsSync(target);
    if (dryRun) {
      process.stdout.write(`would write ${target} (from ${file}):\n${imported.text}\n`);
    } else {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, imported.text);
      process.stdout.write(`${replacing ? 'replaced' : 'wrote'} ${target} (from ${file})\n`);
    }
    process.stdout.write(`    ${describeThemes(imported.themes, displayPath(args.values.config))}\n`);
    written.set(target, { file: target, text: imported.text });
    inputOf.set(target, file);
  }

  if (written.size > 0) {
    // Checked beside the reports already in --out, so a section covered twice shows.
    const others = markdownFilesIn(out).filter((file) => !written.has(file));
    const { diagnostics } = checkContent([...readSources(others), ...written.values()], config);
    process.stdout.write(`\nValidating the ${dryRun ? 'reports that would be written' : 'new reports'}:\n`);
    printFindings(
      diagnostics.filter((d) => written.has(d.file)),
      written.size,
      'text',
    );
  }
  const verb = dryRun ? 'Would import' : 'Imported';
  const failures = failed > 0 ? `; ${failed} ${failed === 1 ? 'file' : 'files'} could not be imported` : '';
  const inputs = `${files.length} ${files.length === 1 ? 'file' : 'files'}`;
  process.stdout.write(`${verb} ${written.size} of ${inputs} into ${displayPath(out)}${failures}.\n`);
  return failed > 0 ? 1 : 0;
}

/** Why `target` must not be written, if it must not. */
function refuse(file: string, target: string, earlier: string | undefined, force: boolean): Diagnostic | undefined {
  const place = { file, line: 1, column: 1 };
  if (earlier !== undefined) {
    return diagnostic(
      'import-target-exists',
      place,
      `${target} is already the report of ${earlier} in this import`,
      'two files have the same section and title: import one of them, or correct the other',
    );
  }
  if (!force && existsSync(target)) {
    return diagnostic(
      'import-target-exists',
      place,
      `${target} exists already and was left as it is`,
      'import again with --force to overwrite it, or move the existing report aside first',
    );
  }
  return undefined;
}

function describeThemes(themes: ImportedReport['themes'], configFile: string): string {
  if (themes.from === 'option') return `themes (from --theme): ${themes.names.join(', ')}`;
  if (themes.suggestions.length === 0) {
    return `no theme suggested: no keyword of ${configFile} is in the title or agreement text; add themes by hand, or import again with --theme`;
  }
  const list = themes.suggestions.map((s) => `${s.theme} (${s.keywords.join(', ')})`);
  return `themes suggested by keywords: ${list.join(', ')}`;
}

process.exitCode = main(process.argv.slice(2));
