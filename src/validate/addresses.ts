import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { reportSlug, urls } from '../model/urls.ts';
import { groupBy } from '../util/group-by.ts';

/**
 * A report's address comes from its file name (`reportSlug`), so two names
 * that differ only in case, accents, spaces or folder would compete for one
 * page: `Wonen.md` and `wonen.md`, or `a/x.md` and `b/x.md`.
 */
export function checkAddressesUnique(files: readonly string[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const [slug, group] of groupBy(files, reportSlug)) {
    if (group.length < 2) continue;
    for (const file of group) {
      const others = group.filter((other) => other !== file);
      found.push(
        diagnostic(
          'report-address-duplicate',
          { file, line: 1, column: 1 },
          `this report's page would be ${urls.report(slug)}, like that of ${others.join(', ')}`,
          'the file name makes the address (lower case, without accents, spaces become dashes): rename one of the files',
        ),
      );
    }
  }
  return found;
}
