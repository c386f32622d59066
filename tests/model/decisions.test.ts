import { describe, expect, it } from 'vitest';
import { decisionsIndex } from '../../src/model/decisions.ts';
import { reportPage, type ReportPage } from '../../src/model/report-page.ts';
import { agreementOf, modelReports, siteConfig, type ReportFields } from '../helpers/model-pages.ts';

/** The pages of these reports, in the order given, on a site with one agreement. */
function pages(...reports: ReportFields[]): ReportPage[] {
  const links = { branch: 'main', pageUrl: (path: string) => path, sourcePath: () => undefined };
  return modelReports(siteConfig(), ...reports).map((report) => reportPage(report, (key) => key, links, agreementOf()));
}

const url = (id: number, date: string) => `https://beslissingenvlaamseregering.vlaanderen.be/?n=${id}&d=${date}`;

describe('the decisions pages', () => {
  it('should list a decision cited by several reports once, with a link to its reference in each', () => {
    const reports = pages(
      {
        section: '1.2',
        title: 'Werk zoeken',
        references: [
          { id: 0, date: '2021-03-05', title: 'Gedeeld besluit over werk', url: url(0, '2021-03-05') },
          { id: 1, date: '2022-12-31', title: 'Besluit over opleiding', url: url(1, '2022-12-31') },
        ],
      },
      {
        section: '1.10',
        title: 'Werk houden',
        // The same title, spaced otherwise: the same decision.
        references: [{ id: 3, date: '2021-03-05', title: 'Gedeeld  besluit over\nwerk' }],
      },
    );
    const index = decisionsIndex(reports, 150);
    expect(index.total).toBe(2);
    const decisions = index.pages.flatMap((page) => page.decisions());
    const shared = decisions.find((decision) => decision.date === '2021-03-05')!;
    // Its title and link are those of the first report citing it.
    expect(shared.title).toBe('Gedeeld besluit over werk');
    expect(shared.url).toBe(url(0, '2021-03-05'));
    expect(shared.citedBy).toEqual([
      { section: '1.2', title: 'Werk zoeken', url: `${reports[0]!.url}#bron-0`, agreement: reports[0]!.agreement },
      { section: '1.10', title: 'Werk houden', url: `${reports[1]!.url}#bron-3`, agreement: reports[1]!.agreement },
    ]);
    expect(reports[1]!.url).toBe('/rapporten/1-10-rapport/');
  });

  it('should keep a decision without a title with its report: another that day may be another decision', () => {
    const reports = pages(
      {
        section: '1.1',
        references: [
          { id: 0, date: '2020-07-10' },
          { id: 1, date: '2020-07-10' },
        ],
      },
      { section: '1.2', references: [{ id: 0, date: '2020-07-10' }] },
    );
    const [page] = decisionsIndex(reports, 150).pages;
    expect(page!.count).toBe(3);
    const decisions = page!.decisions();
    expect(decisions.map((decision) => decision.citedBy.map((c) => c.url))).toEqual([
      ['/rapporten/1-1-rapport/#bron-0'],
      ['/rapporten/1-1-rapport/#bron-1'],
      ['/rapporten/1-2-rapport/#bron-0'],
    ]);
    for (const decision of decisions) {
      expect('title' in decision).toBe(false);
      expect('url' in decision).toBe(false);
    }
  });

  it('should list the decisions newest first, and those of one day by title in Dutch order', () => {
    const reports = pages({
      section: '1.1',
      references: [
        { id: 0, date: '2021-05-01', title: 'citroen' },
        { id: 1, date: '2023-01-01', title: 'Nieuwste' },
        { id: 2, date: '2021-05-01', title: 'Banaan' },
        { id: 3, date: '2021-05-01', title: 'appel' },
        { id: 4, date: '2019-12-31', title: 'Oudste' },
        { id: 5, date: '2021-05-01' },
      ],
    });
    const decisions = decisionsIndex(reports, 150).pages.flatMap((page) => page.decisions());
    expect(decisions.map((decision) => `${decision.date} ${decision.title ?? '(geen titel)'}`)).toEqual([
      '2023-01-01 Nieuwste',
      '2021-05-01 (geen titel)',
      '2021-05-01 appel',
      '2021-05-01 Banaan',
      '2021-05-01 citroen',
      '2019-12-31 Oudste',
    ]);
  });

  it('should give each year a page, newest first, with how many decisions it lists', () => {
    const reports = pages({
      section: '1.1',
      references: [
        { id: 0, date: '2020-02-02', title: 'A' },
        { id: 1, date: '2022-03-03', title: 'B' },
        { id: 2, date: '2022-11-11', title: 'C' },
        { id: 3, date: '2020-12-31', title: 'D' },
        { id: 4, date: '2021-01-01', title: 'E' },
      ],
    });
    const index = decisionsIndex(reports, 150);
    expect(index.total).toBe(5);
    expect(index.years).toEqual([
      { year: '2022', count: 2, url: '/beslissingen/2022/' },
      { year: '2021', count: 1, url: '/beslissingen/2021/' },
      { year: '2020', count: 2, url: '/beslissingen/2020/' },
    ]);
    expect(index.pages.map((page) => [page.year, page.url, page.count])).toEqual([
      ['2022', '/beslissingen/2022/', 2],
      ['2021', '/beslissingen/2021/', 1],
      ['2020', '/beslissingen/2020/', 2],
    ]);
    expect(index.pages.map((page) => page.decisions().map((decision) => decision.title))).toEqual([
      ['C', 'B'],
      ['E'],
      ['D', 'A'],
    ]);
    for (const page of index.pages) expect(page.pagination).toBeUndefined();
  });

  it('should split a year of more decisions than a page holds into numbered pages linked in order', () => {
    const references = Array.from({ length: 5 }, (_, i) => ({
      id: i,
      date: `2022-0${i + 1}-15`,
      title: `Besluit ${i}`,
    }));
    const index = decisionsIndex(
      pages(
        { section: '1.1', references },
        { section: '1.2', references: [{ id: 0, date: '2021-06-06', title: 'Ouder' }] },
      ),
      2,
    );
    expect(index.years).toEqual([
      { year: '2022', count: 5, url: '/beslissingen/2022/' },
      { year: '2021', count: 1, url: '/beslissingen/2021/' },
    ]);
    expect(index.pages.map((page) => ({ url: page.url, count: page.count, pagination: page.pagination }))).toEqual([
      { url: '/beslissingen/2022/', count: 2, pagination: { page: 1, pages: 3, next: '/beslissingen/2022/2/' } },
      {
        url: '/beslissingen/2022/2/',
        count: 2,
        pagination: { page: 2, pages: 3, previous: '/beslissingen/2022/', next: '/beslissingen/2022/3/' },
      },
      { url: '/beslissingen/2022/3/', count: 1, pagination: { page: 3, pages: 3, previous: '/beslissingen/2022/2/' } },
      { url: '/beslissingen/2021/', count: 1, pagination: undefined },
    ]);
    expect('previous' in index.pages[0]!.pagination!).toBe(false);
    expect('next' in index.pages[2]!.pagination!).toBe(false);
    expect('pagination' in index.pages[3]!).toBe(false);
    // Every decision on exactly one page, newest first.
    expect(index.pages.map((page) => page.decisions().map((decision) => decision.title))).toEqual([
      ['Besluit 4', 'Besluit 3'],
      ['Besluit 2', 'Besluit 1'],
      ['Besluit 0'],
      ['Ouder'],
    ]);
  });

  it('should fill a year exactly, without an empty page after it', () => {
    const references = Array.from({ length: 4 }, (_, i) => ({ id: i, date: `2022-0${i + 1}-15`, title: `B${i}` }));
    const index = decisionsIndex(pages({ section: '1.1', references }), 2);
    expect(index.pages.map((page) => [page.url, page.count])).toEqual([
      ['/beslissingen/2022/', 2],
      ['/beslissingen/2022/2/', 2],
    ]);
    expect(index.pages[1]!.pagination).toEqual({ page: 2, pages: 2, previous: '/beslissingen/2022/' });
  });

  it('should have no pages when no report cites a decision', () => {
    expect(decisionsIndex(pages({ section: '1.1' }), 150)).toEqual({ total: 0, years: [], pages: [] });
    expect(decisionsIndex([], 150)).toEqual({ total: 0, years: [], pages: [] });
  });
});
