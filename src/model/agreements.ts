import type { AgreementFile } from '../schema/agreement.ts';
import type { SiteConfig } from '../schema/config.ts';
import { themeKey } from '../text/theme-key.ts';

/**
 * One agreement as the model and the checks know it. A site with one
 * agreement (content/reports/ and `agreement:` in site.yaml) has one of these
 * at the site's root; a site with several has one per folder under
 * content/agreements/, each under its own address.
 */
export interface Agreement {
  /** Its folder name; for the one agreement of a site that has one, made from its period. */
  id: string;
  name: string;
  government?: string;
  /** First and last day of the term, YYYY-MM-DD, when known (always with several agreements). */
  start?: string;
  end?: string;
  /** The term as readers see it: "2019-2024", "sinds 2024". */
  period: string;
  chapters: Record<string, string>;
  /** Markdown, shown on its overview page. */
  description?: string;
  /** Where its pages live: "/" for the one agreement of a site that has one, else "/<id>/". */
  path: string;
}

/** The term of an agreement, as the checks of a report need it. */
export interface Term {
  id: string;
  start?: string;
  end?: string;
}

/** Addresses the site itself uses at its root: no agreement may take them as its id. */
export const reservedIds = [
  'assets',
  'beslissingen',
  'data',
  'hoofdstukken',
  'over',
  'pagefind',
  'rapporten',
  'status',
  'themas',
  'zoeken',
];

/** The agreement of a site with one: named in site.yaml, its pages at the root. */
export function singleAgreement(config: SiteConfig): Agreement {
  const { name, period } = config.agreement;
  return { id: themeKey(period) || 'regeerakkoord', name, period, chapters: config.chapters, path: '/' };
}

/** An agreement read from its folder under content/agreements/. */
export function folderAgreement(id: string, file: AgreementFile): Agreement {
  const { start, end } = file.period;
  const agreement: Agreement = {
    id,
    name: file.name,
    start,
    period: end === undefined ? `sinds ${start.slice(0, 4)}` : `${start.slice(0, 4)}-${end.slice(0, 4)}`,
    chapters: file.chapters,
    path: `/${id}/`,
  };
  if (end !== undefined) agreement.end = end;
  if (file.government !== undefined) agreement.government = file.government;
  if (file.description !== undefined) agreement.description = file.description;
  return agreement;
}

/**
 * The agreements in the order readers meet them: the current one first (the
 * one without an end, else the one that started last), then the others,
 * newest first.
 */
export function currentFirst(agreements: readonly Agreement[]): Agreement[] {
  const newestFirst = [...agreements].sort(
    (a, b) => (b.start ?? '').localeCompare(a.start ?? '') || a.id.localeCompare(b.id),
  );
  const current = newestFirst.find((a) => a.end === undefined) ?? newestFirst[0];
  return current === undefined ? [] : [current, ...newestFirst.filter((a) => a !== current)];
}

export function termOf(agreement: Agreement): Term {
  const term: Term = { id: agreement.id };
  if (agreement.start !== undefined) term.start = agreement.start;
  if (agreement.end !== undefined) term.end = agreement.end;
  return term;
}
