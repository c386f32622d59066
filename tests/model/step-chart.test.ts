import type { Element, Root } from 'xast';
import { fromXml } from 'xast-util-from-xml';
import { beforeEach, describe, expect, it } from 'vitest';
import { stepChart } from '../../src/model/charts/step-chart.ts';
import { progressOverTime, progressTable, type StatusHistory } from '../../src/model/progress-over-time.ts';
import { statusInfo } from '../../src/model/statuses.ts';

function elements(node: Root | Element, name: string): Element[] {
  return node.children.flatMap((child) =>
    child.type !== 'element' ? [] : [...(child.name === name ? [child] : []), ...elements(child, name)],
  );
}

const num = (element: Element, name: string) => Number(element.attributes[name]);

const reports: StatusHistory[] = [
  {
    status: 'uitgevoerd',
    history: [
      { date: '2022-06-01', status: 'uitgevoerd' },
      { date: '2020-03-01', status: 'in-uitvoering' },
    ],
  },
  { status: 'niet-gestart', history: [{ date: '2021-09-15', status: 'niet-gestart' }] },
  { status: 'niet-beoordeeld', history: [] },
  { status: 'niet-toetsbaar', history: [] },
];
let steps: ReturnType<typeof progressOverTime>;
let svgText: string;
let svg: Element;
// Drawn before each test rather than once on loading the file, so that each test's coverage is its own.
beforeEach(() => {
  steps = progressOverTime(reports, '2019-10-02');
  svgText = stepChart(steps, { title: 'Secties per status', id: 'grafiek' });
  svg = elements(fromXml(svgText), 'svg')[0]!;
});

describe('stepChart', () => {
  it('should be an image named by its title, sized by a viewBox and the width it is given', () => {
    expect(svg.attributes.role).toBe('img');
    expect(svg.attributes['aria-labelledby']).toBe('grafiek');
    const title = elements(svg, 'title')[0]!;
    expect(title.attributes.id).toBe('grafiek');
    expect(title.children).toEqual([expect.objectContaining({ value: 'Secties per status' })]);
    expect(svg.attributes.viewBox).toMatch(/^0 0 \d+ \d+$/);
    expect(svg.attributes.width).toBe('100%');
    expect(svg.attributes.height).toBeUndefined();
  });

  it('should draw one step per date, each as wide as the time to the next date, oldest on the left', () => {
    const rects = elements(svg, 'rect').filter((rect) => rect.attributes['data-status']);
    const dates = [...new Set(rects.map((rect) => rect.attributes['data-date']!))].sort();
    expect(dates).toEqual(['2019-10-02', '2020-03-01', '2021-09-15', '2022-06-01']);
    const left = dates.map((date) =>
      num(
        rects.find((rect) => rect.attributes['data-date'] === date)!,
        'x',
      ),
    );
    expect(left).toEqual([...left].sort((a, b) => a - b));
    // Proportional to time: x per day is the same for every step but the last (which runs on past its date).
    const days = dates.map((date) => Date.parse(`${date}T00:00:00Z`) / 86_400_000);
    const perDay = (left[1]! - left[0]!) / (days[1]! - days[0]!);
    for (let i = 1; i < dates.length - 1; i++) {
      expect((left[i + 1]! - left[i]!) / (days[i + 1]! - days[i]!)).toBeCloseTo(perDay, 2);
    }
    for (const rect of rects) {
      const i = dates.indexOf(rect.attributes['data-date']!);
      if (i + 1 < dates.length) expect(num(rect, 'x') + num(rect, 'width')).toBeCloseTo(left[i + 1]!, 1);
    }
  });

  it('should stack the statuses of each date, each as tall as its count in the table, filling the frame', () => {
    const frame = elements(svg, 'rect').find((rect) => rect.attributes.class === 'chart-frame')!;
    const perSection = num(frame, 'height') / reports.length;
    const { columns, rows } = progressTable(steps);
    const drawn = rows.map((row) =>
      columns.map((column) => {
        const rect = elements(svg, 'rect').find(
          (r) => r.attributes['data-date'] === row.date && r.attributes['data-status'] === column.status,
        );
        return rect ? Math.round(num(rect, 'height') / perSection) : 0;
      }),
    );
    expect(drawn).toEqual(rows.map((row) => row.counts));
    // Worked out by hand from the histories above, not from the chart.
    expect(rows.map((row) => row.counts)).toEqual([
      // uitgevoerd, in-uitvoering, niet-gestart, niet-toetsbaar, niet-beoordeeld
      [0, 0, 0, 1, 3],
      [0, 1, 0, 1, 2],
      [0, 1, 1, 1, 1],
      [1, 0, 1, 1, 1],
    ]);
    expect(columns.map((column) => column.status)).toEqual([
      'uitgevoerd',
      'in-uitvoering',
      'niet-gestart',
      'niet-toetsbaar',
      'niet-beoordeeld',
    ]);
    // Each date's bands touch and together span the frame.
    for (const row of rows) {
      const bands = elements(svg, 'rect')
        .filter((rect) => rect.attributes['data-date'] === row.date)
        .sort((a, b) => num(a, 'y') - num(b, 'y'));
      expect(num(bands[0]!, 'y')).toBeCloseTo(num(frame, 'y'), 1);
      for (let i = 1; i < bands.length; i++) {
        expect(num(bands[i]!, 'y')).toBeCloseTo(num(bands[i - 1]!, 'y') + num(bands[i - 1]!, 'height'), 1);
      }
    }
  });

  it('should colour by class and mark each band large enough with its icon, inside that band', () => {
    const rects = elements(svg, 'rect').filter((rect) => rect.attributes['data-status']);
    for (const rect of rects) expect(rect.attributes.class).toBe(`chart-st-${rect.attributes['data-status']}`);
    const icons = elements(svg, 'text').filter((text) => text.attributes.class?.startsWith('chart-icon '));
    for (const icon of icons) {
      const status = icon.attributes.class!.replace('chart-icon chart-icon-', '') as StatusHistory['status'];
      expect(icon.children).toEqual([expect.objectContaining({ value: statusInfo(status).icon })]);
      const [x, y] = [num(icon, 'x'), num(icon, 'y')];
      expect(
        rects.some(
          (r) =>
            r.attributes['data-status'] === status &&
            x > num(r, 'x') &&
            x < num(r, 'x') + num(r, 'width') &&
            y > num(r, 'y') &&
            y < num(r, 'y') + num(r, 'height'),
        ),
      ).toBe(true);
    }
    // The bottom band (one section) and the top band (three at the start) are both tall enough here.
    expect(icons.map((icon) => icon.attributes.class)).toContain('chart-icon chart-icon-niet-beoordeeld');
    expect(icons.map((icon) => icon.attributes.class)).toContain('chart-icon chart-icon-niet-toetsbaar');
  });

  it('should label the years along the axis (the first only where there is room before the next), and the number of sections at the top', () => {
    const labels = elements(svg, 'text')
      .filter((text) => text.attributes.class === 'chart-axis')
      .map((text) => (text.children[0] as { value: string }).value);
    expect(labels).toEqual(['0', '4', '2020', '2021', '2022']);
    const later = stepChart(progressOverTime(reports, '2019-03-01'), { title: 'T', id: 't' });
    expect(later).toMatch(/>2019<\/text>.*>2020<\/text>/);
  });

  it('should escape its title', () => {
    expect(stepChart(steps, { title: 'A & <B>', id: 'x' })).toContain('<title id="x">A &amp; &lt;B&gt;</title>');
  });
});
