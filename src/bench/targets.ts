import type { RowName } from './rows.ts';
import type { RowSummary } from './stats.ts';

/**
 * What `npm run bench -- --check` holds the medians of one run to: a row's
 * median wall time (`seconds`) or median peak memory (`peakMiB`), either as
 * a ratio to the same figure of another row of the same run (`comparedTo`),
 * or, without one, as seconds or MiB. Met when the figure is at most `limit`.
 * docs/performance.md lists these; `targetsTable()` writes that list.
 */
export interface Target {
  name: string;
  row: RowName;
  figure: 'seconds' | 'peakMiB';
  comparedTo?: RowName;
  limit: number;
}

export const targets: readonly Target[] = [
  { name: 'cold build without search', row: 'build, cold', figure: 'seconds', comparedTo: 'naive pipeline', limit: 1 },
  { name: 'cold validate', row: 'validate, cold', figure: 'seconds', comparedTo: 'naive pipeline', limit: 0.5 },
  {
    name: 'build after one report changed, cache present',
    row: 'build, 1 changed',
    figure: 'seconds',
    comparedTo: 'bare Eleventy',
    limit: 0.5,
  },
  {
    name: 'warm build, nothing changed',
    row: 'build, warm',
    figure: 'seconds',
    comparedTo: 'bare Eleventy',
    limit: 0.3,
  },
  { name: 'dev server, one report changed', row: 'dev, 1 changed', figure: 'seconds', limit: 1 },
  {
    name: 'peak memory of the cold build',
    row: 'build, cold',
    figure: 'peakMiB',
    comparedTo: 'bare Eleventy',
    limit: 1,
  },
  {
    name: 'peak memory of cold validate',
    row: 'validate, cold',
    figure: 'peakMiB',
    comparedTo: 'bare Eleventy',
    limit: 1,
  },
  { name: '`npm run validate -- <one file>`', row: 'validate 1 file', figure: 'seconds', limit: 0.6 },
];

export interface CheckResult {
  name: string;
  /** What was measured, as printed. */
  measured: string;
  /** What it had to be, as printed. */
  limit: string;
  met: boolean;
  /** A target's figure as a number (a ratio, seconds or MiB), for comparing runs. */
  value?: number;
}

/** Each target against the medians of one run; a figure that is missing or not a number misses. */
export function evaluateTargets(list: readonly Target[], summaries: readonly RowSummary[]): CheckResult[] {
  const figure = (row: RowName, which: Target['figure']) => {
    const summary = summaries.find((s) => s.name === row);
    return summary ? (which === 'seconds' ? summary.median : summary.peakMiB) : NaN;
  };
  return list.map((target) => {
    const value = figure(target.row, target.figure);
    const measured = target.comparedTo ? value / figure(target.comparedTo, target.figure) : value;
    return {
      name: target.name,
      measured: Number.isFinite(measured) ? `${measured.toFixed(2)}${unit(target)}` : 'not measured',
      limit: limitText(target),
      met: Number.isFinite(measured) && measured <= target.limit,
      value: measured,
    };
  });
}

/** Whether every check was met (and there was one). */
export function allMet(results: readonly { met: boolean }[]): boolean {
  return results.length > 0 && results.every((result) => result.met);
}

/** "≤ 0.5× bare Eleventy" (of its median wall time or peak memory), "≤ 1 s". */
export function limitText(target: Target): string {
  return `≤ ${target.limit}${unit(target)}`;
}

function unit(target: Target): string {
  if (target.comparedTo) return `× ${target.comparedTo}`;
  return target.figure === 'seconds' ? ' s' : ' MiB';
}

/** The targets as the Markdown table of docs/performance.md. */
export function targetsTable(list: readonly Target[] = targets): string {
  const lines = list.map(
    (t) =>
      `| ${t.name} | \`${t.row}\` | ${t.figure === 'seconds' ? 'median wall time' : 'median peak memory'} | ${limitText(t)} |`,
  );
  return ['| target | row | figure | limit |', '| --- | --- | --- | --- |', ...lines].join('\n');
}
