import { dutchDate } from '../text/dutch-date.ts';

/** What the strip shows of a cited decision. */
export interface StripReference {
  id: number;
  /** YYYY-MM-DD */
  date: string;
  /** The id of its item in the reference list. */
  anchor: string;
  title?: string | undefined;
}

/** The time axis: its first and last day, YYYY-MM-DD; by default the first and the last decision. */
export interface StripAxis {
  start?: string | undefined;
  end?: string | undefined;
}

// User units of the viewBox. At 640 wide the strip is drawn about 1:1 in
// the page's column; narrower, its box scrolls (see style.css).
const width = 640;
const pad = 12;
const radius = 11;
// Marks closer than this (a mark's width and a gap) share a column and stack:
// 24 units, a 24 px target where the strip is drawn 1:1.
const spacing = 2 * radius + 2;
const rowHeight = 24;
const yearLabelWidth = 34;

const dayMs = 86_400_000;
const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / dayMs;
// Coordinates to one decimal: enough for the eye, a third of the bytes.
const round = (n: number): number => Math.round(n * 10) / 10;

/**
 * The cited decisions of a report as an SVG strip: a time axis from `start`
 * to `end` with its years labelled, one mark per decision at its date
 * linking to its reference. Marks too close to tell apart stack upwards.
 * The axis always takes in every decision, also one before `start` or
 * after `end`. Undefined when there are no decisions.
 */
export function timelineStrip(references: readonly StripReference[], axis: StripAxis = {}): string | undefined {
  if (references.length === 0) return undefined;
  const sorted = [...references].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
  const first = sorted[0]!.date;
  const last = sorted.at(-1)!.date;
  const start = axis.start !== undefined && axis.start < first ? axis.start : first;
  const end = axis.end !== undefined && axis.end > last ? axis.end : last;
  const from = day(start);
  // One day at least, so that a single date sits at the start of a real axis.
  const span = Math.max(day(end) - from, 1);
  const x = (iso: string): number => pad + ((day(iso) - from) / span) * (width - 2 * pad);

  // Each mark goes to the lowest row whose last mark is far enough to its left.
  const rowEnds: number[] = [];
  const placed = sorted.map((reference) => {
    const at = x(reference.date);
    let row = rowEnds.findIndex((end) => at - end >= spacing);
    if (row === -1) row = rowEnds.push(at) - 1;
    else rowEnds[row] = at;
    return { reference, at, row };
  });
  const axisY = 2 * radius + 6 + (rowEnds.length - 1) * rowHeight;
  const height = axisY + 24;

  const marks = placed.map(({ reference, at, row }) => {
    const cx = round(at);
    const cy = axisY - radius - 5 - row * rowHeight;
    // Number and date: the title is one step away, in the list the mark links to (and bytes count at 40 marks).
    const label = `Bron ${reference.id}: ${dutchDate(reference.date)}`;
    return (
      `<a href="#${reference.anchor}" aria-label="${escape(label)}">` +
      `<circle cx="${cx}" cy="${cy}" r="${radius}"/><text x="${cx}" y="${cy + 4}">${reference.id}</text></a>`
    );
  });

  // A tick at each new year; each year's number in the middle of its stretch
  // of the axis, kept inside the axis, and left out where it would run into
  // the one before (a short stretch, or many years).
  const years: string[] = [];
  let lastLabel = -Infinity;
  for (let year = Number(start.slice(0, 4)); year <= Number(end.slice(0, 4)); year++) {
    const tick = x(`${year}-01-01`);
    if (tick > pad) years.push(`<path d="M${round(tick)} ${axisY}v6"/>`);
    const middle = (Math.max(tick, pad) + Math.min(x(`${year + 1}-01-01`), width - pad)) / 2;
    const at = Math.min(Math.max(middle, pad + yearLabelWidth / 2), width - pad - yearLabelWidth / 2);
    if (at - lastLabel < yearLabelWidth + 4) continue;
    years.push(`<text x="${round(at)}" y="${axisY + 19}">${year}</text>`);
    lastLabel = at;
  }

  return (
    // Sizes and alignment as attributes, which the SVG's text inherits; colours from style.css.
    `<svg class="timeline-chart" viewBox="0 0 ${width} ${height}" width="100%" text-anchor="middle">` +
    `<g class="timeline-axis" font-size="13"><path d="M${pad} ${axisY}H${width - pad}"/>${years.join('')}</g>` +
    `<g class="timeline-marks" font-size="11">${marks.join('')}</g></svg>`
  );
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
