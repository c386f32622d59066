import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Term } from '../model/agreements.ts';
import type { SiteConfig } from '../schema/config.ts';
import { checkAcrossReports } from './across-reports.ts';
import { checkReport, type CheckedReport, type ReportSource } from './report.ts';
import { sectionClaim } from './section-claim.ts';
import type { SectionClaim } from './sections.ts';

/**
 * Checks every report, then what only shows across reports: sections within
 * each report's agreement (its `term`) and, given the site's `agreements`,
 * `continues` (see checkAcrossReports).
 */
export function checkContent(
  sources: readonly ReportSource[],
  config: SiteConfig,
  agreements?: readonly Term[],
  complete?: (id: string) => boolean,
): { reports: CheckedReport[]; diagnostics: Diagnostic[] } {
  const reports: CheckedReport[] = [];
  const claims: SectionClaim[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const source of sources) {
    const result = checkReport(source, config);
    diagnostics.push(...result.diagnostics);
    if (!result.report) continue;
    reports.push(result.report);
    const agreement = source.term?.id;
    const claim = sectionClaim(result.report);
    claims.push(agreement === undefined ? claim : { ...claim, agreement });
  }
  diagnostics.push(...checkAcrossReports(claims, sources, agreements, complete));
  return { reports, diagnostics: sortDiagnostics(diagnostics) };
}
