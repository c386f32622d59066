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

/** A step on a date with these counts, every other status at zero. */
function stepOn(date: string, counts: Partial<Record<StatusHistory['status'], number>>) {
  return {
    date,
    counts: {
      uitgevoerd: 0,
      gedeeltelijk: 0,
      'in-uitvoering': 0,
      'niet-gestart': 0,
      'niet-uitgevoerd': 0,
      'niet-toetsbaar': 0,
      'niet-beoordeeld': 0,
      ...counts,
    },
  };
}

function draw(list: ReturnType<typeof stepOn>[]): Element {
  return elements(fromXml(stepChart(list, { title: 'T', id: 't' })), 'svg')[0]!;
}

const bands = (chart: Element) => elements(chart, 'rect').filter((rect) => rect.attributes['data-status']);
const frameOf = (chart: Element) => elements(chart, 'rect').find((rect) => rect.attributes.class === 'chart-frame')!;
const axisLabels = (chart: Element) =>
  elements(chart, 'text')
    .filter((text) => text.attributes.class === 'chart-axis')
    .map((text) => ({
      label: (text.children[0] as { value: string }).value,
      x: num(text, 'x'),
      anchor: text.attributes['text-anchor'],
    }));

describe('stepChart at the edges', () => {
  it('should fill the frame with one step, run on past its date, and count the sections on the axis', () => {
    const chart = draw([stepOn('2022-05-01', { uitgevoerd: 2, 'niet-gestart': 1 })]);
    const frame = frameOf(chart);
    const drawn = bands(chart);
    expect(drawn.map((rect) => rect.attributes['data-status'])).toEqual(['uitgevoerd', 'niet-gestart']);
    for (const rect of drawn) {
      expect(num(rect, 'x')).toBe(num(frame, 'x'));
      expect(num(rect, 'x') + num(rect, 'width')).toBeCloseTo(num(frame, 'x') + num(frame, 'width'), 1);
    }
    // Kept promises at the bottom: two sections' worth, then one on top, filling the frame.
    const [done, notStarted] = drawn as [Element, Element];
    expect(num(done, 'y') + num(done, 'height')).toBeCloseTo(num(frame, 'y') + num(frame, 'height'), 1);
    expect(num(done, 'height')).toBeCloseTo(2 * num(notStarted, 'height'), 1);
    expect(num(notStarted, 'y')).toBeCloseTo(num(frame, 'y'), 1);
    expect(axisLabels(chart).map((label) => label.label)).toEqual(['0', '3', '2022']);
  });

  it('should draw no band for a status while it counts no section', () => {
    const chart = draw([
      stepOn('2020-01-01', { 'niet-beoordeeld': 2 }),
      stepOn('2021-01-01', { uitgevoerd: 1, 'niet-beoordeeld': 1 }),
    ]);
    for (const rect of bands(chart)) expect(num(rect, 'height')).toBeGreaterThan(0);
    expect(bands(chart).map((rect) => `${rect.attributes['data-date']} ${rect.attributes['data-status']}`)).toEqual([
      '2021-01-01 uitgevoerd',
      '2020-01-01 niet-beoordeeld',
      '2021-01-01 niet-beoordeeld',
    ]);
  });

  it('should let the last step run on for 8% of the time shown before it, when that is more than 30 days', () => {
    const chart = draw([stepOn('2010-01-01', { uitgevoerd: 1 }), stepOn('2020-01-01', { 'niet-gestart': 1 })]);
    const frame = frameOf(chart);
    const [first, last] = bands(chart).sort((a, b) => num(a, 'x') - num(b, 'x')) as [Element, Element];
    expect(num(last, 'width') / num(first, 'width')).toBeCloseTo(0.08, 2);
    expect(num(first, 'width') + num(last, 'width')).toBeCloseTo(num(frame, 'width'), 1);
    // Over a short time, 30 days: here ten days, then thirty.
    const short = draw([stepOn('2020-01-01', { uitgevoerd: 1 }), stepOn('2020-01-11', { 'niet-gestart': 1 })]);
    const [a, b] = bands(short).sort((x, y) => num(x, 'x') - num(y, 'x')) as [Element, Element];
    expect(num(b, 'width') / num(a, 'width')).toBeCloseTo(3, 1);
  });

  it('should mark a band with its icon in its roomiest rectangle, and not a band too small for one', () => {
    const chart = draw([
      stepOn('2010-01-01', { uitgevoerd: 1, 'niet-beoordeeld': 99 }),
      stepOn('2011-01-01', { uitgevoerd: 50, 'niet-beoordeeld': 50 }),
      stepOn('2020-01-01', { uitgevoerd: 60, 'niet-beoordeeld': 40 }),
    ]);
    const icons = elements(chart, 'text').filter((text) => text.attributes.class?.startsWith('chart-icon '));
    const done = icons.find((icon) => icon.attributes.class === 'chart-icon chart-icon-uitgevoerd')!;
    // The middle step is 9 years wide and half the height: more room than the last, taller but short in time.
    const middle = bands(chart).find(
      (rect) => rect.attributes['data-status'] === 'uitgevoerd' && rect.attributes['data-date'] === '2011-01-01',
    )!;
    expect(num(done, 'x')).toBeCloseTo(num(middle, 'x') + num(middle, 'width') / 2, 1);
    expect(num(done, 'y')).toBeCloseTo(num(middle, 'y') + num(middle, 'height') / 2, 1);
    // One section in a hundred is too thin a band for an icon: none for it at its first step.
    const thin = draw([stepOn('2010-01-01', { uitgevoerd: 1, 'niet-beoordeeld': 99 })]);
    const thinIcons = elements(thin, 'text').filter((text) => text.attributes.class?.startsWith('chart-icon '));
    expect(thinIcons.map((icon) => icon.attributes.class)).toEqual(['chart-icon chart-icon-niet-beoordeeld']);
  });

  it('should mark a band exactly as tall and wide as an icon needs', () => {
    // The frame is 180 units tall: one section of ten is 18.
    const chart = draw([stepOn('2010-01-01', { uitgevoerd: 1, 'niet-beoordeeld': 9 })]);
    const done = bands(chart).find((rect) => rect.attributes['data-status'] === 'uitgevoerd')!;
    expect(num(done, 'height')).toBe(18);
    const icons = elements(chart, 'text').filter((text) => text.attributes.class?.startsWith('chart-icon '));
    expect(icons.map((icon) => icon.attributes.class)).toContain('chart-icon chart-icon-uitgevoerd');
  });

  it('should label at most six years, evenly, and keep the labels near the edges inside the drawing', () => {
    const chart = draw([stepOn('2000-06-01', { uitgevoerd: 1 }), stepOn('2020-06-01', { uitgevoerd: 2 })]);
    const years = axisLabels(chart).slice(2);
    // The chart runs on to early 2022: 2001 to 2022 is 22 years, every fourth labelled from 2001;
    // 2000 is not, its seven months too short for a label before 2001's.
    expect(years.map((year) => year.label)).toEqual(['2001', '2005', '2009', '2013', '2017', '2021']);
    // 2001 begins close to the left edge: its label starts there.
    expect(years[0]!.anchor).toBe('start');
    const ticks = elements(chart, 'line');
    expect(ticks).toHaveLength(years.length);
    const frame = frameOf(chart);
    for (const year of years) {
      expect(year.x).toBeGreaterThanOrEqual(num(frame, 'x'));
      expect(year.x).toBeLessThanOrEqual(num(frame, 'x') + num(frame, 'width'));
    }
    expect(years.slice(1, -1).every((year) => year.anchor === 'middle')).toBe(true);
    // The last year, near the right edge, ends there.
    expect(years.at(-1)!.anchor).toBe('end');
  });

  it('should name the first year at the start only where the next one comes late enough', () => {
    const chart = draw([stepOn('2019-12-01', { uitgevoerd: 1 }), stepOn('2023-06-01', { uitgevoerd: 2 })]);
    expect(
      axisLabels(chart)
        .slice(2)
        .map((year) => year.label),
    ).toEqual(['2020', '2021', '2022', '2023']);
    // From 1 March 2019, ten months before 2020: 2019 is named at the left edge.
    const early = axisLabels(draw([stepOn('2019-03-01', { uitgevoerd: 1 }), stepOn('2023-06-01', { uitgevoerd: 2 })]));
    expect(early.slice(2, 4)).toEqual([
      { label: '2019', x: 44, anchor: 'start' },
      expect.objectContaining({ label: '2020', anchor: 'middle' }),
    ]);
  });

  it('should put the counts left of the frame, at its bottom and top, and the years below it with their ticks', () => {
    const chart = draw([
      stepOn('2019-03-01', { uitgevoerd: 1, 'niet-beoordeeld': 2 }),
      stepOn('2022-06-01', { uitgevoerd: 3 }),
    ]);
    const frame = frameOf(chart);
    const [top, bottom] = [num(frame, 'y'), num(frame, 'y') + num(frame, 'height')];
    const texts = elements(chart, 'text').filter((text) => text.attributes.class === 'chart-axis');
    const [zero, most, ...years] = texts as [Element, Element, ...Element[]];
    expect([zero, most].map((text) => (text.children[0] as { value: string }).value)).toEqual(['0', '3']);
    for (const count of [zero, most]) {
      expect(num(count, 'x')).toBeLessThan(num(frame, 'x'));
      expect(count.attributes['text-anchor']).toBe('end');
    }
    expect(num(zero, 'y')).toBe(bottom);
    expect(num(most, 'y')).toBe(top);
    const ticks = elements(chart, 'line');
    expect(ticks).toHaveLength(years.length);
    ticks.forEach((tick, i) => {
      expect(num(tick, 'y1')).toBe(bottom);
      expect(num(tick, 'y2')).toBeGreaterThan(bottom);
      expect(num(tick, 'x1')).toBe(num(years[i]!, 'x'));
      expect(num(tick, 'x2')).toBe(num(tick, 'x1'));
      expect(num(years[i]!, 'y')).toBeGreaterThan(num(tick, 'y2'));
      expect(num(years[i]!, 'y')).toBeLessThan(220);
    });
  });

  it('should draw an empty series as an empty frame counting nothing', () => {
    const chart = draw([]);
    expect(bands(chart)).toEqual([]);
    expect(axisLabels(chart)[0]!.label).toBe('0');
    expect(axisLabels(chart).filter((label) => /^\d{1,3}$/.test(label.label))).toHaveLength(1);
  });

  it('should escape its id', () => {
    const chart = elements(fromXml(stepChart([], { title: 'T', id: 'a"b&c' })), 'svg')[0]!;
    expect(chart.attributes['aria-labelledby']).toBe('a"b&c');
    expect(elements(chart, 'title')[0]!.attributes.id).toBe('a"b&c');
  });
});
