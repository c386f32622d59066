import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, inject, it } from 'vitest';
import { statusInfo } from '../../src/model/statuses.ts';
import type { Status } from '../../src/schema/report.ts';
import { page, select, selectAll, text, texts } from '../helpers/site.ts';

const { corpus } = inject('sites');
const reportsFolder = 'tests/fixtures/sites/corpus/reports';

/**
 * The corpus reports' statuses, worked out here from their front matter: a
 * report stands at "niet-beoordeeld" before its first entry, and one without
 * entries at its `status` throughout.
 */
function expectedCounts(): Map<string, Map<Status, number>> {
  const reports = readdirSync(reportsFolder).map((file) => {
    const data = matter(readFileSync(path.join(reportsFolder, file), 'utf8')).data as {
      status?: Status;
      history?: { date: Date | string; status: Status }[];
    };
    const history = (data.history ?? []).map((entry) => ({
      date: entry.date instanceof Date ? entry.date.toISOString().slice(0, 10) : entry.date,
      status: entry.status,
    }));
    return { status: data.status ?? 'niet-beoordeeld', history };
  });
  const dates = [...new Set(reports.flatMap((report) => report.history.map((entry) => entry.date)))].sort();
  return new Map(
    dates.map((date) => {
      const counts = new Map<Status, number>();
      for (const report of reports) {
        const at =
          report.history.length === 0
            ? report.status
            : (report.history.filter((entry) => entry.date <= date).sort((a, b) => (a.date < b.date ? 1 : -1))[0]
                ?.status ?? 'niet-beoordeeld');
        counts.set(at, (counts.get(at) ?? 0) + 1);
      }
      return [date, counts];
    }),
  );
}

describe('the corpus home page: progress over time', () => {
  const home = page(corpus, '/');
  const section = select('section.over-time', home)!;

  it('should have the chart under "Voortgang in de tijd", named by its title', () => {
    expect(section).toBeDefined();
    expect(text(section, 'h2')).toBe('Voortgang in de tijd');
    const svg = select('svg', section)!;
    expect(svg.properties.role).toBe('img');
    const title = select('svg title', section)!;
    expect(String(svg.properties.ariaLabelledBy)).toBe(String(title.properties.id));
    expect(text(section, 'svg title')).toMatch(/^Aantal secties van het Testakkoord per status, van .+ tot .+$/);
  });

  it('should give in a table the counts computed from the reports’ histories, one row per date', () => {
    const expected = expectedCounts();
    const columns = texts(section, 'details table thead th').slice(1);
    const rows = selectAll('details table tbody tr', section);
    expect(rows.map((row) => String(select('time', row)!.properties.dateTime))).toEqual([...expected.keys()]);
    for (const row of rows) {
      const counts = expected.get(String(select('time', row)!.properties.dateTime))!;
      const cells = texts(row, 'td').map(Number);
      expect(cells.reduce((a, b) => a + b, 0)).toBe(readdirSync(reportsFolder).length);
      const byLabel = Object.fromEntries(columns.map((label, i) => [label, cells[i]]));
      const wanted = Object.fromEntries(columns.map((label) => [label, 0]));
      for (const [status, count] of counts) wanted[statusInfo(status).label] = count;
      expect(byLabel).toEqual(wanted);
    }
    expect(text(section, 'details summary')).toBe('De cijfers als tabel');
  });

  it('should draw each date’s counts as the heights of its bands', () => {
    const frame = select('svg rect.chart-frame', section)!;
    const perSection = Number(frame.properties.height) / readdirSync(reportsFolder).length;
    for (const [date, counts] of expectedCounts()) {
      const drawn = new Map(
        selectAll(`svg rect[data-date="${date}"]`, section).map((rect) => [
          String(rect.properties.dataStatus),
          Math.round(Number(rect.properties.height) / perSection),
        ]),
      );
      expect(drawn).toEqual(new Map([...counts].map(([status, count]) => [status as string, count])));
    }
  });
});
