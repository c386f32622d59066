import type { AgreementRef, ReferenceEntry, ReportPage } from './report-page.ts';
import { urls } from './urls.ts';

export interface Decision {
  date: string;
  title?: string;
  url?: string;
  /** The reports that cite it, each linking to the reference in that report. */
  citedBy: { section: string; title: string; url: string; agreement: AgreementRef }[];
}

export interface DecisionPage {
  year: string;
  url: string;
  /** How many decisions the page lists. */
  count: number;
  /**
   * The decisions it lists, made when asked for (the page is written or
   * fingerprinted): made all at once, a site's decisions and their links
   * back were some 60 MB at 4,000 reports.
   */
  decisions: () => Decision[];
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
 *
 * The index holds numbers only: each citation as its report and reference,
 * and the citations in decision order; a page makes its decisions from them.
 */
export function decisionsIndex(reports: readonly ReportPage[], limit: number): DecisionsIndex {
  const index = citationsByDecision(reports);
  const { citingReport, citations, starts } = index;
  const referenceAt = (citation: number) => citedReference(reports, index, citation);
  const decisionCount = starts.length - 1;

  const decisionAt = (i: number): Decision => {
    const reference = referenceAt(citations[starts[i]!]!);
    const decision: Decision = { date: reference.date, citedBy: [] };
    if (reference.title !== undefined) decision.title = reference.title;
    if (reference.url !== undefined) decision.url = reference.url;
    for (let c = starts[i]!; c < starts[i + 1]!; c++) {
      const report = reports[citingReport[citations[c]!]!]!;
      decision.citedBy.push({
        section: report.section,
        title: report.title,
        url: urls.reference(report.url, referenceAt(citations[c]!).id),
        agreement: report.agreement,
      });
    }
    return decision;
  };
  const yearOf = (i: number) => referenceAt(citations[starts[i]!]!).date.slice(0, 4);

  // Sorted newest first, so each year's decisions follow one another.
  const years: { year: string; from: number; count: number }[] = [];
  for (let i = 0; i < decisionCount; i++) {
    const year = yearOf(i);
    if (years.at(-1)?.year === year) years.at(-1)!.count += 1;
    else years.push({ year, from: i, count: 1 });
  }
  const pages: DecisionPage[] = [];
  for (const { year, from, count: inYear } of years) {
    const count = Math.ceil(inYear / limit);
    for (let i = 0; i < count; i++) {
      const start = from + i * limit;
      const end = Math.min(from + inYear, start + limit);
      const page: DecisionPage = {
        year,
        url: urls.decisionsYear(year, i + 1),
        count: end - start,
        decisions: () => Array.from({ length: end - start }, (_, d) => decisionAt(start + d)),
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
    total: decisionCount,
    years: years.map(({ year, count }) => ({ year, count, url: urls.decisionsYear(year) })),
    pages,
  };
}

/**
 * The numbers the index is made of: citation k is reference
 * `citingReference[k]` of report `citingReport[k]`; `citations` lists them
 * decision by decision in the order of the index, decision i's from
 * `starts[i]` to `starts[i + 1]`. Apart from decisionsIndex so that the pages'
 * closures do not keep what it takes to make them (a key for every citation).
 */
function citationsByDecision(reports: readonly ReportPage[]) {
  const total = reports.reduce((sum, report) => sum + report.references.length, 0);
  // Citation k: report citingReport[k], its reference citingReference[k].
  const citingReport = new Int32Array(total);
  const citingReference = new Int32Array(total);
  const decisionOf = new Int32Array(total);
  // Per decision, its first citation: the decision's date, title and link are that reference's.
  const first: number[] = [];
  const byKey = new Map<string, number>();
  let k = 0;
  reports.forEach((report, r) => {
    report.references.forEach((reference, j) => {
      const key =
        reference.title === undefined
          ? `${reference.date}\u0000${report.url}\u0000${reference.id}`
          : `${reference.date}\u0000${reference.title.replace(/\s+/g, ' ').trim()}`;
      let decision = byKey.get(key);
      if (decision === undefined) {
        decision = first.length;
        byKey.set(key, decision);
        first.push(k);
      }
      citingReport[k] = r;
      citingReference[k] = j;
      decisionOf[k] = decision;
      k += 1;
    });
  });
  const referenceAt = (citation: number) => citedReference(reports, { citingReport, citingReference }, citation);
  // Newest first, then by title; a stable sort keeps the order of first citation on a tie.
  const order = first
    .map((_, decision) => decision)
    .sort((a, b) => {
      const x = referenceAt(first[a]!);
      const y = referenceAt(first[b]!);
      return (x.date < y.date ? 1 : x.date > y.date ? -1 : 0) || dutch.compare(x.title ?? '', y.title ?? '');
    });
  // The citations grouped by decision in that order, each group in the order of the reports.
  const position = new Int32Array(order.length);
  order.forEach((decision, i) => (position[decision] = i));
  const starts = new Int32Array(order.length + 1);
  for (let c = 0; c < total; c++) starts[position[decisionOf[c]!]! + 1]! += 1;
  for (let i = 0; i < order.length; i++) starts[i + 1]! += starts[i]!;
  const citations = new Int32Array(total);
  const filled = starts.slice(0, order.length);
  for (let c = 0; c < total; c++) citations[filled[position[decisionOf[c]!]!]!++] = c;

  return { citingReport, citingReference, citations, starts };
}

/** The reference that citation k is. */
function citedReference(
  reports: readonly ReportPage[],
  { citingReport, citingReference }: { citingReport: Int32Array; citingReference: Int32Array },
  citation: number,
): ReferenceEntry {
  return reports[citingReport[citation]!]!.references[citingReference[citation]!]!;
}
