import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Locator } from '../load/front-matter.ts';
import { decisionsHost } from '../schema/config.ts';
import type { Reference } from '../schema/report.ts';
import { dayInBrussels } from '../text/calendar-date.ts';

/**
 * Ids unique, titles present, URLs safe and on an allowed host, and decision
 * search URLs consistent with the reference they belong to.
 */
export function checkReferences(
  references: readonly Reference[],
  allowedHosts: readonly string[],
  locate: Locator,
): Diagnostic[] {
  const found: Diagnostic[] = [];
  const firstIndexById = new Map<number, number>();
  references.forEach((reference, index) => {
    const at = (key: string) => locate.value(['references', index, key]);
    const earlier = firstIndexById.get(reference.id);
    if (earlier !== undefined) {
      found.push(
        diagnostic(
          'reference-id-duplicate',
          at('id'),
          `reference id ${reference.id} is used twice (first on line ${locate.value(['references', earlier, 'id']).line})`,
          'give each reference its own number and check which one the body means',
        ),
      );
    } else {
      firstIndexById.set(reference.id, index);
    }

    if (reference.title === undefined || reference.url === undefined) {
      const missing = [reference.title === undefined && '`title`', reference.url === undefined && '`url`'].filter(
        Boolean,
      );
      found.push(
        diagnostic(
          'reference-untitled',
          at('id'),
          `reference ${reference.id} has no ${missing.join(' and no ')}; readers see only its date`,
          `look the decision of ${reference.date} up on ${decisionsHost} and add what is missing`,
        ),
      );
    }
    if (reference.url !== undefined) found.push(...checkUrl(reference, allowedHosts, () => at('url')));
  });
  return found;
}

function checkUrl(
  reference: Reference,
  allowedHosts: readonly string[],
  // Asked only for a finding: where a value is costs a parse with positions.
  place: () => ReturnType<Locator['value']>,
): Diagnostic[] {
  let url: URL;
  try {
    url = new URL(reference.url!);
  } catch {
    return [
      diagnostic(
        'reference-url-invalid',
        place(),
        `reference ${reference.id}: "${reference.url}" is not a web address`,
        'copy the full address from the browser, starting with https://',
      ),
    ];
  }
  if (url.protocol !== 'https:') {
    return [
      diagnostic(
        'reference-url-not-https',
        place(),
        `reference ${reference.id}: the url must start with https://, not ${url.protocol}`,
        url.protocol === 'http:'
          ? 'change http:// into https://'
          : 'link to the decision itself, with an https:// address',
      ),
    ];
  }
  if (!allowedHosts.includes(url.hostname)) {
    return [
      diagnostic(
        'reference-url-host',
        place(),
        `reference ${reference.id}: ${url.hostname} is not an allowed source`,
        `link to ${allowedHosts.join(' or ')}, or add the host to \`referenceHosts\` in the site config`,
      ),
    ];
  }
  return url.hostname === decisionsHost ? checkDecisionSearch(reference, url, place) : [];
}

/** Catches copy-paste slips: a search URL that belongs to another decision. */
function checkDecisionSearch(reference: Reference, url: URL, place: () => ReturnType<Locator['value']>): Diagnostic[] {
  const found: Diagnostic[] = [];
  const search = url.searchParams.get('search');
  if (search !== null && reference.title !== undefined && comparable(search) !== comparable(reference.title)) {
    found.push(
      diagnostic(
        'reference-search-mismatch',
        place(),
        `reference ${reference.id}: the url searches for "${search.trim()}", but the title is "${reference.title}"`,
        'check that the url and the title belong to the same decision',
      ),
    );
  }
  const startDate = url.searchParams.get('startDate');
  const start = startDate === null ? undefined : new Date(startDate);
  if (start !== undefined && !Number.isNaN(start.getTime()) && dayInBrussels(start) !== reference.date) {
    found.push(
      diagnostic(
        'reference-date-mismatch',
        place(),
        `reference ${reference.id}: the url's startDate is ${dayInBrussels(start)}, but the date is ${reference.date}`,
        'check that the url and the date belong to the same decision',
      ),
    );
  }
  return found;
}

function comparable(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}
