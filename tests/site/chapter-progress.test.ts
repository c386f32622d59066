import type { Element } from 'hast';
import matter from 'gray-matter';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { syntheticCorpus } from '../../src/bench/synthetic-corpus.ts';
import { statusInfo } from '../../src/model/statuses.ts';
import { statuses, type Status } from '../../src/schema/report.ts';
import { projectRoot } from '../helpers/fixtures.ts';
import { runScript } from '../helpers/run.ts';
import { attributes, fileFor, page, selectAll, text, texts } from '../helpers/site.ts';

const sites = inject('sites');

/** Each chapter's sections by status, read from the report files themselves: what the rows must say. */
function expectedRows(reportsFolder: string): Map<string, Map<Status, number>> {
  const rows = new Map<string, Map<Status, number>>();
  for (const file of readdirSync(path.join(projectRoot, reportsFolder)).filter((f) => f.endsWith('.md'))) {
    const { data } = matter(readFileSync(path.join(projectRoot, reportsFolder, file), 'utf8'));
    const chapter = String(data.agreement.section).split('.')[0]!;
    const status: Status = data.status ?? 'niet-beoordeeld';
    const counts = rows.get(chapter) ?? new Map<Status, number>();
    counts.set(status, (counts.get(status) ?? 0) + 1);
    rows.set(chapter, counts);
  }
  return new Map([...rows].sort(([a], [b]) => Number(a) - Number(b)));
}

/** What a row shows: its link, its bar's segments (status, width in %) and its counts in words. */
function readRow(li: Element) {
  const link = selectAll('a', li)[0]!;
  const segments = selectAll('.cp-bar rect', li).map((rect) => ({
    status: String((rect.properties.className as string[])[0]).replace(/^cp-/, ''),
    x: Number.parseFloat(String(rect.properties.x)),
    width: Number.parseFloat(String(rect.properties.width)),
  }));
  return { href: String(link.properties.href), segments, counts: text(li, '.cp-counts') };
}

const words = (counts: Map<Status, number>) => {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const parts = statuses
    .filter((s) => counts.has(s))
    .map((s) => `${counts.get(s)} ${statusInfo(s).label.toLowerCase()}`);
  return `${total} ${total === 1 ? 'sectie' : 'secties'}: ${parts.join(', ')}`;
};

const cases = [
  { name: 'the shipped site', root: sites.real, url: '/', reports: 'content/reports', base: '/' },
  {
    name: 'the fixture corpus',
    root: sites.corpus,
    url: '/',
    reports: 'tests/fixtures/sites/corpus/reports',
    base: '/',
  },
  ...['2014-2019', '2019-2024', '2024-2029'].map((id) => ({
    name: `the overview of ${id} on a site with several agreements`,
    root: sites.several,
    url: `/${id}/`,
    reports: `tests/fixtures/sites/three-agreements/agreements/${id}/reports`,
    base: `/${id}/`,
  })),
];

describe.each(cases)('progress by chapter on $name', ({ root, url, reports, base }) => {
  const overview = page(root, url);
  const expected = expectedRows(reports);
  const rows = selectAll('.chapter-progress > li', overview).map(readRow);

  it('should show one row per chapter, each linking to its chapter page, and no list of sections', () => {
    expect(rows.map((row) => row.href)).toEqual([...expected.keys()].map((n) => `${base}hoofdstukken/${n}/`));
    for (const row of rows) expect(() => page(root, row.href)).not.toThrow();
    expect(selectAll('#hoofdstukken ~ * .report-list, .chapter-progress .report-list', overview)).toEqual([]);
  });

  it("should count each chapter's sections per status, in words a screen reader reads", () => {
    expect(rows.map((row) => row.counts)).toEqual([...expected.values()].map(words));
  });

  it('should split the bar by status, each segment as wide as its share and filled with its pattern', () => {
    [...expected.values()].forEach((counts, i) => {
      const total = [...counts.values()].reduce((a, b) => a + b, 0);
      const { segments } = rows[i]!;
      expect(segments.map((s) => s.status)).toEqual(statuses.filter((s) => counts.has(s)));
      let x = 0;
      for (const s of segments) {
        expect(s.width).toBeCloseTo((100 * counts.get(s.status as Status)!) / total, 1);
        // Side by side, each where the one before ends.
        expect(s.x).toBeCloseTo(x, 0);
        x += s.width;
      }
      expect(segments.reduce((sum, s) => sum + s.width, 0)).toBeCloseTo(100, 0);
    });
    // Each pattern is on the page, once; the bar is decorative: the counts beside it say the same in words.
    expect(attributes(overview, 'pattern', 'id')).toEqual(statuses.map((s) => `cp-${s}`));
    for (const bar of selectAll('.chapter-progress .cp-bar', overview)) expect(bar.properties.ariaHidden).toBe('true');
  });

  it("should have a chapters index with the same rows, in the agreement's place", () => {
    const index = page(root, `${base}hoofdstukken/`);
    expect(selectAll('.chapter-progress > li', index).map(readRow)).toEqual(rows);
  });
});

describe('a home page at 200 chapters', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'monitor-chapters-'));
  const output = path.join(scratch, 'site');
  const chapters = 200;
  const shown = 50;
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  beforeAll(() => {
    // The bench's corpus at 4,000 reports: 200 chapters of 20 sections. Seven sections of each are kept,
    // one of each status (the longest rows), without references: the home page shows chapters, not sections.
    const reports = path.join(scratch, 'content', 'reports');
    mkdirSync(reports, { recursive: true });
    syntheticCorpus(chapters * 20, 0)
      .filter((_, i) => i % 20 < statuses.length)
      .forEach((file) => writeFileSync(path.join(reports, file.name), file.text));
    const result = runScript('build.ts', ['--content', path.dirname(reports), '--output', output]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
  }, 240_000);

  it('should show the first chapters in few bytes and link to all', () => {
    const html = readFileSync(fileFor(output, '/'), 'utf8');
    const rows = /<section aria-labelledby="hoofdstukken">[^]*?<\/section>/.exec(html)![0];
    expect(Buffer.byteLength(rows)).toBeLessThan(60 * 1024);
    const home = page(output, '/');
    expect(selectAll('.chapter-progress > li', home)).toHaveLength(shown);
    expect(texts(home, '.chapter-progress .cp-counts')[0]).toMatch(/^7 secties: (\d [a-z ]+, ){6}\d [a-z ]+$/);
    expect(attributes(home, '#hoofdstukken ~ p a', 'href')).toContain('/hoofdstukken/');
  });

  it('should stay within the budget of 200 KB a page', () => {
    expect(statSync(fileFor(output, '/')).size).toBeLessThan(200 * 1024);
  });

  it('should page the chapters index, every chapter on one of its pages, each page within 200 KB', () => {
    const first = page(output, '/hoofdstukken/');
    const second = page(output, '/hoofdstukken/pagina-2/');
    const hrefs = [first, second].flatMap((p) => attributes(p, '.chapter-progress > li > a', 'href'));
    expect(hrefs).toEqual(Array.from({ length: chapters }, (_, i) => `/hoofdstukken/${i + 1}/`));
    expect(attributes(first, '.pager a[rel=next]', 'href')).toEqual(['/hoofdstukken/pagina-2/']);
    for (const url of ['/hoofdstukken/', '/hoofdstukken/pagina-2/']) {
      expect(statSync(fileFor(output, url)).size).toBeLessThan(200 * 1024);
    }
  });
});
