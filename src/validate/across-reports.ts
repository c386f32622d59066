import type { Diagnostic, Place } from '../diagnostics/diagnostic.ts';
import { checkAddressesUnique } from './addresses.ts';
import { checkSectionsUnique } from './sections.ts';

/** What no report shows on its own: two reports of one section, two files at one address. */
export function checkAcrossReports(
  sections: readonly { section: string; place: Place }[],
  sources: readonly { file: string }[],
): Diagnostic[] {
  return [...checkSectionsUnique(sections), ...checkAddressesUnique(sources.map((source) => source.file))];
}
