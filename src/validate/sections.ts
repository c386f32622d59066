import { diagnostic, type Diagnostic, type Place } from '../diagnostics/diagnostic.ts';
import { groupBy } from '../util/group-by.ts';
import { sectionKey } from '../model/sections.ts';

/** Where a report says which section it covers, and which earlier one it carries on. */
export interface SectionClaim {
  section: string;
  place: Place;
  /** The agreement it belongs to: set across reports, from where the file is. */
  agreement?: string;
  continues?: { agreement: string; section: string; places: { agreement: Place; section: Place } };
}

export { sectionKey };

/** Two reports on the same section of one agreement would compete for one place on the site. */
export function checkSectionsUnique(claims: readonly SectionClaim[]): Diagnostic[] {
  const byKey = groupBy(claims, (claim) => `${claim.agreement ?? ''}\0${sectionKey(claim.section)}`);
  const found: Diagnostic[] = [];
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    for (const claim of group) {
      const others = group.filter((c) => c !== claim).map((c) => `${c.place.file}:${c.place.line}`);
      found.push(
        diagnostic(
          'section-duplicate',
          claim.place,
          `section ${claim.section} is also covered by ${others.join(', ')}`,
          'each section of the agreement has one report: merge the reports or correct the section number',
        ),
      );
    }
  }
  return found;
}
