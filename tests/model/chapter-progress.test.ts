import { describe, expect, it } from 'vitest';
import { chaptersPages } from '../../src/model/chapter-progress.ts';
import { siteModel, type ReportSpec } from '../helpers/model.ts';

const site = { agreement: { name: 'Testakkoord', period: '2019-2024' }, chapters: { 1: 'Werk', 3: 'Wonen' } };
const reports: ReportSpec[] = [
  { section: '1.1', status: 'uitgevoerd' },
  { section: '1.2', status: 'uitgevoerd' },
  { section: '1.3', status: 'niet-gestart' },
  { section: '1.10' },
  { section: '2.1', status: 'in-uitvoering' },
  { section: '3.1', status: 'uitgevoerd' },
];
const counts = (row: { progress: { status: string; count: number }[] }) =>
  Object.fromEntries(row.progress.filter((segment) => segment.count > 0).map((s) => [s.status, s.count]));

describe('the progress of each chapter', () => {
  it('should give a row per chapter, in chapter order, with its sections counted by status', () => {
    const model = siteModel({ site, reports });
    expect(model.home.chapters.map((row) => [row.chapter.label, row.chapter.url, row.count, counts(row)])).toEqual([
      ['1. Werk', '/hoofdstukken/1/', 4, { uitgevoerd: 2, 'niet-gestart': 1, 'niet-beoordeeld': 1 }],
      ['Hoofdstuk 2', '/hoofdstukken/2/', 1, { 'in-uitvoering': 1 }],
      ['3. Wonen', '/hoofdstukken/3/', 1, { uitgevoerd: 1 }],
    ]);
    expect(model.home.chapterCount).toBe(3);
    expect(model.home.chaptersUrl).toBe('/hoofdstukken/');
  });

  it('should draw each chapter’s bar from its own sections: shares in percent, each segment after the last', () => {
    const [werk] = siteModel({ site, reports }).home.chapters;
    expect(werk!.progress.map((s) => [s.status, s.percent, s.offset, s.url])).toEqual([
      ['uitgevoerd', 50, 0, '/status/uitgevoerd/'],
      ['gedeeltelijk', 0, 50, '/status/gedeeltelijk/'],
      ['in-uitvoering', 0, 50, '/status/in-uitvoering/'],
      ['niet-gestart', 25, 50, '/status/niet-gestart/'],
      ['niet-uitgevoerd', 0, 75, '/status/niet-uitgevoerd/'],
      ['niet-toetsbaar', 0, 75, '/status/niet-toetsbaar/'],
      ['niet-beoordeeld', 25, 75, '/status/niet-beoordeeld/'],
    ]);
  });

  it('should list every chapter’s row on the chapters index, one page while there are few', () => {
    const model = siteModel({ site, reports });
    expect(model.chaptersPages).toHaveLength(1);
    const [page] = model.chaptersPages;
    expect(page).toMatchObject({
      url: '/hoofdstukken/',
      title: 'Hoofdstukken',
      intro: 'Elk hoofdstuk van het Testakkoord, met het aantal secties per status.',
      breadcrumbs: [{ label: 'Overzicht', url: '/' }],
      total: 3,
    });
    expect(page!.rows.map((row) => [row.chapter.number, row.count])).toEqual([
      ['1', 4],
      ['2', 1],
      ['3', 1],
    ]);
    expect(page!.pagination).toBeUndefined();
  });

  it('should page the chapters index, each page linking to the one before and after', () => {
    const model = siteModel({ site, reports });
    const rows = model.home.chapters;
    const pages = chaptersPages(rows, model.home.agreement, [{ label: 'Overzicht', url: '/' }], 1);
    expect(pages.map((page) => [page.url, page.rows.map((row) => row.chapter.number), page.total])).toEqual([
      ['/hoofdstukken/', ['1'], 3],
      ['/hoofdstukken/pagina-2/', ['2'], 3],
      ['/hoofdstukken/pagina-3/', ['3'], 3],
    ]);
    expect(pages.map((page) => page.pagination)).toEqual([
      { page: 1, pages: 3, next: '/hoofdstukken/pagina-2/' },
      { page: 2, pages: 3, previous: '/hoofdstukken/', next: '/hoofdstukken/pagina-3/' },
      { page: 3, pages: 3, previous: '/hoofdstukken/pagina-2/' },
    ]);
    expect(chaptersPages(rows, model.home.agreement, [], 2).map((page) => page.rows.length)).toEqual([2, 1]);
    expect(chaptersPages(rows, model.home.agreement, [], 3).map((page) => page.pagination)).toEqual([undefined]);
  });

  it('should have one empty page for an agreement without reports yet', () => {
    const model = siteModel({ site, reports: [] });
    expect(model.chaptersPages.map((page) => [page.url, page.rows, page.total])).toEqual([['/hoofdstukken/', [], 0]]);
    expect(model.home.chapters).toEqual([]);
    expect(model.home.total).toBe(0);
    expect(model.home.progress.every((segment) => segment.count === 0 && segment.percent === 0)).toBe(true);
  });

  it('should give each agreement its own chapters index on a site with several, named by its id', () => {
    const model = siteModel({
      agreements: {
        '2019-2024': {
          name: 'Vlaams Regeerakkoord 2019-2024',
          period: { start: '2019-10-02', end: '2024-09-29' },
          chapters: { 1: 'Werk' },
        },
        '2024-2029': { name: 'Vlaams Regeerakkoord 2024-2029', period: { start: '2024-09-30' } },
      },
      reports: [
        { section: '1.1', agreement: '2019-2024', status: 'uitgevoerd' },
        { section: '2.1', agreement: '2019-2024' },
        { section: '1.1', agreement: '2024-2029' },
      ],
    });
    expect(
      model.chaptersPages.map((page) => [
        page.url,
        page.title,
        page.intro,
        page.breadcrumbs.map((crumb) => crumb.url),
        page.rows.map((row) => row.chapter.label),
      ]),
    ).toEqual([
      [
        '/2024-2029/hoofdstukken/',
        'Hoofdstukken (2024-2029)',
        'Elk hoofdstuk van het Vlaams Regeerakkoord 2024-2029, met het aantal secties per status.',
        ['/', '/2024-2029/'],
        ['Hoofdstuk 1'],
      ],
      [
        '/2019-2024/hoofdstukken/',
        'Hoofdstukken (2019-2024)',
        'Elk hoofdstuk van het Vlaams Regeerakkoord 2019-2024, met het aantal secties per status.',
        ['/', '/2019-2024/'],
        ['1. Werk', 'Hoofdstuk 2'],
      ],
    ]);
    // Each chapter's bar links to the statuses of its own agreement.
    const old = model.chaptersPages[1]!.rows[0]!;
    expect(old.progress[0]).toMatchObject({ status: 'uitgevoerd', count: 1, url: '/2019-2024/status/uitgevoerd/' });
  });

  it('should show the first 50 chapters on the home page and every chapter on the chapters index', () => {
    const model = siteModel({ reports: Array.from({ length: 51 }, (_, i) => ({ section: `${i + 1}.1` })) });
    expect(model.home.chapters.map((row) => row.chapter.number)).toEqual(
      Array.from({ length: 50 }, (_, i) => String(i + 1)),
    );
    expect(model.home.chapterCount).toBe(51);
    expect(model.chaptersPages.map((page) => [page.url, page.rows.length, page.total])).toEqual([
      ['/hoofdstukken/', 51, 51],
    ]);
  });
});
