import { describe, expect, it } from 'vitest';
import { coarsened, stepLimit } from '../../src/model/over-time.ts';
import type { ProgressStep } from '../../src/model/progress-over-time.ts';

/** A step on a date with `n` sections done and the rest not judged. */
function step(date: string, n: number): ProgressStep {
  const counts = {
    uitgevoerd: n,
    gedeeltelijk: 0,
    'in-uitvoering': 0,
    'niet-gestart': 0,
    'niet-uitgevoerd': 0,
    'niet-toetsbaar': 0,
    'niet-beoordeeld': 100 - n,
  };
  return { date, counts };
}

/** `count` consecutive days from 2020-01-01, each with one more section done. */
const daily = (count: number) =>
  Array.from({ length: count }, (_, i) =>
    step(new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10), i % 100),
  );

describe('the steps of progress over time, few enough for a page', () => {
  it('should keep a step per date while they are few', () => {
    const steps = daily(stepLimit);
    expect(coarsened(steps, stepLimit)).toEqual({ per: 'datum', steps });
  });

  it('should otherwise keep, per month, the counts as they stood at its last change', () => {
    const steps = daily(90); // 1 January to 30 March 2020
    const { per, steps: kept } = coarsened(steps, stepLimit);
    expect(per).toBe('maand');
    expect(kept.map((s) => s.date)).toEqual(['2020-01-31', '2020-02-29', '2020-03-30']);
    expect(kept.map((s) => s.counts.uitgevoerd)).toEqual([30, 59, 89]);
  });

  it('should go on to quarters and years while there are still too many', () => {
    // Five years of daily changes: 60 months, 20 quarters.
    expect(coarsened(daily(5 * 365), stepLimit).per).toBe('kwartaal');
    expect(coarsened(daily(20 * 365), stepLimit)).toMatchObject({ per: 'jaar' });
    expect(coarsened(daily(20 * 365), stepLimit).steps).toHaveLength(20);
  });
});
