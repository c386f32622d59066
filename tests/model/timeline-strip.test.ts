import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { timelineStrip, type StripReference } from '../../src/model/timeline-strip.ts';

const ref = (id: number, date: string, title?: string): StripReference => ({
  id,
  date,
  anchor: `bron-${id}`,
  ...(title === undefined ? {} : { title }),
});

function parse(svg: string | undefined): Root {
  expect(svg).toBeDefined();
  return fromHtml(svg!, { fragment: true });
}

const marks = (tree: Root): Element[] => selectAll('.timeline-marks a', tree);
const circle = (mark: Element) => select('circle', mark)!.properties;
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

describe('timelineStrip', () => {
  const references = [
    ref(0, '2021-01-08', 'Wijziging van het besluit & meer'),
    ref(1, '2020-10-16', 'Eerste beslissing'),
    ref(2, '2022-06-30'),
    ref(3, '2023-12-15', 'Laatste beslissing'),
  ];

  it('should draw nothing without decisions', () => {
    expect(timelineStrip([], { start: '2019-10-02', end: '2024-03-01' })).toBeUndefined();
  });

  it('should draw one mark per decision, in date order, each linking to its reference with an accessible name', () => {
    const tree = parse(timelineStrip(references, { end: '2024-03-01' }));
    const found = marks(tree);
    expect(found.map((a) => a.properties.href)).toEqual(['#bron-1', '#bron-0', '#bron-2', '#bron-3']);
    expect(found.map((a) => a.properties.ariaLabel)).toEqual([
      'Bron 1: 16 oktober 2020',
      'Bron 0: 8 januari 2021',
      'Bron 2: 30 juni 2022',
      'Bron 3: 15 december 2023',
    ]);
    // Sighted readers see the reference's number in its mark.
    expect(found.map((a) => toText(select('text', a)!))).toEqual(['1', '0', '2', '3']);
  });

  it('should place each mark in proportion to its date between the start and the end of the axis', () => {
    const start = '2019-10-02';
    const end = '2024-03-01';
    const tree = parse(timelineStrip(references, { start, end }));
    const axis = String(select('.timeline-axis path', tree)!.properties.d);
    const [, left, right] = /^M([\d.]+) [\d.]+H([\d.]+)$/.exec(axis)!.map(Number) as [number, number, number];
    const total = days(start, end);
    for (const mark of marks(tree)) {
      const date = references.find((r) => `#${r.anchor}` === mark.properties.href)!.date;
      const expected = left + ((right - left) * days(start, date)) / total;
      expect(Number(circle(mark).cx)).toBeCloseTo(expected, 0);
    }
  });

  it('should start the axis at the first decision and end it at the last one when not told otherwise', () => {
    const tree = parse(timelineStrip(references));
    const axis = /^M([\d.]+) [\d.]+H([\d.]+)$/.exec(String(select('.timeline-axis path', tree)!.properties.d))!;
    const xs = marks(tree).map((mark) => Number(circle(mark).cx));
    expect(xs[0]).toBe(Number(axis[1]));
    expect(xs.at(-1)).toBe(Number(axis[2]));
  });

  it('should take in a decision from before the agreement started', () => {
    const tree = parse(timelineStrip(references, { start: '2021-01-01', end: '2022-01-01' }));
    const xs = marks(tree).map((mark) => Number(circle(mark).cx));
    const axis = /^M([\d.]+) [\d.]+H([\d.]+)$/.exec(String(select('.timeline-axis path', tree)!.properties.d))!;
    expect(xs[0]).toBe(Number(axis[1]));
    expect(xs.at(-1)).toBe(Number(axis[2]));
  });

  it('should label every year of the axis and mark where each new year begins', () => {
    const tree = parse(timelineStrip(references, { start: '2019-10-02', end: '2024-03-01' }));
    expect(selectAll('.timeline-axis text', tree).map((node) => toText(node))).toEqual([
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
    ]);
    // A tick for each of 2020 to 2024; the axis line itself is the first path.
    expect(selectAll('.timeline-axis path', tree)).toHaveLength(1 + 5);
  });

  it('should stack decisions of the same or nearby days, so that each stays a mark of its own', () => {
    const tree = parse(
      timelineStrip([ref(0, '2021-03-01'), ref(1, '2021-03-01'), ref(2, '2021-03-02'), ref(3, '2023-01-01')]),
    );
    const positions = marks(tree).map((mark) => ({ cx: Number(circle(mark).cx), cy: Number(circle(mark).cy) }));
    const r = Number(circle(marks(tree)[0]!).r);
    // No two marks overlap.
    for (const [i, a] of positions.entries()) {
      for (const b of positions.slice(i + 1)) {
        expect(Math.hypot(a.cx - b.cx, a.cy - b.cy)).toBeGreaterThanOrEqual(2 * r);
      }
    }
    // The three days in March stand one above the other; the later one sits on the axis row.
    expect(new Set(positions.slice(0, 3).map((p) => p.cy)).size).toBe(3);
    expect(positions[3]!.cy).toBe(positions[0]!.cy);
    // The SVG is tall enough for every mark.
    const [, , , height] = String(select('svg', tree)!.properties.viewBox).split(' ').map(Number);
    expect(Math.min(...positions.map((p) => p.cy)) - r).toBeGreaterThanOrEqual(0);
    expect(Math.max(...positions.map((p) => p.cy)) + r).toBeLessThanOrEqual(height!);
  });

  it('should scale with its box: a viewBox and a relative width, no fixed pixel size', () => {
    const svg = select('svg', parse(timelineStrip(references)))!;
    expect(svg.properties.viewBox).toMatch(/^0 0 \d+ \d+$/);
    expect(svg.properties.width).toBe('100%');
    expect(svg.properties.height).toBeUndefined();
  });

  it('should keep one date on an axis of its own, the mark at its start', () => {
    const tree = parse(timelineStrip([ref(5, '2022-05-05')]));
    expect(marks(tree)).toHaveLength(1);
    expect(selectAll('.timeline-axis text', tree).map((node) => toText(node))).toEqual(['2022']);
  });
});

describe('timelineStrip, its marks and its axis', () => {
  const heightOf = (tree: Root) => Number(String(select('svg', tree)!.properties.viewBox).split(' ')[3]);
  const axisYOf = (tree: Root) =>
    Number(/^M[\d.]+ ([\d.]+)H/.exec(String(select('.timeline-axis path', tree)!.properties.d))![1]);

  it('should order decisions of one day by number', () => {
    const tree = parse(timelineStrip([ref(3, '2021-01-01'), ref(1, '2021-01-01'), ref(2, '2020-01-01')]));
    expect(marks(tree).map((a) => a.properties.href)).toEqual(['#bron-2', '#bron-1', '#bron-3']);
  });

  it("should write each mark's number inside its circle", () => {
    const tree = parse(timelineStrip([ref(0, '2021-01-01'), ref(1, '2021-01-01'), ref(12, '2022-01-01')]));
    for (const mark of marks(tree)) {
      const { cx, cy, r } = circle(mark);
      const text = select('text', mark)!.properties;
      expect(Number(text.x)).toBe(Number(cx));
      // Its baseline a little below the centre, so that the digits sit in the middle.
      expect(Number(text.y)).toBeGreaterThan(Number(cy));
      expect(Number(text.y) - Number(cy)).toBeLessThan(Number(r) / 2);
      // Above the axis.
      expect(Number(cy) + Number(r)).toBeLessThan(axisYOf(tree));
    }
  });

  it('should keep marks a full mark and a gap apart on one row, and stack those closer', () => {
    // 77 days over 616 units: 8 units a day, so three days are 24 units, a mark and its gap.
    const apart = parse(timelineStrip([ref(0, '2021-01-01'), ref(1, '2021-01-04'), ref(2, '2021-03-19')]));
    expect(new Set(marks(apart).map((mark) => circle(mark).cy)).size).toBe(1);
    const close = parse(timelineStrip([ref(0, '2021-01-01'), ref(1, '2021-01-03'), ref(2, '2021-03-19')]));
    const rows = marks(close).map((mark) => Number(circle(mark).cy));
    expect(rows[1]).toBeLessThan(rows[0]!);
    expect(rows[2]).toBe(rows[0]);
  });

  it('should put a mark on the lowest row that has room, and grow a row taller per row of marks', () => {
    const one = parse(timelineStrip([ref(0, '2021-01-01'), ref(1, '2022-01-01')]));
    const four = parse(
      timelineStrip([
        ref(0, '2021-01-01'),
        ref(1, '2021-01-01'),
        ref(2, '2021-01-01'),
        ref(3, '2021-01-05'),
        ref(4, '2022-01-01'),
      ]),
    );
    // Four rows of marks: three rows more than one.
    expect(heightOf(four) - heightOf(one)).toBe(3 * 24);
    expect(axisYOf(four) - axisYOf(one)).toBe(3 * 24);
    const cys = marks(four).map((mark) => Number(circle(mark).cy));
    // Three on the first day, one row each; four days later (about 7 units on) the first row is still too close,
    // so the fourth goes above them all; the last, a year on, back to the lowest row.
    expect(cys[1]! - cys[0]!).toBe(-24);
    expect(cys[2]! - cys[1]!).toBe(-24);
    expect(cys[3]! - cys[2]!).toBe(-24);
    expect(cys[4]).toBe(cys[0]);
    // The highest mark still inside the drawing.
    expect(Math.min(...cys) - Number(circle(marks(four)[0]!).r)).toBeGreaterThanOrEqual(0);
    // The axis labels below the axis, inside the drawing.
    for (const text of selectAll('.timeline-axis text', four)) {
      expect(Number(text.properties.y)).toBeGreaterThan(axisYOf(four));
      expect(Number(text.properties.y)).toBeLessThanOrEqual(heightOf(four));
    }
  });

  it('should tick a new year only inside the axis, not where the axis itself begins on the first of January', () => {
    const tree = parse(timelineStrip([ref(0, '2020-01-01'), ref(1, '2022-06-01')]));
    const ticks = selectAll('.timeline-axis path', tree).slice(1);
    const xs = ticks.map((tick) => Number(/^M([\d.]+) /.exec(String(tick.properties.d))![1]));
    expect(xs).toHaveLength(2);
    const first = Number(circle(marks(tree)[0]!).cx);
    for (const x of xs) expect(x).toBeGreaterThan(first);
    // Each tick where its year starts: 2021 and 2022, in proportion to the days.
    const total = days('2020-01-01', '2022-06-01');
    const last = Number(circle(marks(tree)[1]!).cx);
    expect(xs[0]).toBeCloseTo(first + ((last - first) * days('2020-01-01', '2021-01-01')) / total, 0);
    expect(xs[1]).toBeCloseTo(first + ((last - first) * days('2020-01-01', '2022-01-01')) / total, 0);
    // Each tick goes down from the axis.
    for (const tick of ticks) expect(String(tick.properties.d)).toMatch(new RegExp(` ${axisYOf(tree)}v6$`));
    expect(selectAll('.timeline-axis text', tree).map((node) => toText(node))).toEqual(['2020', '2021', '2022']);
  });

  it('should label the years in the middle of their stretch of the axis', () => {
    const tree = parse(timelineStrip([ref(0, '2019-01-01'), ref(1, '2022-12-31')]));
    const labels = selectAll('.timeline-axis text', tree);
    expect(labels.map((node) => toText(node))).toEqual(['2019', '2020', '2021', '2022']);
    const xs = labels.map((node) => Number(node.properties.x));
    const [left, right] = [12, 628];
    const at = (date: string) => left + ((right - left) * days('2019-01-01', date)) / days('2019-01-01', '2022-12-31');
    expect(xs[1]).toBeCloseTo((at('2020-01-01') + at('2021-01-01')) / 2, 0);
    expect(xs[2]).toBeCloseTo((at('2021-01-01') + at('2022-01-01')) / 2, 0);
    // The first and last stretches end at the axis's ends.
    expect(xs[0]).toBeCloseTo((left + at('2020-01-01')) / 2, 0);
    expect(xs[3]).toBeCloseTo((at('2022-01-01') + right) / 2, 0);
  });

  it('should keep year labels inside the axis and leave out those that would run into the one before', () => {
    const tree = parse(timelineStrip([ref(0, '1980-07-01'), ref(1, '2024-07-01')]));
    const labels = selectAll('.timeline-axis text', tree).map((node) => ({
      year: Number(toText(node)),
      x: Number(node.properties.x),
    }));
    // 45 years on 616 units: about 14 a year, so not every year has room for its label.
    expect(labels.length).toBeLessThan(45);
    expect(labels.length).toBeGreaterThan(10);
    expect(labels[0]!.year).toBe(1980);
    // Half a year of 1980 is too narrow to hold its label in the middle: it is moved inside the axis.
    expect(labels[0]!.x).toBe(12 + 17);
    expect(labels.at(-1)!.x).toBeLessThanOrEqual(628 - 17);
    for (let i = 1; i < labels.length; i++) {
      expect(labels[i]!.year).toBeGreaterThan(labels[i - 1]!.year);
      expect(labels[i]!.x - labels[i - 1]!.x).toBeGreaterThanOrEqual(34 + 4);
    }
    // A tick for every new year, labelled or not.
    expect(selectAll('.timeline-axis path', tree)).toHaveLength(1 + 44);
  });

  it("should keep the last year's label inside the axis when its stretch is short", () => {
    const tree = parse(timelineStrip([ref(0, '2020-01-01'), ref(1, '2022-01-15')]));
    const labels = selectAll('.timeline-axis text', tree);
    expect(labels.map((node) => toText(node))).toEqual(['2020', '2021', '2022']);
    // Half the label's width from the end of the axis at 628.
    expect(Number(labels[2]!.properties.x)).toBe(628 - 17);
  });

  it('should run the axis from the start given to the end given, when they take in every decision', () => {
    const tree = parse(timelineStrip([ref(0, '2021-01-01')], { start: '2020-01-01', end: '2022-01-01' }));
    const x = Number(circle(marks(tree)[0]!).cx);
    // 2021-01-01 is 366 days into an axis of 731.
    expect(x).toBeCloseTo(12 + (616 * 366) / 731, 0);
    // A start or end on the decision's day is the same axis as none.
    expect(timelineStrip([ref(0, '2021-01-01')], { start: '2021-01-01', end: '2021-01-01' })).toBe(
      timelineStrip([ref(0, '2021-01-01')]),
    );
  });
});
