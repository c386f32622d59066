import { groupBy } from '../util/group-by.ts';
import type { AgreementRef, ReportSummary } from './report-page.ts';

export interface ChapterInfo {
  number: string;
  title: string;
  url: string;
  /** As listings name it: "1. Werk", or "Hoofdstuk 1" when it has no title; with its agreement where several share a listing. */
  label: string;
  /** Its part of a long listing's address: "hoofdstuk-1", or "<id>-hoofdstuk-1" where several agreements share it. */
  slug: string;
  agreement: AgreementRef;
}

/** A link that narrows a listing to one agreement, or widens it to all. */
export interface Scope {
  label: string;
  url: string;
  current: boolean;
}

export interface Crumb {
  label: string;
  url: string;
}

export interface ListingPage {
  url: string;
  title: string;
  intro?: string;
  breadcrumbs: Crumb[];
  /** On a site with several agreements: the same listing for all agreements and for each. */
  scopes?: Scope[];
  /** On a site with several agreements, the one the listing is narrowed to, if any. */
  agreement?: AgreementRef;
  /** The reports on this page, by chapter, in natural section order. */
  groups: { chapter: ChapterInfo; reports: ReportSummary[] }[];
  /** When the listing is too long for one page: its parts, one per chapter. */
  parts: { label: string; url: string; count: number }[];
  pagination?: { page: number; pages: number; previous?: string; next?: string };
}

export interface ListingSpec {
  url: string;
  title: string;
  intro?: string;
  breadcrumbs: Crumb[];
  scopes?: Scope[];
  agreement?: AgreementRef;
}

/**
 * The pages of one listing of reports (a theme, a status, a chapter). Short
 * listings are one page grouped by chapter; long ones get an index page with
 * a part per chapter, and parts longer than `limit` are paged, so that no
 * page grows with the size of the whole agreement.
 */
export function listingPages(
  spec: ListingSpec,
  reports: readonly ReportSummary[],
  chapterOf: (report: ReportSummary) => ChapterInfo,
  limit: number,
): ListingPage[] {
  const byChapter = groupByChapter(reports, chapterOf);
  if (reports.length <= limit) return [{ ...spec, groups: byChapter, parts: [] }];
  if (byChapter.length === 1) return paged(spec, byChapter[0]!, limit);
  const index: ListingPage = {
    ...spec,
    groups: [],
    parts: byChapter.map(({ chapter, reports: list }) => ({
      label: chapter.label,
      url: `${spec.url}${chapter.slug}/`,
      count: list.length,
    })),
  };
  const parts = byChapter.flatMap((group) =>
    paged(
      {
        url: `${spec.url}${group.chapter.slug}/`,
        title: `${spec.title}: ${group.chapter.label}`,
        breadcrumbs: [...spec.breadcrumbs, { label: spec.title, url: spec.url }],
      },
      group,
      limit,
    ),
  );
  return [index, ...parts];
}

/** "1. Werk", or "Hoofdstuk 1" for a chapter without a title. */
export function chapterLabel(number: string, title: string): string {
  return title === `Hoofdstuk ${number}` ? title : `${number}. ${title}`;
}

/** Reports by chapter (of their agreement), in the order the reports come. */
export function groupByChapter(reports: readonly ReportSummary[], chapterOf: (report: ReportSummary) => ChapterInfo) {
  return [...groupBy(reports, (report) => chapterOf(report))].map(([chapter, list]) => ({ chapter, reports: list }));
}

function paged(spec: ListingSpec, group: ListingPage['groups'][number], limit: number): ListingPage[] {
  const pages = Math.max(1, Math.ceil(group.reports.length / limit));
  const urlOf = (page: number) => (page === 1 ? spec.url : `${spec.url}${page}/`);
  return Array.from({ length: pages }, (_, i) => {
    const page: ListingPage = {
      ...spec,
      url: urlOf(i + 1),
      groups: [{ chapter: group.chapter, reports: group.reports.slice(i * limit, (i + 1) * limit) }],
      parts: [],
    };
    if (pages > 1) {
      page.pagination = { page: i + 1, pages };
      if (i > 0) page.pagination.previous = urlOf(i);
      if (i + 1 < pages) page.pagination.next = urlOf(i + 2);
    }
    return page;
  });
}
