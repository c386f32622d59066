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
