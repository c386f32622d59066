import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Term } from '../model/agreements.ts';
import { didYouMean } from '../text/did-you-mean.ts';
import { groupBy } from '../util/group-by.ts';
import { sectionKey, type SectionClaim } from './sections.ts';

/**
 * `continues` must name a section of an earlier agreement that the site
 * holds a report on. `complete` names the agreements whose reports were all
 * read: a section missing from one read in part (a single file validated)
 * may well be in a file not read.
 */
export function checkContinues(
  claims: readonly SectionClaim[],
  agreements: readonly Term[],
  complete: (id: string) => boolean = () => true,
): Diagnostic[] {
  const byId = new Map(agreements.map((agreement) => [agreement.id, agreement]));
  const sections = groupBy(claims, (claim) => claim.agreement ?? '');
  const found: Diagnostic[] = [];
  // A `continues` already found wrong is not followed again in search of a circle.
  const wrong = new Set<SectionClaim>();
  const report = (claim: SectionClaim, finding: Diagnostic) => {
    wrong.add(claim);
    found.push(finding);
  };
  for (const claim of claims) {
    const { continues } = claim;
    if (continues === undefined) continue;
    const target = byId.get(continues.agreement);
    if (target === undefined) {
      // Its own agreement is no candidate: continuing it is an error too. (On a
      // site with one agreement, reports are read without one: it is theirs.)
      const own = claim.agreement ?? (agreements.length === 1 ? agreements[0]!.id : undefined);
      const others = [...byId.keys()].filter((id) => id !== own);
      const near = didYouMean(continues.agreement, others);
      const known =
        others.length === 0
          ? 'this site holds no other agreement: `continues` names a section of an earlier agreement on a site that holds several (content/agreements/)'
          : `the other agreements of this site are ${others.map((id) => `"${id}"`).join(', ')} (the folder names under agreements/)`;
      report(
        claim,
        diagnostic(
          'continues-unknown-agreement',
          continues.places.agreement,
          `\`continues.agreement\` names "${continues.agreement}", an agreement this site does not hold`,
          near ? `did you mean "${near}"?` : known,
        ),
      );
      continue;
    }
    // A report outside every agreement's folder (a file named to the validator) has no order to check.
    const own = claim.agreement === undefined ? undefined : byId.get(claim.agreement);
    if (own !== undefined && target.id === own.id) {
      report(
        claim,
        diagnostic(
          'continues-not-earlier',
          continues.places.agreement,
          `\`continues.agreement\` names "${own.id}", the agreement this report belongs to`,
          '`continues` names the section of an earlier agreement that this report carries on: name that agreement, or leave `continues` out',
        ),
      );
      continue;
    }
    if (own?.start !== undefined && target.start !== undefined && target.start > own.start) {
      report(
        claim,
        diagnostic(
          'continues-not-earlier',
          continues.places.agreement,
          `agreement "${target.id}" starts on ${target.start}, after this report's agreement "${own.id}" (${own.start}): a promise is carried on by a later agreement, not an earlier one`,
          `the later report says \`continues\`: move this \`continues\` to the report in "${target.id}", naming "${own.id}"`,
        ),
      );
      continue;
    }
    const known = (sections.get(target.id) ?? []).map((c) => c.section);
    if (complete(target.id) && !known.some((section) => sectionKey(section) === sectionKey(continues.section))) {
      const near = didYouMean(continues.section, known);
      report(
        claim,
        diagnostic(
          'continues-unknown-section',
          continues.places.section,
          `agreement "${target.id}" has no report on section ${continues.section}`,
          near ? `did you mean "${near}"?` : `check the section number in agreement "${target.id}"`,
        ),
      );
    }
  }
  return [...found, ...checkCycles(claims.filter((claim) => !wrong.has(claim)))];
}

/**
 * Reports that continue each other in a circle: possible only between
 * agreements that start on the same day, which the order check lets pass.
 * Only the claims given are followed.
 */
function checkCycles(claims: readonly SectionClaim[]): Diagnostic[] {
  const key = (agreement: string | undefined, section: string) => `${agreement ?? ''}\0${sectionKey(section)}`;
  const byKey = new Map(claims.map((claim) => [key(claim.agreement, claim.section), claim]));
  const next = (claim: SectionClaim) =>
    claim.continues && byKey.get(key(claim.continues.agreement, claim.continues.section));
  const found: Diagnostic[] = [];
  const reported = new Set<SectionClaim>();
  for (const start of claims) {
    const path: SectionClaim[] = [];
    let current: SectionClaim | undefined = start;
    while (current !== undefined && !path.includes(current) && !reported.has(current)) {
      path.push(current);
      current = next(current);
    }
    if (current === undefined || reported.has(current)) continue;
    const circle = path.slice(path.indexOf(current));
    const names = circle.map((c) => `${c.place.file} (${c.agreement ?? ''} ${c.section})`).join(' → ');
    for (const member of circle) {
      reported.add(member);
      found.push(
        diagnostic(
          'continues-cycle',
          member.continues!.places.agreement,
          `these reports continue each other in a circle: ${names} → back to the first`,
          'a promise is carried on in one direction only, from one agreement to a later one: remove `continues` from at least one of these reports',
        ),
      );
    }
  }
  return found;
}
