import type { Diagnostic, Place } from '../diagnostics/diagnostic.ts';
import { checkAddressesUnique } from './addresses.ts';
import { checkSectionsUnique } from './sections.ts';

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
