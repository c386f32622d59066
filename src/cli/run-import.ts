import { displayPath } from '../build/content-files.ts';
import type { ReportTarget } from '../build/report-target.ts';
import { formatText } from '../diagnostics/format.ts';
import { checkImported } from '../import/check-imported.ts';
import { importFiles, type ImportOptions, type ImportOutcome } from '../import/import-files.ts';
import { describeImport, importSummary } from '../import/import-messages.ts';
import type { SiteConfig } from '../schema/config.ts';
import { printFindings } from './print-findings.ts';

/**
 * `npm run import` once its arguments are read: imports the files into the
 * target's folder, printing each outcome as it comes, then the findings in
 * what it wrote and a summary. Returns the exit code.
 */
export function runImport(
  files: readonly string[],
  config: SiteConfig,
  target: ReportTarget,
  options: Omit<ImportOptions, 'out'> & { configFile: string },
): number {
  const { dryRun, configFile } = options;
  const print = (outcome: ImportOutcome) => {
    if ('problems' in outcome) for (const d of outcome.problems) process.stderr.write(formatText(d) + '\n');
    else process.stdout.write(describeImport(outcome, { dryRun, configFile }));
  };
  const { written, failed } = importFiles(files, config, { ...options, out: target.out }, print);
  if (written.length > 0) {
    process.stdout.write(`\nValidating the ${dryRun ? 'reports that would be written' : 'new reports'}:\n`);
    printFindings(checkImported(target, written, config), written.length, 'text');
  }
  const counts = { dryRun, imported: written.length, failed, inputs: files.length, out: displayPath(target.out) };
  process.stdout.write(`${importSummary(counts)}\n`);
  return failed > 0 ? 1 : 0;
}
