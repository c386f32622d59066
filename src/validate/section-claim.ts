import type { CheckedReport } from './report.ts';
import type { SectionClaim } from './sections.ts';

/** A checked report's claim; its agreement is set across reports, from where its file is. */
export function sectionClaim(report: CheckedReport): SectionClaim {
  const claim: SectionClaim = { section: report.data.agreement.section, place: report.sectionPlace };
  const { continues } = report.data;
  if (continues && report.continuesPlaces) claim.continues = { ...continues, places: report.continuesPlaces };
  return claim;
}
