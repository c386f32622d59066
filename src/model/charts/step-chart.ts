import { scaleLinear, scaleUtc } from 'd3-scale';
import { stack } from 'd3-shape';
import type { Status } from '../../schema/report.ts';
import { seriesOf, type ProgressStep } from '../progress-over-time.ts';
import { statusInfo } from '../statuses.ts';

/** The drawing's own units; it is scaled to the width it is given (CSS sets the font size per screen width). */
export const chartBox = { width: 400, height: 220, top: 10, right: 10, bottom: 30, left: 44 };
const day = 24 * 60 * 60 * 1000;
/** A band is labelled with its status's icon where it is at least this tall and wide. */
const iconRoom = 18;

/**
 * The series as stacked steps: for each step, from its date to the next one,
 * a rectangle per status as tall as its count. Inline SVG with a viewBox and
 * no fixed size; CSS colours it by the `chart-st-<status>` classes, and each
 * band large enough carries its status's icon, so colour is never the only
 * sign. `id` must be unique on the page: it names the chart's title.
 */
export function stepChart(steps: readonly ProgressStep[], { title, id }: { title: string; id: string }): string {
  const { width, height, top, right, bottom, left } = chartBox;
  const series = seriesOf(steps);
  const total = steps.length === 0 ? 0 : series.reduce((sum, status) => sum + steps[0]!.counts[status], 0);
  const times = steps.map((step) => utc(step.date));
  const first = times[0] ?? 0;
  const last = times.at(-1) ?? first;
  // The last step runs on a little past its date, so that it can be seen.
  const end = last + Math.max(30 * day, (last - first) * 0.08);
  const x = scaleUtc()
    .domain([first, end])
    .range([left, width - right]);
  const y = scaleLinear()
    .domain([0, Math.max(total, 1)])
    .range([height - bottom, top]);
  const stacked = stack<ProgressStep, Status>()
    .keys(series)
    .value((step, status) => step.counts[status])(steps);

  const parts: string[] = [];
  for (const band of stacked) {
    const status = band.key;
    const rects = band.map(([low, high], i) => {
      const x0 = x(times[i]!);
      const x1 = x(times[i + 1] ?? end);
      return { x: x0, width: x1 - x0, y: y(high), height: y(low) - y(high), date: steps[i]!.date };
    });
    for (const r of rects) {
      if (r.height <= 0) continue;
      parts.push(
        `<rect class="chart-st-${status}" data-status="${status}" data-date="${r.date}" x="${n(r.x)}" y="${n(r.y)}" width="${n(r.width)}" height="${n(r.height)}"/>`,
      );
    }
    const roomiest = rects
      .filter((r) => r.height >= iconRoom && r.width >= iconRoom)
      .sort((a, b) => b.width * b.height - a.width * a.height)[0];
    if (roomiest) {
      parts.push(
        `<text class="chart-icon chart-icon-${status}" x="${n(roomiest.x + roomiest.width / 2)}" y="${n(roomiest.y + roomiest.height / 2)}" text-anchor="middle" dominant-baseline="central">${statusInfo(status).icon}</text>`,
      );
    }
  }
  const plotBottom = height - bottom;
  parts.push(
    `<rect class="chart-frame" x="${left}" y="${top}" width="${width - left - right}" height="${plotBottom - top}"/>`,
  );
  for (const value of total === 0 ? [0] : [0, total]) {
    parts.push(
      `<text class="chart-axis" x="${left - 6}" y="${n(y(value))}" text-anchor="end" dominant-baseline="central">${value}</text>`,
    );
  }
  const years = yearTicks(first, end);
  // The year the chart starts in is named at its start, where there is room before the next.
  if (years.length === 0 || x(years[0]!.time) - left >= 48) {
    years.unshift({ time: first, label: String(new Date(first).getUTCFullYear()) });
  }
  for (const year of years) {
    const at = Math.max(left, x(year.time));
    // A label near an edge is kept inside the drawing.
    const anchor = at - left < 20 ? 'start' : width - right - at < 20 ? 'end' : 'middle';
    parts.push(`<line class="chart-tick" x1="${n(at)}" x2="${n(at)}" y1="${plotBottom}" y2="${plotBottom + 5}"/>`);
    parts.push(
      `<text class="chart-axis" x="${n(at)}" y="${plotBottom + 8}" text-anchor="${anchor}" dominant-baseline="hanging">${year.label}</text>`,
    );
  }
  return (
    `<svg class="chart step-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-labelledby="${escape(id)}">` +
    `<title id="${escape(id)}">${escape(title)}</title>${parts.join('')}</svg>`
  );
}

/** The first of January of each year the chart spans after its first, at most six of them. */
function yearTicks(from: number, to: number): { time: number; label: string }[] {
  const firstYear = new Date(from).getUTCFullYear();
  const lastYear = new Date(to).getUTCFullYear();
  const years: number[] = [];
  for (let year = firstYear + 1; year <= lastYear; year++) years.push(year);
  const every = Math.ceil(years.length / 6);
  return years.filter((_, i) => i % every === 0).map((year) => ({ time: Date.UTC(year, 0, 1), label: String(year) }));
}

/** A calendar date as a moment in UTC, the same wherever the build runs. */
function utc(date: string): number {
  const [year, month, dayOfMonth] = date.split('-').map(Number);
  return Date.UTC(year!, month! - 1, dayOfMonth!);
}

/** Coordinates to two decimals: enough at any width, and short. */
function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
