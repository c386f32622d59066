import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { siteConfigSchema } from '../schema/config.ts';
import { checkContent } from '../validate/content.ts';
import type { WrittenReport } from './write-new-report.ts';

/**
 * The findings in a new report, checked beside the other reports as
 * `npm run validate` would, so a section covered twice would show. The new
 * report cites nothing, so the site config (reference hosts) cannot matter:
 * the defaults do.
 */
export function checkNewReport(report: WrittenReport): Diagnostic[] {
  const { diagnostics } = checkContent(
    [...report.others, { file: report.file, text: report.text }],
    siteConfigSchema.parse({}),
  );
  return diagnostics.filter((d) => d.file === report.file);
}
