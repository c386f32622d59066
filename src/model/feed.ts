import type { ReportPage } from './report-page.ts';
import { absolute } from './urls.ts';

export interface FeedEntry {
  /** Permanent: the same change keeps its id in every build. */
  id: string;
  title: string;
  date: string;
  url: string;
  summary: string;
  /** The agreement the report belongs to. */
  agreement: { id: string; name: string };
}

/**
 * One entry per status change and per update of a report, newest first, so
 * that subscribers hear of changes to the content, not of builds.
 */
export function feedEntries(reports: readonly ReportPage[], baseUrl: string, limit: number): FeedEntry[] {
  const entries: FeedEntry[] = [];
  for (const report of reports) {
    const url = absolute(baseUrl, report.url);
    const name = `${report.section} ${report.title}`;
    const agreement = { id: report.agreement.id, name: report.agreement.name };
    const of = `van het ${report.agreement.name}`;
    for (const change of report.history) {
      entries.push({
        id: `${url}#status-${change.date}`,
        title: `${name}: ${change.status.label}`,
        date: change.date,
        url,
        summary: `De status van sectie ${report.section} ${of} is nu: ${change.status.label}.`,
        agreement,
      });
    }
    if (report.updated !== undefined && !report.history.some((h) => h.date === report.updated)) {
      entries.push({
        id: `${url}#bijgewerkt-${report.updated}`,
        title: `${name}: bijgewerkt`,
        date: report.updated,
        url,
        summary: `Het rapport over sectie ${report.section} ${of} is bijgewerkt.`,
        agreement,
      });
    }
  }
  return entries
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id.localeCompare(b.id)))
    .slice(0, limit);
}
