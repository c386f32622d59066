import type { ProgressSegment } from './build-model.ts';
import { groupByChapter, type ChapterInfo, type Crumb } from './listings.ts';
import type { AgreementRef, ReportSummary } from './report-page.ts';
import { urls } from './urls.ts';

/** One chapter as a row of progress: its sections by status, no list of them (that is the chapter's page). */
export interface ChapterRow {
  chapter: ChapterInfo;
  count: number;
  progress: ProgressSegment[];
}

/** A page of an agreement's chapters index: every chapter's row, paged, so that no page grows with their number. */
export interface ChaptersPage {
  url: string;
  title: string;
  intro: string;
  breadcrumbs: Crumb[];
  agreement: AgreementRef;
  rows: ChapterRow[];
  /** How many chapters the agreement has, over all pages. */
  total: number;
  pagination?: { page: number; pages: number; previous?: string; next?: string };
}

/** A row per chapter of the reports' agreement, in the order the reports come (natural section order). */
export function chapterRows(
  summaries: readonly ReportSummary[],
  chapterOf: (report: ReportSummary) => ChapterInfo,
  progressOf: (reports: readonly ReportSummary[]) => ProgressSegment[],
): ChapterRow[] {
  return groupByChapter(summaries, chapterOf).map(({ chapter, reports }) => ({
    chapter,
    count: reports.length,
    progress: progressOf(reports),
  }));
}

/** An agreement's chapters index, `limit` rows a page; one page (empty) when it has no chapters yet. */
export function chaptersPages(
  rows: readonly ChapterRow[],
  agreement: AgreementRef,
  breadcrumbs: Crumb[],
  limit: number,
): ChaptersPage[] {
  const pages = Math.max(1, Math.ceil(rows.length / limit));
  const urlOf = (page: number) => urls.chapters(agreement.path, page);
  return Array.from({ length: pages }, (_, i) => {
    const page: ChaptersPage = {
      url: urlOf(i + 1),
      // Short, as narrowed listings are: with the agreement's id on a site with several (its path is not "/").
      title: agreement.path === '/' ? 'Hoofdstukken' : `Hoofdstukken (${agreement.id})`,
      intro: `Elk hoofdstuk van het ${agreement.name}, met het aantal secties per status.`,
      breadcrumbs,
      agreement,
      rows: rows.slice(i * limit, (i + 1) * limit),
      total: rows.length,
    };
    if (pages > 1) {
      page.pagination = { page: i + 1, pages };
      if (i > 0) page.pagination.previous = urlOf(i);
      if (i + 1 < pages) page.pagination.next = urlOf(i + 2);
    }
    return page;
  });
}
