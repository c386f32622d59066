import { readdirSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/compile/compile-report.ts';
import { parseConfig } from '../../src/load/config.ts';
import { buildModel } from '../../src/model/build-model.ts';
import { previewReport } from '../../src/model/preview-report.ts';
import { modelReport } from '../../src/model/report-page.ts';
import type { SiteConfig } from '../../src/schema/config.ts';
import type { ReportSource } from '../../src/validate/report.ts';
import { fixturesDir, readFixture } from '../helpers/fixtures.ts';
import { modelInput, siteModel, type ReportSpec } from '../helpers/model.ts';

// The dev server's quick preview of an edited report, made against the
// previous model, must be the page the full rebuild makes of the same edit.
let config: SiteConfig;
const sources: ReportSource[] = readdirSync(`${fixturesDir}/sites/corpus/reports`).map((name) => ({
  file: `content/reports/${name}`,
  text: readFixture(`sites/corpus/reports/${name}`),
}));
let model: ReturnType<typeof modelOf>;
// Made before each test rather than once on loading the file, so that each test's coverage is its own.
beforeEach(() => {
  config = parseConfig('site.yaml', readFixture('sites/corpus/site.yaml')).config!;
  model = modelOf(sources);
});
const edited = 'content/reports/1-3-activering.md';

function modelOf(list: ReportSource[]) {
  const compiled = compileContent(list, config);
  expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return buildModel({ reports: compiled.reports.map(modelReport), config });
}

function withEdit(change: (text: string) => string): ReportSource[] {
  return sources.map((source) => (source.file === edited ? { ...source, text: change(source.text) } : source));
}

function preview(list: ReportSource[], file = edited) {
  const compiled = compileContent(list, config).reports.find((report) => report.file === file);
  return previewReport(model, modelReport(compiled!));
}

describe('the quick preview of an edited report', () => {
  it('should be the page a full rebuild makes when the title and the text changed', () => {
    const list = withEdit((text) =>
      text
        .replace('title: Activering', 'title: Activering versterkt')
        .replace('Nog geen analyse.', 'Een nieuwe analyse, met **nadruk**.\n\n## Een kop'),
    );
    const page = preview(list);
    expect(page?.title).toBe('Activering versterkt');
    expect(page?.body()).toContain('<strong>nadruk</strong>');
    const rebuilt = modelOf(list).reports.find((report) => report.file === edited)!;
    // The parts made when a page is written, compared as what they make.
    expect({ ...page, body: page?.body(), timeline: page?.timeline() }).toEqual({
      ...rebuilt,
      body: rebuilt.body(),
      timeline: rebuilt.timeline(),
    });
  });

  it('should keep the links to the neighbouring reports', () => {
    const before = model.reports.find((report) => report.file === edited)!;
    const page = preview(withEdit((text) => text.replace('title: Activering', 'title: Anders')));
    expect(before.previous ?? before.next).toBeDefined();
    expect(page?.previous).toEqual(before.previous);
    expect(page?.next).toEqual(before.next);
  });

  it('should refuse a report the site does not have yet: its neighbours and listings change', () => {
    const added = { file: 'content/reports/1-4-nieuw.md', text: sources[0]!.text.replace(/"1\.\d+"/, '"1.4"') };
    expect(preview([...sources, added], added.file)).toBeUndefined();
  });

  it('should refuse a report moved to another section: its place in every listing changes', () => {
    expect(preview(withEdit((text) => text.replace('section: "1.3"', 'section: "1.9"')))).toBeUndefined();
  });

  it('should refuse a theme the site does not have yet: its theme page does not exist', () => {
    expect(preview(withEdit((text) => text.replace('themes: [activering]', 'themes: [wonen]')))).toBeUndefined();
  });
});

describe('the quick preview on a site with several agreements', () => {
  const terms = {
    '2014-2019': { name: 'Akkoord 2014-2019', period: { start: '2014-07-25', end: '2019-10-01' } },
    '2019-2024': { name: 'Akkoord 2019-2024', period: { start: '2019-10-02', end: '2024-09-29' } },
    '2024-2029': { name: 'Akkoord 2024-2029', period: { start: '2024-09-30' } },
  };
  const site = (continues?: { agreement: string; section: string }, title = 'Sectie 2.1'): ReportSpec[] => [
    { section: '1.3', agreement: '2014-2019' },
    { section: '1.3', agreement: '2019-2024' },
    { section: '1.4', agreement: '2019-2024' },
    { section: '2.1', agreement: '2024-2029', title, ...(continues && { continues }) },
    { section: '2.2', agreement: '2024-2029' },
  ];
  const file = 'content/agreements/2024-2029/reports/2-1.md';
  const previewOf = (before: ReportSpec[], after: ReportSpec[]) =>
    previewReport(
      siteModel({ agreements: terms, reports: before }),
      modelInput({ agreements: terms, reports: after }).reports.find((report) => report.file === file)!,
    );

  it('should be the page a full rebuild makes, with its breadcrumbs and links to other terms', () => {
    const continues = { agreement: '2019-2024', section: '1.3' };
    const page = previewOf(site(continues), site(continues, 'Anders'));
    const rebuilt = siteModel({ agreements: terms, reports: site(continues, 'Anders') }).reports.find(
      (report) => report.file === file,
    )!;
    expect(page?.title).toBe('Anders');
    expect(page?.breadcrumbs).toEqual([
      { label: 'Overzicht', url: '/' },
      { label: 'Akkoord 2024-2029', url: '/2024-2029/' },
      { label: 'Hoofdstuk 2', url: '/2024-2029/hoofdstukken/2/' },
    ]);
    expect(page?.lineage?.map((entry) => [entry.relation, entry.report.url])).toEqual([
      ['continues', '/2019-2024/rapporten/1-3/'],
    ]);
    expect(page?.agreement).toEqual(rebuilt.agreement);
    expect({ ...page, body: page?.body(), timeline: page?.timeline() }).toEqual({
      ...rebuilt,
      body: rebuilt.body(),
      timeline: rebuilt.timeline(),
    });
  });

  it('should still be made when the section it continues is written otherwise', () => {
    const page = previewOf(
      site({ agreement: '2019-2024', section: '1.3' }),
      site({ agreement: '2019-2024', section: '1.03' }),
    );
    expect(page?.lineage?.map((entry) => entry.report.url)).toEqual(['/2019-2024/rapporten/1-3/']);
  });

  it('should be made for a report that continued nothing and still does, without links to other terms', () => {
    const page = previewOf(site(), site(undefined, 'Anders'));
    expect(page?.title).toBe('Anders');
    expect(page?.lineage).toBeUndefined();
  });

  it('should refuse a report that now continues another promise, or none, or one where it continued none', () => {
    const continues = { agreement: '2019-2024', section: '1.3' };
    expect(previewOf(site(continues), site({ agreement: '2019-2024', section: '1.4' }))).toBeUndefined();
    // The same section of another term.
    expect(previewOf(site(continues), site({ agreement: '2014-2019', section: '1.3' }))).toBeUndefined();
    expect(previewOf(site(continues), site())).toBeUndefined();
    expect(previewOf(site(), site(continues))).toBeUndefined();
  });
});
