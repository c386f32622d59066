import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { siteConfigSchema } from '../schema/config.ts';
import { checkContent } from '../validate/content.ts';
import type { WrittenReport } from './write-new-report.ts';

/**
 * The findings in a new report, checked beside the other reports of its
 * folder and agreement, with that agreement's term, as `npm run validate`
 * would: a section covered twice would show. The new report cites nothing,
 * so the site config (reference hosts) cannot matter: the defaults do.
 */
export function checkNewReport(report: WrittenReport): Diagnostic[] {
  const { file, text, term } = report;
  const { diagnostics } = checkContent(
    [...report.others, term ? { file, text, term } : { file, text }],
    siteConfigSchema.parse({}),
  );
  return diagnostics.filter((d) => d.file === file);
}
