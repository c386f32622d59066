import { describe, expect, it } from 'vitest';
import type { RowName } from '../../src/bench/rows.ts';
import type { RowSummary } from '../../src/bench/stats.ts';
import { allMet, evaluateTargets, targets, targetsTable, type Target } from '../../src/bench/targets.ts';

function row(name: RowName, median: number, peakMiB = NaN): RowSummary {
  return { name, runs: 3, min: median, median, max: median, peakMiB, toBare: NaN, toNaive: NaN };
}

const summaries = [
  row('bare Eleventy', 10, 400),
  row('naive pipeline', 8, 150),
  row('build, cold', 7, 380),
  row('dev, 1 changed', 1.2),
];

describe('evaluateTargets', () => {
  it('should compare a ratio of medians from the same run with the limit', () => {
    const list: Target[] = [
      { name: 'cold', row: 'build, cold', figure: 'seconds', comparedTo: 'naive pipeline', limit: 1 },
      { name: 'memory', row: 'build, cold', figure: 'peakMiB', comparedTo: 'bare Eleventy', limit: 1 },
    ];
    expect(evaluateTargets(list, summaries)).toEqual([
      { name: 'cold', measured: '0.88× naive pipeline', limit: '≤ 1× naive pipeline', met: true, value: 7 / 8 },
      { name: 'memory', measured: '0.95× bare Eleventy', limit: '≤ 1× bare Eleventy', met: true, value: 380 / 400 },
    ]);
  });

  it('should miss a target over its limit, and the check then fails', () => {
    const list: Target[] = [
      { name: 'cold', row: 'build, cold', figure: 'seconds', comparedTo: 'naive pipeline', limit: 0.5 },
      { name: 'dev', row: 'dev, 1 changed', figure: 'seconds', limit: 1 },
    ];
    const results = evaluateTargets(list, summaries);
    expect(results.map((r) => [r.measured, r.met])).toEqual([
      ['0.88× naive pipeline', false],
      ['1.20 s', false],
    ]);
    expect(allMet(results)).toBe(false);
    expect(allMet([...results.map((r) => ({ ...r, met: true })), { met: false }])).toBe(false);
  });

  it('should meet a target exactly at its limit', () => {
    const [result] = evaluateTargets(
      [{ name: 'dev', row: 'dev, 1 changed', figure: 'seconds', limit: 1.2 }],
      summaries,
    );
    expect(result!.met).toBe(true);
  });

  it('should miss a target whose figure was not measured, and pass nothing when there is nothing to check', () => {
    const results = evaluateTargets(
      [
        { name: 'no row', row: 'validate 1 file', figure: 'seconds', limit: 0.6 },
        { name: 'no peak', row: 'dev, 1 changed', figure: 'peakMiB', comparedTo: 'bare Eleventy', limit: 1 },
      ],
      summaries,
    );
    expect(results.map((r) => [r.measured, r.met])).toEqual([
      ['not measured', false],
      ['not measured', false],
    ]);
    expect(allMet([])).toBe(false);
  });

  it('should hold the targets agreed on', () => {
    expect(targetsTable(targets).split('\n').slice(2)).toEqual([
      '| cold build without search | `build, cold` | median wall time | ≤ 1× naive pipeline |',
      '| cold validate | `validate, cold` | median wall time | ≤ 0.5× naive pipeline |',
      '| build after one report changed, cache present | `build, 1 changed` | median wall time | ≤ 0.5× bare Eleventy |',
      '| warm build, nothing changed | `build, warm` | median wall time | ≤ 0.3× bare Eleventy |',
      '| dev server, one report changed | `dev, 1 changed` | median wall time | ≤ 1 s |',
      '| peak memory of the cold build | `build, cold` | median peak memory | ≤ 1× bare Eleventy |',
      '| peak memory of cold validate | `validate, cold` | median peak memory | ≤ 1× bare Eleventy |',
      '| `npm run validate -- <one file>` | `validate 1 file` | median wall time | ≤ 0.6 s |',
    ]);
  });
});
