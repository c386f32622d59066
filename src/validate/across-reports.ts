import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Term } from '../model/agreements.ts';
import { groupBy } from '../util/group-by.ts';
import { checkAddressesUnique } from './addresses.ts';
import { checkContinues } from './continues.ts';
import { checkSectionsUnique, type SectionClaim } from './sections.ts';

/**
 * What no report shows on its own: two reports of one section, two files at
 * one address (each within one agreement), and `continues` that names no
 * earlier report. `agreements` are the site's; without them, no report may
 * say `continues`.
 */
export function checkAcrossReports(
  claims: readonly SectionClaim[],
  sources: readonly { file: string; term?: Term }[],
  agreements: readonly Term[] = [],
  complete?: (id: string) => boolean,
): Diagnostic[] {
  const byAgreement = groupBy(sources, (source) => source.term?.id ?? '');
  return [
    ...checkSectionsUnique(claims),
    ...[...byAgreement.values()].flatMap((group) => checkAddressesUnique(group.map((source) => source.file))),
    ...checkContinues(claims, agreements, complete),
  ];
}
