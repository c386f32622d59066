import { readdirSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/compile/compile-report.ts';
import { parseConfig } from '../../src/load/config.ts';
import type { SiteConfig } from '../../src/schema/config.ts';
import { buildModel } from '../../src/model/build-model.ts';
import { modelReport } from '../../src/model/report-page.ts';
import { everything, pageWeight, sliceSelection, type RenderSelection } from '../../src/model/render-plan.ts';
import { fixturesDir, readFixture } from '../helpers/fixtures.ts';

let config: SiteConfig;
const corpusModel = () =>
  buildModel({
    reports: compileContent(
      readdirSync(`${fixturesDir}/sites/corpus/reports`).map((name) => ({
        file: `content/reports/${name}`,
        text: readFixture(`sites/corpus/reports/${name}`),
      })),
      config,
    ).reports.map(modelReport),
    config,
  });

// Built before each test rather than once on loading the file, so that each test's coverage is its own.
let model: ReturnType<typeof corpusModel>;
beforeEach(() => {
  config = parseConfig('site.yaml', readFixture('sites/corpus/site.yaml')).config!;
  model = corpusModel();
});

/** The pages of a selection in the order they are written; data files are named by their URL. */
const itemsOf = (selection: RenderSelection) => [
  ...selection.reports,
  ...selection.listings,
  ...selection.decisionPages,
  ...selection.dataFiles,
];
const pagesOf = (selection: RenderSelection) =>
  itemsOf(selection).map((page) => (typeof page === 'string' ? page : page.url));

describe('writing the pages in parts', () => {
  let all: RenderSelection;
  beforeEach(() => {
    all = everything(model);
  });

  const weightOf = (selection: RenderSelection) =>
    itemsOf(selection)
      .map(pageWeight)
      .reduce((a, b) => a + b, 0);

  it('should write every page once, in order, in parts of at most the size asked', () => {
    for (const size of [1, 2, 3, 7, 1000]) {
      const parts = sliceSelection(all, size);
      expect(parts.flatMap(pagesOf)).toEqual(pagesOf(all));
      // A page heavier than a part goes alone.
      for (const part of parts) expect(pagesOf(part).length === 1 || weightOf(part) <= size).toBe(true);
      // Each part is as full as it can be: the next page would not have fitted.
      parts.slice(0, -1).forEach((part, i) => {
        expect(weightOf(part) + pageWeight(itemsOf(parts[i + 1]!)[0]!) > size).toBe(true);
      });
    }
  });

  it('should count a page of many decisions as several pages', () => {
    const decisions = (count: number) => ({
      year: '2020',
      url: '/beslissingen/2020/',
      count,
      decisions: () => Array.from({ length: count }, () => ({ date: '2020-01-01', citedBy: [] })),
    });
    expect(pageWeight(decisions(150))).toBe(4);
    expect(pageWeight(decisions(3))).toBe(1);
    expect(pageWeight(model.reports[0]!)).toBe(1);
    const selection: RenderSelection = {
      reports: [],
      listings: [],
      decisionPages: [decisions(150), decisions(150), decisions(150)],
      dataFiles: [],
      redirects: [],
      wholeModel: false,
    };
    expect(sliceSelection(selection, 8).map((part) => part.decisionPages.length)).toEqual([2, 1]);
  });

  it('should write the pages made from the whole model with the first part only', () => {
    expect(sliceSelection(all, 3).map((part) => part.wholeModel)).toEqual(
      sliceSelection(all, 3).map((_, i) => i === 0),
    );
    expect(sliceSelection({ ...all, wholeModel: false }, 3).some((part) => part.wholeModel)).toBe(false);
  });

  it('should still write the whole-model pages when there is no other page to write', () => {
    const none: RenderSelection = {
      reports: [],
      listings: [],
      decisionPages: [],
      dataFiles: [],
      redirects: [],
      wholeModel: true,
    };
    expect(sliceSelection(none, 10)).toEqual([none]);
  });
});

describe('the open-data files, made in pieces', () => {
  const whole = (url: string) => [...model.data[url]!()].join('');

  it('should make /data/reports.json laid out exactly as JSON.stringify with two spaces does', () => {
    const text = whole('/data/reports.json');
    const parsed = JSON.parse(text) as { schemaVersion: number; reports: { slug: string }[] };
    expect(text).toBe(JSON.stringify(parsed, null, 2));
    expect(parsed.reports.map((report) => report.slug)).toEqual(model.reports.map((report) => report.slug));
  });

  it('should make a valid, empty reports.json for a site without reports', () => {
    const empty = buildModel({ reports: [], config });
    const text = [...empty.data['/data/reports.json']!()].join('');
    expect(JSON.parse(text)).toEqual({ schemaVersion: 1, reports: [] });
    expect(text).toBe(JSON.stringify({ schemaVersion: 1, reports: [] }, null, 2));
  });

  it('should make /data/references.csv a header and one row per reference', () => {
    const rows = whole('/data/references.csv').split('\r\n');
    expect(rows[0]).toBe('agreement,report_section,report_title,report_url,reference_id,date,title,url');
    expect(rows.at(-1)).toBe('');
    expect(rows.length - 2).toBe(model.reports.reduce((sum, report) => sum + report.references.length, 0));
  });
});
