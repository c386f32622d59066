import { peakNote } from './rows.ts';
import type { RowSummary } from './stats.ts';
import type { CheckResult } from './targets.ts';

const seconds = (value: number) => `${value.toFixed(2)} s`;
const ratio = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : '—');

/** The rows as a table: min, median, max wall time, median peak memory, and the median as a ratio to each reference. */
export function rowsTable(rows: readonly RowSummary[]): string[] {
  const peak = (row: RowSummary) => {
    if (Number.isNaN(row.peakMiB)) return '—';
    const total = String(Math.round(row.peakMiB));
    return row.apartMiB === undefined
      ? total
      : `${total} (${Math.round(row.peakMiB - row.apartMiB)} + ${Math.round(row.apartMiB)})`;
  };
  return columns(
    ['', 'min', 'median', 'max', 'peak MiB', '× bare Eleventy', '× naive'],
    rows.map((row) => [
      row.name,
      seconds(row.min),
      seconds(row.median),
      seconds(row.max),
      peak(row),
      ratio(row.toBare),
      ratio(row.toNaive),
    ]),
  ).concat(wrap(peakNote, 100));
}

/** Each check with what was measured, the limit, and met or missed. */
export function checksTable(results: readonly CheckResult[]): string[] {
  return columns(
    ['check', 'measured', 'limit', ''],
    results.map((result) => [result.name, result.measured, result.limit, result.met ? 'met' : 'MISSED']),
  );
}

/** Left-aligned columns, two spaces apart. */
export function columns(header: readonly string[], body: readonly (readonly string[])[]): string[] {
  const lines = [header, ...body];
  const widths = header.map((_, i) => Math.max(...lines.map((line) => (line[i] ?? '').length)));
  return lines.map((line) =>
    line
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd(),
  );
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}
