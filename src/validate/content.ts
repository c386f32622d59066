import { sortDiagnostics, type Diagnostic, type Place } from '../diagnostics/diagnostic.ts';
import type { SiteConfig } from '../schema/config.ts';
import { checkAddressesUnique } from './addresses.ts';
import { checkReport, type CheckedReport, type ReportSource } from './report.ts';
import { checkSectionsUnique } from './sections.ts';

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
  diagnostics.push(...checkAcrossReports(reports, sources));
  return { reports, diagnostics: sortDiagnostics(diagnostics) };
}

/** What no report shows on its own: two reports of one section, two files at one address. */
export function checkAcrossReports(
  reports: readonly { data: { agreement: { section: string } }; sectionPlace: Place }[],
  sources: readonly { file: string }[],
): Diagnostic[] {
  return [
    ...checkSectionsUnique(reports.map((r) => ({ section: r.data.agreement.section, place: r.sectionPlace }))),
    ...checkAddressesUnique(sources.map((source) => source.file)),
  ];
}
