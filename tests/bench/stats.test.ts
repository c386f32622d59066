import { describe, expect, it } from 'vitest';
import { median, summarize } from '../../src/bench/stats.ts';

describe('median', () => {
  it('should take the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('should be NaN for no values, and not reorder what it was given', () => {
    expect(median([])).toBeNaN();
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('summarize', () => {
  const run = (seconds: number, peakMiB = 100) => ({ seconds, peakMiB });

  it('should give each row its median as a ratio to both references of the same run', () => {
    const rows = summarize({
      'bare Eleventy': [run(10), run(12), run(11)],
      'naive pipeline': [run(4), run(5), run(6)],
      'build, cold': [run(5.5), run(9), run(4)],
    });
    const cold = rows.find((row) => row.name === 'build, cold')!;
    expect(cold).toMatchObject({ runs: 3, min: 4, median: 5.5, max: 9, peakMiB: 100 });
    expect(cold.toBare).toBeCloseTo(0.5);
    expect(cold.toNaive).toBeCloseTo(1.1);
  });

  it('should list rows in the order of the row list, leaving out rows that did not run', () => {
    const rows = summarize({ 'build, cold': [run(1)], 'node -e 0': [run(0.05)], 'bare Eleventy': [run(2)] });
    expect(rows.map((row) => row.name)).toEqual(['node -e 0', 'bare Eleventy', 'build, cold']);
    // Without a naive row there is no ratio to it.
    expect(rows[0]!.toNaive).toBeNaN();
  });

  it('should keep the peak of a process started apart as its own median', () => {
    const [row] = summarize({
      'search index': [
        { seconds: 1, peakMiB: 180, apartMiB: 100 },
        { seconds: 1, peakMiB: 170, apartMiB: 96 },
        { seconds: 1, peakMiB: 175, apartMiB: 98 },
      ],
    });
    expect(row).toMatchObject({ peakMiB: 175, apartMiB: 98 });
  });
});
