import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Locator } from '../load/front-matter.ts';
import type { Term } from '../model/agreements.ts';
import type { Reference } from '../schema/report.ts';

/**
 * A decision dated before the agreement began or after it ended cannot have
 * carried out its promises: most often a typo in the date, or a report filed
 * under the wrong agreement.
 */
export function checkTerm(references: readonly Reference[], term: Term | undefined, locate: Locator): Diagnostic[] {
  if (term?.start === undefined) return [];
  const { start, end } = term;
  const found: Diagnostic[] = [];
  references.forEach((reference, index) => {
    const before = reference.date < start;
    if (!before && (end === undefined || reference.date <= end)) return;
    found.push(
      diagnostic(
        'reference-outside-term',
        locate.value(['references', index, 'date']),
        before
          ? `decision of ${reference.date} is older than this agreement, which starts on ${start}`
          : `decision of ${reference.date} is newer than this agreement, which ended on ${end}`,
        `check the date; a decision of another term belongs in a report of that agreement (agreement ${term.id})`,
      ),
    );
  });
  return found;
}
