import { describe, expect, it } from 'vitest';
import { buildChanges } from '../../src/build/changes.ts';

const before = {
  reports: { 'reports/a.md': 'A', 'reports/b.md': 'B', 'reports/c.md': 'C' },
  pages: { 'index.html': '1', 'rapporten/a/index.html': 'a', 'rapporten/c/index.html': 'c', 'data/reports.json': 'd' },
};

describe('what a build changed against the previous one', () => {
  it('should name the reports added, changed and removed by their text, and the pages whose fingerprint changed', () => {
    const changes = buildChanges(
      before,
      {
        reports: { 'reports/a.md': 'A', 'reports/b.md': 'B2', 'reports/d.md': 'D' },
        pages: {
          'index.html': '1',
          'rapporten/a/index.html': 'a2',
          'rapporten/d/index.html': 'd',
          'data/reports.json': 'x',
        },
      },
      ['404.html', 'index.html', 'assets/style.css'],
    );
    expect(changes.reports).toEqual({ added: ['reports/d.md'], changed: ['reports/b.md'], removed: ['reports/c.md'] });
    // The open data is not a page; a page without fingerprint (made from the whole site) counts as changed.
    expect(changes.pages).toEqual(['404.html', 'rapporten/a/index.html', 'rapporten/d/index.html']);
    expect(changes.removedPages).toEqual(['rapporten/c/index.html']);
    expect(changes.pageCount).toBe(4);
    expect(changes.compared).toBe(true);
  });

  it('should count every page as changed when there is no previous build to compare the pages with', () => {
    const current = { reports: before.reports, pages: before.pages };
    const changes = buildChanges({ reports: before.reports, pages: undefined }, current);
    expect(changes.compared).toBe(false);
    expect(changes.pages).toEqual(['index.html', 'rapporten/a/index.html', 'rapporten/c/index.html']);
    expect(changes.reports).toEqual({ added: [], changed: [], removed: [] });
    expect(buildChanges(undefined, current).reports.added).toEqual(Object.keys(before.reports));
  });
});
