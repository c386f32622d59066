import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { SiteConfig } from '../schema/config.ts';
import { checkAcrossReports } from './across-reports.ts';
import { checkReport, type CheckedReport, type ReportSource } from './report.ts';

/** Checks every report, then what only shows across reports. */
export function checkContent(
  sources: readonly ReportSource[],
  config: SiteConfig,
): { reports: CheckedReport[]; diagnostics: Diagnostic[] } {
  const reports: CheckedReport[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const source of sources) {
    const result = checkReport(source, config);
    diagnostics.push(...result.diagnostics);
    if (result.report) reports.push(result.report);
  }
  diagnostics.push(
    ...checkAcrossReports(
      reports.map((r) => ({ section: r.data.agreement.section, place: r.sectionPlace })),
      sources,
    ),
  );
  return { reports, diagnostics: sortDiagnostics(diagnostics) };
}
