import type { ReportPage } from './report-page.ts';
import { groupBy } from '../util/group-by.ts';
import { urls } from './urls.ts';

export interface Decision {
  date: string;
  title?: string;
  url?: string;
  /** The reports that cite it, each linking to the reference in that report. */
  citedBy: { section: string; title: string; url: string }[];
}

export interface DecisionPage {
  year: string;
  url: string;
  decisions: Decision[];
  pagination?: { page: number; pages: number; previous?: string; next?: string };
}

export interface DecisionsIndex {
  total: number;
  years: { year: string; count: number; url: string }[];
  pages: DecisionPage[];
}

// One collator for the whole sort: localeCompare would make one per comparison.
const dutch = new Intl.Collator('nl');

/**
 * Every cited decision once (the same title on the same day is one decision),
 * newest first, with the reports that cite it; split by year, and years into
 * pages of at most `limit` decisions. A decision with an unknown title cannot
 * be told apart from others that day, so it stays with its report.
 */
export function decisionsIndex(reports: readonly ReportPage[], limit: number): DecisionsIndex {
  const byKey = new Map<string, Decision>();
  for (const report of reports) {
    for (const reference of report.references) {
      const key =
        reference.title === undefined
          ? `${reference.date}\u0000${report.slug}\u0000${reference.id}`
          : `${reference.date}\u0000${reference.title.replace(/\s+/g, ' ').trim()}`;
      let decision = byKey.get(key);
      if (!decision) {
        decision = { date: reference.date, citedBy: [] };
        if (reference.title !== undefined) decision.title = reference.title;
        if (reference.url !== undefined) decision.url = reference.url;
        byKey.set(key, decision);
      }
      decision.citedBy.push({
        section: report.section,
        title: report.title,
        url: urls.reference(report.slug, reference.id),
      });
    }
  }
  const decisions = [...byKey.values()].sort(
    (a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) || dutch.compare(a.title ?? '', b.title ?? ''),
  );
  const byYear = groupBy(decisions, (decision) => decision.date.slice(0, 4));
  const pages: DecisionPage[] = [];
  for (const [year, list] of byYear) {
    const count = Math.ceil(list.length / limit);
    for (let i = 0; i < count; i++) {
      const page: DecisionPage = {
        year,
        url: urls.decisionsYear(year, i + 1),
        decisions: list.slice(i * limit, (i + 1) * limit),
      };
      if (count > 1) {
        page.pagination = { page: i + 1, pages: count };
        if (i > 0) page.pagination.previous = urls.decisionsYear(year, i);
        if (i + 1 < count) page.pagination.next = urls.decisionsYear(year, i + 2);
      }
      pages.push(page);
    }
  }
  return {
    total: decisions.length,
    years: [...byYear].map(([year, list]) => ({ year, count: list.length, url: urls.decisionsYear(year) })),
    pages,
  };
}
