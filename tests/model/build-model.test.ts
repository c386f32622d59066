import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { agreementRef, buildModel, type SiteModel } from '../../src/model/build-model.ts';
import { folderAgreement } from '../../src/model/agreements.ts';
import { modelInput, siteConfig, siteModel, type ReportSpec } from '../helpers/model.ts';

const sectionsOf = (pages: { section: string }[]) => pages.map((page) => page.section);
const listing = (model: SiteModel, url: string) => {
  const page = model.listings.find((candidate) => candidate.url === url);
  expect(page, url).toBeDefined();
  return page!;
};
const listed = (model: SiteModel, url: string) =>
  listing(model, url).groups.map((group) => [group.chapter.label, sectionsOf(group.reports)]);

const older = {
  name: 'Vlaams Regeerakkoord',
  period: { start: '2019-10-02', end: '2024-09-29' },
  chapters: { 1: 'Werk' },
};
const newer = {
  name: 'Vlaams Regeerakkoord 2024-2029',
  government: 'Regering-Diependaele',
  period: { start: '2024-09-30' },
  description: 'Het akkoord van *nu*.',
};
/** A site with two terms: 2019-2024 (over) and 2024-2029 (running). */
function twoTerms(reports: ReportSpec[], site: Record<string, unknown> = {}) {
  return siteModel({ site, agreements: { '2019-2024': older, '2024-2029': newer }, reports });
}

describe('the report pages', () => {
  it('should come in natural section order, each linking to the section before and after it', () => {
    const model = siteModel({
      reports: [{ section: '2.1' }, { section: '1.10' }, { section: '1.2' }, { section: '1.3' }],
    });
    expect(sectionsOf(model.reports)).toEqual(['1.2', '1.3', '1.10', '2.1']);
    expect(model.reports.map((report) => [report.previous?.section, report.next?.section])).toEqual([
      [undefined, '1.3'],
      ['1.2', '1.10'],
      ['1.3', '2.1'],
      ['1.10', undefined],
    ]);
    expect(model.reports[1]!.next).toMatchObject({ url: '/rapporten/1-10/', title: 'Sectie 1.10' });
  });

  it('should lead from the home page through the chapter to each report', () => {
    const model = siteModel({ site: { chapters: { 1: 'Werk' } }, reports: [{ section: '1.3' }, { section: '2.1' }] });
    expect(model.reports.map((report) => report.breadcrumbs)).toEqual([
      [
        { label: 'Overzicht', url: '/' },
        { label: 'Werk', url: '/hoofdstukken/1/' },
      ],
      [
        { label: 'Overzicht', url: '/' },
        { label: 'Hoofdstuk 2', url: '/hoofdstukken/2/' },
      ],
    ]);
  });

  it('should, on a site with several agreements, list the current one’s reports first and link neighbours only within an agreement', () => {
    const model = twoTerms([
      { section: '1.1', agreement: '2019-2024' },
      { section: '1.2', agreement: '2019-2024' },
      { section: '1.1', agreement: '2024-2029' },
      { section: '2.1', agreement: '2024-2029' },
    ]);
    expect(model.reports.map((report) => report.url)).toEqual([
      '/2024-2029/rapporten/1-1/',
      '/2024-2029/rapporten/2-1/',
      '/2019-2024/rapporten/1-1/',
      '/2019-2024/rapporten/1-2/',
    ]);
    expect(model.reports.map((report) => [report.previous?.url, report.next?.url])).toEqual([
      [undefined, '/2024-2029/rapporten/2-1/'],
      ['/2024-2029/rapporten/1-1/', undefined],
      [undefined, '/2019-2024/rapporten/1-2/'],
      ['/2019-2024/rapporten/1-1/', undefined],
    ]);
    expect(model.reports[2]!.breadcrumbs).toEqual([
      { label: 'Overzicht', url: '/' },
      { label: 'Vlaams Regeerakkoord', url: '/2019-2024/' },
      { label: 'Werk', url: '/2019-2024/hoofdstukken/1/' },
    ]);
  });
});

describe('how pages name an agreement', () => {
  const agreement = (name: string, period: { start: string; end?: string }) =>
    folderAgreement('2019-2024', { name, period, chapters: {} });

  it('should add the term to a name that does not say it', () => {
    expect(agreementRef(agreement('Regeerakkoord', { start: '2019-10-02', end: '2024-09-29' }), true).label).toBe(
      'Regeerakkoord (2019-2024)',
    );
    expect(agreementRef(agreement('Regeerakkoord', { start: '2024-09-30' }), true).label).toBe(
      'Regeerakkoord (sinds 2024)',
    );
  });

  it('should add the term to a name that holds some other number', () => {
    expect(
      agreementRef(agreement('Regeerakkoord 2 partijen', { start: '2019-10-02', end: '2024-09-29' }), true).label,
    ).toBe('Regeerakkoord 2 partijen (2019-2024)');
  });

  it('should keep a name that already says its term', () => {
    expect(
      agreementRef(agreement('Vlaams Regeerakkoord 2019-2024', { start: '2019-10-02', end: '2024-09-29' }), true).label,
    ).toBe('Vlaams Regeerakkoord 2019-2024');
  });

  it('should keep the name of an agreement whose term has no year', () => {
    const single = siteModel({ site: { agreement: { name: 'Testakkoord', period: 'deze legislatuur' } }, reports: [] });
    expect(single.home.agreement.label).toBe('Testakkoord');
  });

  it('should link an agreement to its own overview on a site with several, to the home page on a site with one', () => {
    const several = agreementRef(agreement('Regeerakkoord', { start: '2019-10-02', end: '2024-09-29' }), true);
    expect(several).toEqual({
      id: '2019-2024',
      name: 'Regeerakkoord',
      label: 'Regeerakkoord (2019-2024)',
      period: '2019-2024',
      url: '/2019-2024/',
      path: '/2019-2024/',
      start: '2019-10-02',
    });
    const one = siteModel({ site: { agreement: { name: 'Testakkoord', period: '2019-2024' } }, reports: [] });
    expect(one.home.agreement).toEqual({
      id: '2019-2024',
      name: 'Testakkoord',
      label: 'Testakkoord (2019-2024)',
      period: '2019-2024',
      url: '/',
      path: '/',
      current: true,
    });
  });
});

describe('the themes', () => {
  it('should list each theme once with its number of sections, by name', () => {
    const model = siteModel({
      reports: [
        { section: '1.1', themes: ['werk', 'zorg'] },
        { section: '1.2', themes: ['Werk'] },
        { section: '1.3', themes: ['Économie'] },
      ],
    });
    expect(model.themes.map((theme) => [theme.slug, theme.label, theme.url, theme.count])).toEqual([
      ['economie', 'Économie', '/themas/economie/', 1],
      ['werk', 'Werk', '/themas/werk/', 2],
      ['zorg', 'Zorg', '/themas/zorg/', 1],
    ]);
  });

  it('should name a theme as site.yaml does, with its description, else as most reports spell it', () => {
    const model = siteModel({
      site: { themes: { Werk: { label: 'Werk en activering', description: 'Mensen aan het werk.' } } },
      reports: [
        { section: '1.1', themes: ['werk', 'digitaal'] },
        { section: '1.2', themes: ['Digitaal'] },
        { section: '1.3', themes: ['Digitaal'] },
        { section: '1.4', themes: ['digitaal'] },
      ],
    });
    expect(model.themes).toEqual([
      { slug: 'digitaal', label: 'Digitaal', url: '/themas/digitaal/', count: 4 },
      {
        slug: 'werk',
        label: 'Werk en activering',
        description: 'Mensen aan het werk.',
        url: '/themas/werk/',
        count: 1,
      },
    ]);
    expect(listing(model, '/themas/werk/')).toMatchObject({
      title: 'Thema: Werk en activering',
      intro: 'Mensen aan het werk.',
    });
    expect(listing(model, '/themas/digitaal/').intro).toBeUndefined();
    // Reports show the theme by the same name.
    expect(model.reports[0]!.themes.map((theme) => theme.label)).toEqual(['Werk en activering', 'Digitaal']);
  });

  it('should take the spelling most reports use, even when another was seen first', () => {
    const model = siteModel({
      reports: [
        { section: '1.1', themes: ['wonen'] },
        { section: '1.2', themes: ['WONEN'] },
        { section: '1.3', themes: ['WONEN'] },
      ],
    });
    expect(model.themes.map((theme) => theme.label)).toEqual(['WONEN']);
  });

  it('should take the spelling seen first when two are used as often, and capitalize it', () => {
    const model = siteModel({
      reports: [
        { section: '1.1', themes: ['onderwijs'] },
        { section: '1.2', themes: ['ONDERWIJS'] },
        { section: '1.3', themes: ['ONDERWIJS'] },
        { section: '1.4', themes: ['onderwijs'] },
        { section: '1.5', themes: ['éénheid'] },
      ],
    });
    expect(model.themes.map((theme) => theme.label)).toEqual(['Éénheid', 'Onderwijs']);
  });

  it('should use a label from site.yaml for a theme written differently there', () => {
    const model = siteModel({
      site: { themes: { 'Sociale economie': { label: 'Sociale economie' }, werk: { keywords: ['job'] } } },
      reports: [{ section: '1.1', themes: ['sociale-economie', 'werk'] }],
    });
    expect(model.themes.map((theme) => [theme.slug, theme.label])).toEqual([
      ['sociale-economie', 'Sociale economie'],
      ['werk', 'Werk'],
    ]);
  });

  it('should list a theme’s sections by chapter, leading back to the themes index', () => {
    const model = siteModel({
      site: { chapters: { 1: 'Werk' } },
      reports: [
        { section: '2.1', themes: ['werk'] },
        { section: '1.10', themes: ['werk'] },
        { section: '1.2', themes: ['werk', 'zorg'] },
        { section: '1.3', themes: ['zorg'] },
      ],
    });
    expect(listed(model, '/themas/werk/')).toEqual([
      ['1. Werk', ['1.2', '1.10']],
      ['Hoofdstuk 2', ['2.1']],
    ]);
    expect(listing(model, '/themas/werk/').breadcrumbs).toEqual([
      { label: 'Overzicht', url: '/' },
      { label: "Thema's", url: '/themas/' },
    ]);
    expect(listing(model, '/themas/werk/').scopes).toBeUndefined();
  });
});

describe('the chapter and status listings', () => {
  it('should give each chapter a page titled with its name, listing its sections', () => {
    const model = siteModel({
      site: { chapters: { 1: 'Werk' } },
      reports: [{ section: '1.10' }, { section: '2.1' }, { section: '1.2' }],
    });
    const chapters = model.listings.filter((page) => page.url.startsWith('/hoofdstukken/'));
    expect(chapters.map((page) => [page.url, page.title, page.breadcrumbs, page.agreement])).toEqual([
      ['/hoofdstukken/1/', 'Hoofdstuk 1: Werk', [{ label: 'Overzicht', url: '/' }], undefined],
      ['/hoofdstukken/2/', 'Hoofdstuk 2', [{ label: 'Overzicht', url: '/' }], undefined],
    ]);
    expect(listed(model, '/hoofdstukken/1/')).toEqual([['1. Werk', ['1.2', '1.10']]]);
  });

  it('should give every status a page saying what it means, also a status no section has', () => {
    const model = siteModel({
      reports: [
        { section: '1.1', status: 'uitgevoerd' },
        { section: '2.1', status: 'uitgevoerd' },
        { section: '1.2', status: 'niet-gestart' },
      ],
    });
    const statuses = model.listings.filter((page) => page.url.startsWith('/status/'));
    expect(statuses.map((page) => [page.url, page.title])).toEqual([
      ['/status/uitgevoerd/', 'Status: Uitgevoerd'],
      ['/status/gedeeltelijk/', 'Status: Gedeeltelijk uitgevoerd'],
      ['/status/in-uitvoering/', 'Status: In uitvoering'],
      ['/status/niet-gestart/', 'Status: Niet gestart'],
      ['/status/niet-uitgevoerd/', 'Status: Niet uitgevoerd'],
      ['/status/niet-toetsbaar/', 'Status: Niet toetsbaar'],
      ['/status/niet-beoordeeld/', 'Status: Nog niet beoordeeld'],
    ]);
    expect(listing(model, '/status/uitgevoerd/').intro).toBe('De belofte is volledig uitgevoerd.');
    expect(listing(model, '/status/uitgevoerd/').breadcrumbs).toEqual([{ label: 'Overzicht', url: '/' }]);
    expect(listed(model, '/status/uitgevoerd/')).toEqual([
      ['Hoofdstuk 1', ['1.1']],
      ['Hoofdstuk 2', ['2.1']],
    ]);
    expect(listed(model, '/status/niet-gestart/')).toEqual([['Hoofdstuk 1', ['1.2']]]);
    expect(listed(model, '/status/gedeeltelijk/')).toEqual([]);
  });
});

describe('the listings of a site with several agreements', () => {
  it('should list a theme for all agreements and for each that uses it, each page linking to the others', () => {
    const model = twoTerms([
      { section: '1.1', agreement: '2019-2024', themes: ['werk'] },
      { section: '1.2', agreement: '2019-2024', themes: ['zorg'] },
      { section: '1.1', agreement: '2024-2029', themes: ['werk'] },
    ]);
    const werk = model.listings.filter((page) => page.url.endsWith('/themas/werk/'));
    expect(werk.map((page) => [page.url, page.title, page.agreement?.id])).toEqual([
      ['/themas/werk/', 'Thema: Werk', undefined],
      ['/2024-2029/themas/werk/', 'Thema: Werk (2024-2029)', '2024-2029'],
      ['/2019-2024/themas/werk/', 'Thema: Werk (2019-2024)', '2019-2024'],
    ]);
    const scopes = [
      { label: 'Alle akkoorden', url: '/themas/werk/' },
      { label: 'Vlaams Regeerakkoord 2024-2029', url: '/2024-2029/themas/werk/' },
      { label: 'Vlaams Regeerakkoord (2019-2024)', url: '/2019-2024/themas/werk/' },
    ];
    for (const page of werk) {
      expect(page.scopes).toEqual(scopes.map((scope) => ({ ...scope, current: scope.url === page.url })));
    }
    // Zorg is only used in 2019-2024: no empty page for 2024-2029.
    expect(model.listings.filter((page) => page.url.endsWith('/themas/zorg/')).map((page) => page.url)).toEqual([
      '/themas/zorg/',
      '/2019-2024/themas/zorg/',
    ]);
    expect(listing(model, '/themas/zorg/').scopes!.map((scope) => scope.url)).toEqual([
      '/themas/zorg/',
      '/2019-2024/themas/zorg/',
    ]);
  });

  it('should name each chapter with its agreement where a listing holds several, and not where it holds one', () => {
    const model = twoTerms([
      { section: '1.1', agreement: '2019-2024', themes: ['werk'] },
      { section: '1.1', agreement: '2024-2029', themes: ['werk'] },
    ]);
    expect(listing(model, '/themas/werk/').groups.map((group) => [group.chapter.label, group.chapter.url])).toEqual([
      ['Vlaams Regeerakkoord 2024-2029: Hoofdstuk 1', '/2024-2029/hoofdstukken/1/'],
      ['Vlaams Regeerakkoord: 1. Werk', '/2019-2024/hoofdstukken/1/'],
    ]);
    expect(listed(model, '/2019-2024/themas/werk/')).toEqual([['1. Werk', ['1.1']]]);
    expect(listing(model, '/2019-2024/themas/werk/').breadcrumbs).toEqual([
      { label: 'Overzicht', url: '/' },
      { label: 'Vlaams Regeerakkoord', url: '/2019-2024/' },
    ]);
  });

  it('should give every status a page in each agreement, also where none of its sections has it', () => {
    const model = twoTerms([
      { section: '1.1', agreement: '2019-2024', status: 'uitgevoerd' },
      { section: '1.1', agreement: '2024-2029' },
    ]);
    const done = model.listings.filter((page) => page.url.endsWith('/status/uitgevoerd/'));
    expect(done.map((page) => [page.url, page.title, page.intro, page.groups.length])).toEqual([
      ['/status/uitgevoerd/', 'Status: Uitgevoerd', 'De belofte is volledig uitgevoerd.', 1],
      ['/2024-2029/status/uitgevoerd/', 'Status: Uitgevoerd (2024-2029)', 'De belofte is volledig uitgevoerd.', 0],
      ['/2019-2024/status/uitgevoerd/', 'Status: Uitgevoerd (2019-2024)', 'De belofte is volledig uitgevoerd.', 1],
    ]);
    expect(done[1]!.scopes!.map((scope) => scope.current)).toEqual([false, true, false]);
  });

  it('should give each agreement its own chapter pages', () => {
    const model = twoTerms([
      { section: '1.1', agreement: '2019-2024' },
      { section: '2.1', agreement: '2019-2024' },
      { section: '1.1', agreement: '2024-2029' },
    ]);
    const chapters = model.listings.filter((page) => page.url.includes('/hoofdstukken/'));
    expect(chapters.map((page) => [page.url, page.title, page.agreement?.id, page.breadcrumbs.length])).toEqual([
      ['/2024-2029/hoofdstukken/1/', 'Hoofdstuk 1', '2024-2029', 2],
      ['/2019-2024/hoofdstukken/1/', 'Hoofdstuk 1: Werk', '2019-2024', 2],
      ['/2019-2024/hoofdstukken/2/', 'Hoofdstuk 2', '2019-2024', 2],
    ]);
  });
});

describe('an agreement’s overview', () => {
  it('should count the sections by status, each share in percent and its bar segment after the last', () => {
    const statuses = [
      'uitgevoerd',
      'gedeeltelijk',
      'in-uitvoering',
      'niet-gestart',
      'niet-uitgevoerd',
      'niet-toetsbaar',
      'niet-beoordeeld',
    ] as const;
    const model = siteModel({ reports: statuses.map((status, i) => ({ section: `1.${i + 1}`, status })) });
    expect(model.home.total).toBe(7);
    expect(model.home.progress.map((segment) => [segment.status, segment.count, segment.percent])).toEqual(
      statuses.map((status) => [status, 1, 14.3]),
    );
    // Rounded to a tenth, without the drift of adding up fractions.
    expect(model.home.progress.map((segment) => segment.offset)).toEqual([0, 14.3, 28.6, 42.9, 57.2, 71.5, 85.8]);
    expect(model.home.progress.map((segment) => segment.url)).toEqual(statuses.map((status) => `/status/${status}/`));
  });

  it('should round a share to a tenth of a percent', () => {
    const model = siteModel({
      reports: [{ section: '1.1', status: 'uitgevoerd' }, { section: '1.2', status: 'uitgevoerd' }, { section: '1.3' }],
    });
    expect(model.home.progress.filter((s) => s.count > 0).map((s) => [s.status, s.count, s.percent, s.offset])).toEqual(
      [
        ['uitgevoerd', 2, 66.7, 0],
        ['niet-beoordeeld', 1, 33.3, 66.7],
      ],
    );
  });

  it('should show the five reports changed last, newest first, sections of the same day in order', () => {
    const model = siteModel({
      reports: [
        { section: '1.1', updated: '2024-01-01' },
        { section: '1.2' },
        { section: '1.3', updated: '2024-03-01' },
        { section: '1.10', updated: '2024-02-01' },
        { section: '1.4', updated: '2024-02-01' },
        {
          section: '2.1',
          status: 'uitgevoerd',
          updated: '2023-01-01',
          history: [{ date: '2024-05-01', status: 'uitgevoerd' }],
        },
        { section: '2.2', updated: '2020-01-01' },
      ],
    });
    expect(model.home.recent.map((report) => [report.section, report.lastChanged])).toEqual([
      ['2.1', '2024-05-01'],
      ['1.3', '2024-03-01'],
      ['1.4', '2024-02-01'],
      ['1.10', '2024-02-01'],
      ['1.1', '2024-01-01'],
    ]);
  });

  it('should show on the home page of a site with one agreement, with no overview pages of their own', () => {
    const model = siteModel({
      site: { agreement: { name: 'Testakkoord', period: '2019-2024' } },
      reports: [{ section: '1.1' }],
    });
    expect(model.several).toBe(false);
    expect(model.agreements).toHaveLength(1);
    expect(model.home).toBe(model.agreements[0]);
    expect(model.agreementPages).toEqual([]);
    expect(model.home.agreement.current).toBe(true);
    expect(model.home.chaptersUrl).toBe('/hoofdstukken/');
    expect(model.home.overTime).toBeUndefined();
  });

  it('should give each agreement of several its overview page, the current one first and on the home page', () => {
    const model = twoTerms([
      { section: '1.1', agreement: '2019-2024', status: 'uitgevoerd' },
      { section: '1.2', agreement: '2019-2024' },
      { section: '1.1', agreement: '2024-2029' },
    ]);
    expect(model.several).toBe(true);
    expect(model.agreementPages).toBe(model.agreements);
    expect(model.home).toBe(model.agreements[0]);
    expect(
      model.agreements.map((overview) => [overview.agreement.url, overview.agreement.current, overview.total]),
    ).toEqual([
      ['/2024-2029/', true, 1],
      ['/2019-2024/', false, 2],
    ]);
    const [running, over] = model.agreements;
    expect(running!.agreement).toMatchObject({
      government: 'Regering-Diependaele',
      start: '2024-09-30',
    });
    const description = fromHtml(running!.agreement.descriptionHtml!, { fragment: true });
    expect(selectAll('p', description).map(toString)).toEqual(['Het akkoord van nu.']);
    expect(selectAll('em', description).map(toString)).toEqual(['nu']);
    expect(running!.agreement.end).toBeUndefined();
    expect(over!.agreement).toMatchObject({ start: '2019-10-02', end: '2024-09-29' });
    expect(over!.agreement.government).toBeUndefined();
    expect(over!.agreement.descriptionHtml).toBeUndefined();
    expect(over!.chaptersUrl).toBe('/2019-2024/hoofdstukken/');
    expect(over!.progress[0]).toMatchObject({
      status: 'uitgevoerd',
      count: 1,
      percent: 50,
      url: '/2019-2024/status/uitgevoerd/',
    });
    expect(over!.chapters.map((row) => row.chapter.label)).toEqual(['1. Werk']);
  });

  it('should show how the sections stood over time once some report has a history', () => {
    const model = siteModel({
      reports: [
        { section: '1.1', status: 'uitgevoerd', history: [{ date: '2024-05-01', status: 'uitgevoerd' }] },
        { section: '1.2' },
      ],
    });
    expect(model.home.overTime).toBeDefined();
  });
});

describe('the same promise in other terms', () => {
  const terms = {
    '2014-2019': { name: 'Akkoord 2014-2019', period: { start: '2014-07-25', end: '2019-10-01' } },
    '2019-2024': { name: 'Akkoord 2019-2024', period: { start: '2019-10-02', end: '2024-09-29' } },
    '2024-2029': { name: 'Akkoord 2024-2029', period: { start: '2024-09-30' } },
  };
  const chain: ReportSpec[] = [
    { section: '1.3', agreement: '2014-2019' },
    { section: '1.3', agreement: '2019-2024', continues: { agreement: '2014-2019', section: '1.3' } },
    { section: '1.3', agreement: '2024-2029', continues: { agreement: '2019-2024', section: '1.3' } },
    { section: '1.4', agreement: '2024-2029', continues: { agreement: '2019-2024', section: '1.3' } },
    { section: '2.1', agreement: '2024-2029' },
  ];
  const lineageOf = (model: SiteModel, url: string) =>
    model.reports.find((report) => report.url === url)!.lineage?.map((entry) => [entry.relation, entry.report.url]);

  it('should follow a report back to the first term and forward to every report that carries it on', () => {
    const model = siteModel({ agreements: terms, reports: chain });
    expect(lineageOf(model, '/2014-2019/rapporten/1-3/')).toEqual([
      ['continued-by', '/2019-2024/rapporten/1-3/'],
      ['later', '/2024-2029/rapporten/1-3/'],
      ['later', '/2024-2029/rapporten/1-4/'],
    ]);
    expect(lineageOf(model, '/2019-2024/rapporten/1-3/')).toEqual([
      ['continues', '/2014-2019/rapporten/1-3/'],
      ['continued-by', '/2024-2029/rapporten/1-3/'],
      ['continued-by', '/2024-2029/rapporten/1-4/'],
    ]);
    // Oldest first: what came before the report it continues, then that report.
    expect(lineageOf(model, '/2024-2029/rapporten/1-4/')).toEqual([
      ['earlier', '/2014-2019/rapporten/1-3/'],
      ['continues', '/2019-2024/rapporten/1-3/'],
    ]);
    expect(lineageOf(model, '/2024-2029/rapporten/1-3/')).toEqual([
      ['earlier', '/2014-2019/rapporten/1-3/'],
      ['continues', '/2019-2024/rapporten/1-3/'],
    ]);
    expect(lineageOf(model, '/2024-2029/rapporten/2-1/')).toBeUndefined();
  });

  it('should show each report in a lineage as listings do: its section, title and agreement', () => {
    const model = siteModel({ agreements: terms, reports: chain });
    const [first] = model.reports.find((report) => report.url === '/2019-2024/rapporten/1-3/')!.lineage!;
    expect(first!.report).toMatchObject({
      section: '1.3',
      title: 'Sectie 1.3',
      url: '/2014-2019/rapporten/1-3/',
      agreement: { id: '2014-2019', name: 'Akkoord 2014-2019' },
    });
  });

  it('should find the report continued when its section is written with a leading zero', () => {
    const model = siteModel({
      agreements: terms,
      reports: [
        { section: '1.3', agreement: '2019-2024' },
        { section: '2.1', agreement: '2024-2029', continues: { agreement: '2019-2024', section: '1.03' } },
      ],
    });
    expect(lineageOf(model, '/2024-2029/rapporten/2-1/')).toEqual([['continues', '/2019-2024/rapporten/1-3/']]);
  });

  it('should still end for reports that continue each other in a circle, which the checks refuse', () => {
    const input = modelInput({
      agreements: terms,
      reports: [
        { section: '1.3', agreement: '2019-2024' },
        { section: '1.3', agreement: '2024-2029', continues: { agreement: '2019-2024', section: '1.3' } },
      ],
    });
    const old = input.reports.find((report) => report.agreement === '2019-2024')!;
    const circle = input.reports.map((report) =>
      report === old
        ? { ...old, data: { ...old.data, continues: { agreement: '2024-2029', section: '1.3' } } }
        : report,
    );
    const model = buildModel({ ...input, reports: circle });
    expect(lineageOf(model, '/2024-2029/rapporten/1-3/')).toEqual([
      ['continues', '/2019-2024/rapporten/1-3/'],
      ['continued-by', '/2019-2024/rapporten/1-3/'],
    ]);
    // A report that continues one of the circle sees each of it once.
    const withOutside = modelInput({
      agreements: terms,
      reports: [
        { section: '1.3', agreement: '2019-2024' },
        { section: '1.3', agreement: '2024-2029', continues: { agreement: '2019-2024', section: '1.3' } },
        { section: '2.1', agreement: '2024-2029', continues: { agreement: '2019-2024', section: '1.3' } },
      ],
    });
    const outside = buildModel({
      ...withOutside,
      reports: withOutside.reports.map((report) =>
        report.agreement === '2019-2024'
          ? { ...report, data: { ...report.data, continues: { agreement: '2024-2029', section: '1.3' } } }
          : report,
      ),
    });
    expect(lineageOf(outside, '/2024-2029/rapporten/2-1/')).toEqual([
      ['earlier', '/2024-2029/rapporten/1-3/'],
      ['continues', '/2019-2024/rapporten/1-3/'],
    ]);
    // A report that names itself continues nothing.
    const self = input.reports.map((report) =>
      report === old
        ? { ...old, data: { ...old.data, continues: { agreement: '2019-2024', section: '1.3' } } }
        : report,
    );
    const selfModel = buildModel({ ...input, reports: self });
    expect(lineageOf(selfModel, '/2019-2024/rapporten/1-3/')).toEqual([['continued-by', '/2024-2029/rapporten/1-3/']]);
    expect(lineageOf(selfModel, '/2024-2029/rapporten/1-3/')).toEqual([['continues', '/2019-2024/rapporten/1-3/']]);
  });
});

describe('the pages at the addresses of a site that held one agreement', () => {
  it('should lead each old address of the named agreement’s reports and chapters to its new one', () => {
    const model = twoTerms(
      [
        { section: '1.1', agreement: '2019-2024', title: 'Werk zoeken' },
        { section: '2.1', agreement: '2019-2024', title: 'Duaal leren' },
        { section: '1.1', agreement: '2024-2029' },
      ],
      { redirectOldAddressesTo: '2019-2024' },
    );
    expect(model.redirects).toEqual([
      { from: '/rapporten/1-1/', to: '/2019-2024/rapporten/1-1/', title: '1.1 Werk zoeken' },
      { from: '/rapporten/2-1/', to: '/2019-2024/rapporten/2-1/', title: '2.1 Duaal leren' },
      { from: '/hoofdstukken/1/', to: '/2019-2024/hoofdstukken/1/', title: 'Hoofdstuk 1: Werk' },
      { from: '/hoofdstukken/2/', to: '/2019-2024/hoofdstukken/2/', title: 'Hoofdstuk 2' },
      { from: '/hoofdstukken/', to: '/2019-2024/hoofdstukken/', title: 'Hoofdstukken (2019-2024)' },
    ]);
  });

  it('should make none when no agreement is named, or one the site does not have', () => {
    const reports: ReportSpec[] = [{ section: '1.1', agreement: '2019-2024' }];
    expect(twoTerms(reports).redirects).toEqual([]);
    expect(twoTerms(reports, { redirectOldAddressesTo: '2009-2014' }).redirects).toEqual([]);
  });

  it('should make none on a site with one agreement, whose pages are still at those addresses', () => {
    const model = siteModel({
      site: { agreement: { name: 'Akkoord', period: '2019-2024' }, redirectOldAddressesTo: '2019-2024' },
      reports: [{ section: '1.1' }],
    });
    expect(model.redirects).toEqual([]);
  });
});

describe('the sitemap', () => {
  it('should list every page once, each report with the day it last changed', () => {
    const model = siteModel({
      site: { baseUrl: 'https://example.org/' },
      reports: [
        { section: '1.1', themes: ['werk'], updated: '2024-02-03', references: [{ id: 0, date: '2021-05-06' }] },
        { section: '2.1', themes: ['werk'] },
      ],
    });
    const statuses = [
      'uitgevoerd',
      'gedeeltelijk',
      'in-uitvoering',
      'niet-gestart',
      'niet-uitgevoerd',
      'niet-toetsbaar',
      'niet-beoordeeld',
    ];
    expect(model.sitemap).toEqual([
      { url: '/' },
      { url: '/rapporten/1-1/', lastmod: '2024-02-03' },
      { url: '/rapporten/2-1/' },
      { url: '/hoofdstukken/1/' },
      { url: '/hoofdstukken/2/' },
      { url: '/themas/werk/' },
      ...statuses.map((status) => ({ url: `/status/${status}/` })),
      { url: '/hoofdstukken/' },
      { url: '/themas/' },
      { url: '/beslissingen/' },
      { url: '/beslissingen/2021/' },
      { url: '/over/' },
      { url: '/zoeken/' },
    ]);
  });

  it('should list each agreement’s overview on a site with several, and not the redirects', () => {
    const model = twoTerms([{ section: '1.1', agreement: '2019-2024' }], { redirectOldAddressesTo: '2019-2024' });
    const urls = model.sitemap.map((entry) => entry.url);
    expect(urls.slice(0, 4)).toEqual(['/', '/2024-2029/', '/2019-2024/', '/2019-2024/rapporten/1-1/']);
    expect(urls).toContain('/2024-2029/hoofdstukken/');
    expect(urls).not.toContain('/rapporten/1-1/');
    expect(new Set(urls).size).toBe(urls.length);
  });
});

describe('the rest of the site', () => {
  it('should render the about page’s Markdown, its headings under the page title', () => {
    const model = siteModel({
      reports: [],
      about: { title: 'Over ons', markdown: '# Wie\n\nWij *volgen* het akkoord.' },
    });
    expect(model.about.title).toBe('Over ons');
    const tree = fromHtml(model.about.html, { fragment: true });
    expect(selectAll('h1', tree)).toEqual([]);
    expect(selectAll('h2', tree).map(toString)).toEqual(['Wie']);
    expect(selectAll('p em', tree).map(toString)).toEqual(['volgen']);
  });

  it('should show the site description as text when there is no about page', () => {
    const model = siteModel({ site: { description: 'Wat <b>beloofd</b> is & gedaan.' }, reports: [] });
    expect(model.about.title).toBe('Over deze site');
    const tree = fromHtml(model.about.html, { fragment: true });
    expect(selectAll('p', tree).map(toString)).toEqual(['Wat <b>beloofd</b> is & gedaan.']);
    expect(selectAll('b', tree)).toEqual([]);
  });

  it('should know the path the site is published under, for its links', () => {
    expect(siteModel({ reports: [] }).basePath).toBe('/');
    expect(siteModel({ site: { baseUrl: 'https://example.org/monitor' }, reports: [] }).basePath).toBe('/monitor/');
  });

  it('should offer the two open-data files at their addresses', () => {
    const model = siteModel({ reports: [] });
    expect(Object.keys(model.data)).toEqual(['/data/reports.json', '/data/references.csv']);
  });

  it('should order the reports it is given, whatever order they come in', () => {
    const config = siteConfig();
    const input = modelInput({ reports: [{ section: '1.2' }, { section: '1.10' }, { section: '1.3' }] });
    const reversed = buildModel({ ...input, config, reports: [...input.reports].reverse() });
    expect(sectionsOf(reversed.reports)).toEqual(['1.2', '1.3', '1.10']);
  });
});
