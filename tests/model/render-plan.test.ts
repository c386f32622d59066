import { describe, expect, it } from 'vitest';
import type { SiteModel } from '../../src/model/build-model.ts';
import {
  sliceSelection,
  emptySelection,
  everything,
  outputFile,
  planRender,
  renderAll,
  type RenderSelection,
} from '../../src/model/render-plan.ts';
import { siteConfig, siteModel, type ReportFields } from '../helpers/model-pages.ts';

const yaml = (extra = '') =>
  `siteName: Monitor\nagreement:\n  name: Testakkoord\n  period: "2019-2024"\nthemes:\n  activering:\n    label: Activering\n${extra}`;

/** Three reports, two citing decisions, one with a history; `change` edits one of them. */
function reports(change: (fields: ReportFields) => ReportFields = (fields) => fields): ReportFields[] {
  return [
    {
      section: '1.1',
      title: 'Werk',
      status: 'uitgevoerd',
      history: [{ date: '2023-01-01', status: 'uitgevoerd' }],
      references: [{ id: 0, date: '2021-03-05', title: 'Besluit A' }],
    },
    { section: '1.2', title: 'Zorg', references: [{ id: 0, date: '2022-04-04', title: 'Besluit B' }] },
    { section: '2.1', title: 'Wonen' },
  ].map(change);
}

function modelOf(change?: (fields: ReportFields) => ReportFields, extra?: string): SiteModel {
  return siteModel(siteConfig(yaml(extra)), ...reports(change));
}

/** The output files a selection writes. */
function filesOf(selection: RenderSelection): string[] {
  return [
    ...selection.reports.flatMap((report) => [report.url, `${report.url}status.svg`]),
    ...selection.listings.map((listing) => listing.url),
    ...selection.decisionPages.map((page) => page.url),
    ...selection.dataFiles,
    ...selection.redirects.map((redirect) => redirect.from),
  ]
    .map(outputFile)
    .sort();
}

describe('the pages a build writes', () => {
  it('should write every page, with a fingerprint for each file, when there is no previous build', () => {
    const model = modelOf();
    const plan = planRender(model, 'salt');
    expect(plan.selection).toEqual(everything(model));
    expect(plan.unchanged).toEqual([]);
    expect(plan.reportsChanged).toBe(true);
    expect(Object.keys(plan.fingerprints).sort()).toEqual(filesOf(plan.selection));
    expect(plan.fingerprints).toHaveProperty(['rapporten/1-1-rapport/index.html']);
    expect(plan.fingerprints).toHaveProperty(['rapporten/1-1-rapport/status.svg']);
    expect(plan.fingerprints).toHaveProperty(['beslissingen/2022/index.html']);
    expect(plan.fingerprints).toHaveProperty(['data/reports.json']);
    // A report's badge is written with its page, and has its fingerprint.
    expect(plan.fingerprints['rapporten/1-1-rapport/status.svg']).toBe(
      plan.fingerprints['rapporten/1-1-rapport/index.html'],
    );
    // Different pages, different fingerprints.
    expect(new Set(Object.values(plan.fingerprints)).size).toBe(
      Object.keys(plan.fingerprints).filter((file) => !file.endsWith('status.svg')).length,
    );
  });

  it('should write nothing but the whole-model pages when nothing changed, and keep every other file', () => {
    const previous = planRender(modelOf(), 'salt').fingerprints;
    const plan = planRender(modelOf(), 'salt', previous);
    expect(plan.fingerprints).toEqual(previous);
    expect(filesOf(plan.selection)).toEqual([]);
    expect(plan.selection.wholeModel).toBe(true);
    expect([...plan.unchanged].sort()).toEqual(Object.keys(previous).sort());
    expect(plan.reportsChanged).toBe(false);
  });

  it('should write only the page of a report whose body changed, with its badge', () => {
    const previous = planRender(modelOf(), 'salt').fingerprints;
    const edited = modelOf((fields) => (fields.section === '1.2' ? { ...fields, body: 'Nieuw: [0].\n' } : fields));
    const plan = planRender(edited, 'salt', previous);
    expect(filesOf(plan.selection)).toEqual(['rapporten/1-2-rapport/index.html', 'rapporten/1-2-rapport/status.svg']);
    expect(plan.unchanged).not.toContain('rapporten/1-2-rapport/index.html');
    expect(plan.unchanged).not.toContain('rapporten/1-2-rapport/status.svg');
    expect(plan.unchanged).toContain('rapporten/1-1-rapport/index.html');
    expect(plan.unchanged.length + 2).toBe(Object.keys(plan.fingerprints).length);
    expect(plan.reportsChanged).toBe(true);
  });

  it('should write the decisions page and the open data when a cited decision changed', () => {
    const previous = planRender(modelOf(), 'salt').fingerprints;
    const edited = modelOf((fields) =>
      fields.section === '1.2'
        ? { ...fields, references: [{ id: 0, date: '2022-04-04', title: 'Besluit C' }] }
        : fields,
    );
    const plan = planRender(edited, 'salt', previous);
    const written = filesOf(plan.selection);
    expect(written).toContain('rapporten/1-2-rapport/index.html');
    expect(written).toContain('beslissingen/2022/index.html');
    expect(written).not.toContain('beslissingen/2021/index.html');
    expect(written).toContain('data/references.csv');
    expect(written).not.toContain('rapporten/1-1-rapport/index.html');
  });

  it('should write every page again when anything else a page depends on changed', () => {
    const previous = planRender(modelOf(), 'salt').fingerprints;
    const plan = planRender(modelOf(), 'other templates', previous);
    expect(filesOf(plan.selection)).toEqual(Object.keys(previous).sort());
    expect(plan.unchanged).toEqual([]);
  });

  it('should take the fingerprint of all the content for the open-data files when given', () => {
    const previous = planRender(modelOf(), 'salt', undefined, 'content-1').fingerprints;
    const same = planRender(modelOf(), 'salt', previous, 'content-1');
    expect(same.selection.dataFiles).toEqual([]);
    const other = planRender(modelOf(), 'salt', previous, 'content-2');
    expect([...other.selection.dataFiles].sort()).toEqual(['/data/references.csv', '/data/reports.json']);
    expect(other.selection.reports).toEqual([]);
  });

  it("should leave a report's issue link out of its fingerprint: builds at two addresses compare", () => {
    const at = (address: string) =>
      planRender(modelOf(undefined, `repositoryUrl: https://github.com/e/m\nbaseUrl: ${address}\n`), 'salt');
    const one = at('https://a.example.org/');
    const two = at('https://b.example.org/');
    expect(one.selection.reports[0]!.issueUrl).not.toBe(two.selection.reports[0]!.issueUrl);
    expect(one.fingerprints['rapporten/1-1-rapport/index.html']).toBe(
      two.fingerprints['rapporten/1-1-rapport/index.html'],
    );
  });

  it('should count a report page gone since the previous build as a change of the reports', () => {
    const model = modelOf();
    const previous = planRender(model, 'salt').fingerprints;
    const gone = planRender(model, 'salt', { ...previous, 'rapporten/weg/index.html': 'x' });
    expect(gone.reportsChanged).toBe(true);
    // Gone on a site with several agreements, too.
    expect(planRender(model, 'salt', { ...previous, 'va/rapporten/weg/index.html': 'x' }).reportsChanged).toBe(true);
    // Another page gone is no change of the reports.
    expect(planRender(model, 'salt', { ...previous, 'themas/weg/index.html': 'x' }).reportsChanged).toBe(false);
    expect(planRender(model, 'salt', { ...previous, 'rapporten/weg.html': 'x' }).reportsChanged).toBe(false);
    // What was gone is not kept.
    expect(gone.unchanged).not.toContain('rapporten/weg/index.html');
  });

  it('should not count a page that leads from an old report address to the new one as a removed report', () => {
    const base = modelOf();
    const model: SiteModel = {
      ...base,
      redirects: [{ from: '/rapporten/oud/', to: '/va/rapporten/1-1-rapport/', title: 'Werk' }],
    };
    const previous = planRender(model, 'salt').fingerprints;
    expect(previous).toHaveProperty(['rapporten/oud/index.html']);
    const plan = planRender(model, 'salt', previous);
    expect(plan.reportsChanged).toBe(false);
    expect(plan.unchanged).toContain('rapporten/oud/index.html');
    const moved = planRender(
      { ...model, redirects: [{ from: '/rapporten/oud/', to: '/va/rapporten/1-2-rapport/', title: 'Zorg' }] },
      'salt',
      previous,
    );
    expect(moved.selection.redirects.map((redirect) => redirect.from)).toEqual(['/rapporten/oud/']);
  });

  it('should write everything again, with the same fingerprints, when the previous output cannot be used', () => {
    const model = modelOf();
    const plan = planRender(model, 'salt', planRender(model, 'salt').fingerprints);
    const all = renderAll(model, plan);
    expect(all).toEqual({
      selection: everything(model),
      fingerprints: plan.fingerprints,
      unchanged: [],
      reportsChanged: true,
    });
  });
});

describe('the selections of pages', () => {
  it('should have every page of the model in everything, and none in the empty selection', () => {
    const model = modelOf();
    const all = everything(model);
    expect(all.reports).toBe(model.reports);
    expect(all.listings).toBe(model.listings);
    expect(all.decisionPages).toBe(model.decisions.pages);
    expect(all.dataFiles).toEqual(['/data/reports.json', '/data/references.csv']);
    expect(all.redirects).toBe(model.redirects);
    expect(all.wholeModel).toBe(true);
    expect(emptySelection()).toEqual({
      reports: [],
      listings: [],
      decisionPages: [],
      dataFiles: [],
      redirects: [],
      wholeModel: false,
    });
    // Each empty selection is its own, to be filled.
    expect(emptySelection().reports).not.toBe(emptySelection().reports);
  });

  it('should name where each address is written', () => {
    expect(outputFile('/')).toBe('index.html');
    expect(outputFile('/rapporten/1-1/')).toBe('rapporten/1-1/index.html');
    expect(outputFile('/data/reports.json')).toBe('data/reports.json');
    expect(outputFile('/rapporten/1-1/status.svg')).toBe('rapporten/1-1/status.svg');
  });

  it('should write a page heavier than a part alone, without an empty part before it', () => {
    const page = (year: string) => ({
      year,
      url: `/beslissingen/${year}/`,
      count: 150,
      decisions: () => [],
    });
    const selection: RenderSelection = {
      ...emptySelection(),
      decisionPages: [page('2022'), page('2021')],
      dataFiles: ['/data/reports.json'],
      wholeModel: true,
    };
    const parts = sliceSelection(selection, 2);
    expect(parts.map((part) => [part.decisionPages.map((p) => p.year), part.dataFiles, part.wholeModel])).toEqual([
      [['2022'], [], true],
      [['2021'], [], false],
      [[], ['/data/reports.json'], false],
    ]);
  });
});
