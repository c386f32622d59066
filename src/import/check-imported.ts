import { reportsBeside, targetTerm, type ReportTarget } from '../build/report-target.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { SiteConfig } from '../schema/config.ts';
import { checkContent } from '../validate/content.ts';
import type { ReportSource } from '../validate/report.ts';

/**
 * The findings in the reports just imported, checked beside the reports
 * already in the target's folder and agreement, with that agreement's term,
 * so a section covered twice and a decision outside the term show. A report
 * that was replaced is checked as imported, not as it was.
 */
export function checkImported(
  target: ReportTarget,
  written: readonly ReportSource[],
  config: SiteConfig,
): Diagnostic[] {
  const files = new Set(written.map((source) => source.file));
  const term = targetTerm(target);
  const imported = term ? written.map((source) => ({ ...source, term })) : written;
  const { diagnostics } = checkContent([...reportsBeside(target, files), ...imported], config);
  return diagnostics.filter((d) => files.has(d.file));
}
