import { describe, expect, it } from 'vitest';
import type { Element as XmlElement } from 'xast';
import { fromXml } from 'xast-util-from-xml';
import { coarsened, overTime, stepLimit } from '../../src/model/over-time.ts';
import type { ProgressStep } from '../../src/model/progress-over-time.ts';
import { statusInfo } from '../../src/model/statuses.ts';
import type { Status } from '../../src/schema/report.ts';
import { xmlElements, xmlText } from '../helpers/site.ts';

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

describe('the periods steps are grouped into', () => {
  it('should count a step past the limit as too many', () => {
    const steps = daily(stepLimit + 1);
    expect(coarsened(steps, stepLimit).per).toBe('maand');
    expect(coarsened(daily(3), 2).per).toBe('maand');
    expect(coarsened(daily(2), 2)).toEqual({ per: 'datum', steps: daily(2) });
  });

  it('should group months into quarters of three: January to March, April to June, …', () => {
    // The last day of each month of 2020 and 2021: 24 steps, too many for 5 but not for 8 quarters.
    const ends = Array.from({ length: 24 }, (_, i) =>
      step(new Date(Date.UTC(2020, i + 1, 0)).toISOString().slice(0, 10), i),
    );
    const { per, steps } = coarsened(ends, 8);
    expect(per).toBe('kwartaal');
    expect(steps.map((s) => s.date)).toEqual([
      '2020-03-31',
      '2020-06-30',
      '2020-09-30',
      '2020-12-31',
      '2021-03-31',
      '2021-06-30',
      '2021-09-30',
      '2021-12-31',
    ]);
    expect(steps.map((s) => s.counts.uitgevoerd)).toEqual([2, 5, 8, 11, 14, 17, 20, 23]);
  });

  it('should stop at months when there are exactly as many as the limit', () => {
    const steps = [step('2020-01-01', 1), step('2020-01-02', 2), step('2020-02-01', 3)];
    expect(coarsened(steps, 2)).toEqual({ per: 'maand', steps: [steps[1], steps[2]] });
  });

  it('should stop at years, even when there are still more years than the limit', () => {
    const yearly = Array.from({ length: 5 }, (_, i) => step(`${2020 + i}-06-01`, i));
    expect(coarsened(yearly, 2)).toEqual({ per: 'jaar', steps: yearly });
  });
});

describe("an agreement's progress over time", () => {
  /** A report page as overTime reads it. */
  const page = (status: Status, ...history: [string, Status][]) => ({
    status: statusInfo(status),
    history: history.map(([date, s]) => ({ date, status: statusInfo(s) })),
  });

  it('should be nothing while no report has a history entry', () => {
    expect(overTime([page('uitgevoerd'), page('niet-gestart')], { id: 'a', name: 'Akkoord' })).toBeUndefined();
    expect(overTime([], { id: 'a', name: 'Akkoord', start: '2019-10-02' })).toBeUndefined();
  });

  it('should give the chart a title naming the agreement and its first and last date, and the same numbers as a table', () => {
    const over = overTime(
      [page('uitgevoerd', ['2022-06-01', 'uitgevoerd'], ['2021-03-01', 'in-uitvoering']), page('niet-beoordeeld')],
      { id: 'va-2019', name: 'Vlaams Regeerakkoord', start: '2019-10-02' },
    );
    expect(over?.per).toBe('datum');
    expect(over?.columns.map((column) => column.status)).toEqual(['uitgevoerd', 'in-uitvoering', 'niet-beoordeeld']);
    expect(over?.rows).toEqual([
      { date: '2019-10-02', counts: [0, 0, 2] },
      { date: '2021-03-01', counts: [0, 1, 1] },
      { date: '2022-06-01', counts: [1, 0, 1] },
    ]);
    const svg = fromXml(over!.chart).children.find((child): child is XmlElement => child.type === 'element')!;
    expect(svg.attributes['aria-labelledby']).toBe('in-de-tijd-va-2019');
    const title = xmlElements(svg, 'title')[0]!;
    expect(title.attributes.id).toBe('in-de-tijd-va-2019');
    expect(xmlText(title)).toBe(
      'Aantal secties van het Vlaams Regeerakkoord per status, van 2 oktober 2019 tot 1 juni 2022',
    );
    // One band per status and step with sections in it.
    const dates = new Set(xmlElements(svg, 'rect').map((rect) => rect.attributes['data-date']));
    expect([...dates].filter(Boolean).sort()).toEqual(['2019-10-02', '2021-03-01', '2022-06-01']);
  });

  it('should draw and list per month when the dates are too many, and say so', () => {
    // 60 reports, each done on its own day from 1 January 2020: more dates than a page should show.
    const pages = Array.from({ length: 60 }, (_, i) =>
      page('uitgevoerd', [new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10), 'uitgevoerd']),
    );
    const over = overTime(pages, { id: 'a', name: 'Akkoord' });
    expect(over?.per).toBe('maand');
    // Each report not yet judged before its day.
    expect(over?.columns.map((column) => column.status)).toEqual(['uitgevoerd', 'niet-beoordeeld']);
    expect(over?.rows).toEqual([
      { date: '2020-01-31', counts: [31, 29] },
      { date: '2020-02-29', counts: [60, 0] },
    ]);
    const title = xmlText(xmlElements(fromXml(over!.chart), 'title')[0]!);
    expect(title).toBe('Aantal secties van het Akkoord per status, van 31 januari 2020 tot 29 februari 2020');
  });
});
