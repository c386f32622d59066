import type { Sample } from './measure.ts';
import { rowNames, type RowName } from './rows.ts';

/** One run's figures, without what the process printed. */
export type Figures = Omit<Sample, 'stdout'>;

export interface RowSummary {
  name: RowName;
  runs: number;
  min: number;
  median: number;
  max: number;
  /** Median peak memory, MiB (NaN where not measured). */
  peakMiB: number;
  /** Median peak of a process started apart, MiB, when there is one. */
  apartMiB?: number;
  /** The median as a ratio to bare Eleventy's and the naive pipeline's medians in the same run. */
  toBare: number;
  toNaive: number;
}

/** The middle value (the mean of the middle two); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Every row's figures, in the order of `rows`, with its ratios to the two references. */
export function summarize(samples: Readonly<Partial<Record<RowName, readonly Figures[]>>>): RowSummary[] {
  const medianOf = (name: RowName) => median((samples[name] ?? []).map((s) => s.seconds));
  const bare = medianOf('bare Eleventy');
  const naive = medianOf('naive pipeline');
  return rowNames
    .filter((name) => samples[name]?.length)
    .map((name) => {
      const list = samples[name]!;
      const seconds = list.map((s) => s.seconds);
      const apart = list.flatMap((s) => (s.apartMiB === undefined ? [] : [s.apartMiB]));
      return {
        name,
        runs: list.length,
        min: Math.min(...seconds),
        median: median(seconds),
        max: Math.max(...seconds),
        peakMiB: median(list.map((s) => s.peakMiB)),
        ...(apart.length ? { apartMiB: median(apart) } : {}),
        toBare: median(seconds) / bare,
        toNaive: median(seconds) / naive,
      };
    });
}
