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
