import { describe, expect, it } from 'vitest';
import { chapterLabel, groupByChapter, listingPages, type ChapterInfo } from '../../src/model/listings.ts';
import type { ReportSummary } from '../../src/model/report-page.ts';
import { siteModel, type ReportSpec } from '../helpers/model.ts';

/** Reports in sections 1.1 … 1.n and 2.1 … 2.m, as the model lists them (natural section order). */
function summaries(sections: string[]): ReportSummary[] {
  return siteModel({ reports: sections.map((section): ReportSpec => ({ section })) }).reports;
}

/** One chapter object per chapter number, as the model makes them. */
function chapters(): (report: ReportSummary) => ChapterInfo {
  const made = new Map<string, ChapterInfo>();
  return (report) => {
    const chapter = made.get(report.chapter) ?? {
      number: report.chapter,
      title: `Hoofdstuk ${report.chapter}`,
      url: `/hoofdstukken/${report.chapter}/`,
      label: `Hoofdstuk ${report.chapter}`,
      slug: `hoofdstuk-${report.chapter}`,
      agreement: report.agreement,
    };
    made.set(report.chapter, chapter);
    return chapter;
  };
}

const spec = {
  url: '/themas/werk/',
  title: 'Thema: Werk',
  breadcrumbs: [{ label: 'Overzicht', url: '/' }],
};
const sectionsOf = (page: { groups: { reports: ReportSummary[] }[] }) =>
  page.groups.map((group) => group.reports.map((report) => report.section));

describe('a listing of reports', () => {
  it('should be one page grouped by chapter, in natural section order, while it is short enough', () => {
    const reports = summaries(['2.1', '1.10', '1.2']);
    const pages = listingPages(spec, reports, chapters(), 3);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ ...spec, parts: [] });
    expect(pages[0]!.groups.map((group) => group.chapter.label)).toEqual(['Hoofdstuk 1', 'Hoofdstuk 2']);
    expect(sectionsOf(pages[0]!)).toEqual([['1.2', '1.10'], ['2.1']]);
    expect(pages[0]!.pagination).toBeUndefined();
  });

  it('should split a long listing into a part per chapter, listed on its first page with their counts', () => {
    const reports = summaries(['1.1', '1.2', '1.3', '2.1']);
    const [index, ...parts] = listingPages(spec, reports, chapters(), 3);
    expect(index).toMatchObject({ url: '/themas/werk/', title: 'Thema: Werk', groups: [] });
    expect(index!.parts).toEqual([
      { label: 'Hoofdstuk 1', url: '/themas/werk/hoofdstuk-1/', count: 3 },
      { label: 'Hoofdstuk 2', url: '/themas/werk/hoofdstuk-2/', count: 1 },
    ]);
    expect(parts.map((page) => [page.url, page.title, sectionsOf(page)])).toEqual([
      ['/themas/werk/hoofdstuk-1/', 'Thema: Werk: Hoofdstuk 1', [['1.1', '1.2', '1.3']]],
      ['/themas/werk/hoofdstuk-2/', 'Thema: Werk: Hoofdstuk 2', [['2.1']]],
    ]);
    // A part leads back to the listing it belongs to.
    for (const part of parts) {
      expect(part.breadcrumbs).toEqual([
        { label: 'Overzicht', url: '/' },
        { label: 'Thema: Werk', url: '/themas/werk/' },
      ]);
      expect(part.parts).toEqual([]);
      expect(part.pagination).toBeUndefined();
    }
  });

  it('should page a part longer than the limit, each page linking to the one before and after', () => {
    const reports = summaries(['1.1', '1.2', '1.3', '1.4', '1.5', '2.1']);
    const pages = listingPages(spec, reports, chapters(), 2);
    expect(pages.map((page) => [page.url, sectionsOf(page), page.pagination])).toEqual([
      ['/themas/werk/', [], undefined],
      ['/themas/werk/hoofdstuk-1/', [['1.1', '1.2']], { page: 1, pages: 3, next: '/themas/werk/hoofdstuk-1/2/' }],
      [
        '/themas/werk/hoofdstuk-1/2/',
        [['1.3', '1.4']],
        { page: 2, pages: 3, previous: '/themas/werk/hoofdstuk-1/', next: '/themas/werk/hoofdstuk-1/3/' },
      ],
      ['/themas/werk/hoofdstuk-1/3/', [['1.5']], { page: 3, pages: 3, previous: '/themas/werk/hoofdstuk-1/2/' }],
      ['/themas/werk/hoofdstuk-2/', [['2.1']], undefined],
    ]);
    expect(pages.slice(1, 4).map((page) => page.title)).toEqual([
      'Thema: Werk: Hoofdstuk 1',
      'Thema: Werk: Hoofdstuk 1',
      'Thema: Werk: Hoofdstuk 1',
    ]);
  });

  it('should page a long listing of one chapter at its own address, without an index', () => {
    const reports = summaries(['1.1', '1.2', '1.3']);
    const pages = listingPages({ ...spec, intro: 'Over werk.' }, reports, chapters(), 2);
    expect(pages.map((page) => [page.url, page.title, page.intro, sectionsOf(page), page.pagination])).toEqual([
      ['/themas/werk/', 'Thema: Werk', 'Over werk.', [['1.1', '1.2']], { page: 1, pages: 2, next: '/themas/werk/2/' }],
      ['/themas/werk/2/', 'Thema: Werk', 'Over werk.', [['1.3']], { page: 2, pages: 2, previous: '/themas/werk/' }],
    ]);
  });

  it('should keep a listing of exactly the limit on one page', () => {
    const pages = listingPages(spec, summaries(['1.1', '1.2', '2.1']), chapters(), 3);
    expect(pages.map((page) => page.url)).toEqual(['/themas/werk/']);
  });

  it('should be one empty page when no report is listed', () => {
    expect(listingPages(spec, [], chapters(), 3)).toEqual([{ ...spec, groups: [], parts: [] }]);
  });
});

describe('grouping reports by chapter', () => {
  it('should keep chapters and reports in the order the reports come', () => {
    const reports = summaries(['1.1', '1.2', '3.1']);
    const chapterOf = chapters();
    expect(
      groupByChapter([reports[2]!, reports[0]!, reports[1]!], chapterOf).map(({ chapter, reports: list }) => [
        chapter.number,
        list.map((report) => report.section),
      ]),
    ).toEqual([
      ['3', ['3.1']],
      ['1', ['1.1', '1.2']],
    ]);
  });
});

describe('how a listing names a chapter', () => {
  it('should say "1. Werk", or only "Hoofdstuk 1" for a chapter without a title', () => {
    expect(chapterLabel('1', 'Werk')).toBe('1. Werk');
    expect(chapterLabel('1', 'Hoofdstuk 1')).toBe('Hoofdstuk 1');
    // A title that only looks like another chapter's default is a title.
    expect(chapterLabel('2', 'Hoofdstuk 1')).toBe('2. Hoofdstuk 1');
  });
});

describe('a long listing on a site with several agreements', () => {
  it('should split a listing of more than 150 reports by chapter of each agreement', () => {
    const terms = {
      '2019-2024': { name: 'Akkoord 2019-2024', period: { start: '2019-10-02', end: '2024-09-29' } },
      '2024-2029': { name: 'Akkoord 2024-2029', period: { start: '2024-09-30' } },
    };
    const reports = Array.from({ length: 151 }, (_, i): ReportSpec => ({
      section: `1.${i + 1}`,
      agreement: i < 100 ? '2024-2029' : '2019-2024',
    }));
    const model = siteModel({ agreements: terms, reports });
    const status = model.listings.filter((page) => page.url.includes('/status/niet-beoordeeld/'));
    expect(status.map((page) => [page.url, page.title, page.groups.length])).toEqual([
      ['/status/niet-beoordeeld/', 'Status: Nog niet beoordeeld', 0],
      [
        '/status/niet-beoordeeld/2024-2029-hoofdstuk-1/',
        'Status: Nog niet beoordeeld: Akkoord 2024-2029: Hoofdstuk 1',
        1,
      ],
      [
        '/status/niet-beoordeeld/2019-2024-hoofdstuk-1/',
        'Status: Nog niet beoordeeld: Akkoord 2019-2024: Hoofdstuk 1',
        1,
      ],
      // Narrowed to one agreement, each listing is short enough for one page.
      ['/2024-2029/status/niet-beoordeeld/', 'Status: Nog niet beoordeeld (2024-2029)', 1],
      ['/2019-2024/status/niet-beoordeeld/', 'Status: Nog niet beoordeeld (2019-2024)', 1],
    ]);
    expect(status[0]!.parts).toEqual([
      { label: 'Akkoord 2024-2029: Hoofdstuk 1', url: '/status/niet-beoordeeld/2024-2029-hoofdstuk-1/', count: 100 },
      { label: 'Akkoord 2019-2024: Hoofdstuk 1', url: '/status/niet-beoordeeld/2019-2024-hoofdstuk-1/', count: 51 },
    ]);
  });
});
