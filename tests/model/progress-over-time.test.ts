import { describe, expect, it } from 'vitest';
import { progressOverTime, progressTable, type StatusHistory } from '../../src/model/progress-over-time.ts';
import { statusInfo } from '../../src/model/statuses.ts';
import { statuses, type Status } from '../../src/schema/report.ts';

/** The non-zero counts of each step, as `date: status=count …`, for short expectations. */
function summary(reports: readonly StatusHistory[], start?: string): string[] {
  return progressOverTime(reports, start).map(
    (step) =>
      `${step.date}: ${statuses
        .filter((status) => step.counts[status] > 0)
        .map((status) => `${status}=${step.counts[status]}`)
        .join(' ')}`,
  );
}

/** A report as written: history newest first, `status` its newest entry. */
function report(...history: [string, Status][]): StatusHistory {
  return {
    status: history[0]?.[1] ?? 'niet-beoordeeld',
    history: history.map(([date, status]) => ({ date, status })),
  };
}

describe('progressOverTime', () => {
  it('should count each report as niet-beoordeeld before its first entry, one step per date, oldest first', () => {
    const reports = [
      report(['2022-06-01', 'uitgevoerd'], ['2021-03-01', 'in-uitvoering']),
      report(['2021-09-15', 'niet-gestart']),
      report(),
    ];
    expect(summary(reports)).toEqual([
      '2021-03-01: in-uitvoering=1 niet-beoordeeld=2',
      '2021-09-15: in-uitvoering=1 niet-gestart=1 niet-beoordeeld=1',
      '2022-06-01: uitgevoerd=1 niet-gestart=1 niet-beoordeeld=1',
    ]);
  });

  it('should add up to the number of reports on every date', () => {
    const reports = [
      report(['2023-01-01', 'uitgevoerd'], ['2020-01-01', 'gedeeltelijk']),
      report(['2021-05-05', 'niet-uitgevoerd'], ['2020-01-01', 'niet-gestart']),
      report(['2022-02-02', 'niet-toetsbaar']),
      { status: 'in-uitvoering', history: [] },
    ] satisfies StatusHistory[];
    const steps = progressOverTime(reports);
    expect(steps.map((step) => step.date)).toEqual(['2020-01-01', '2021-05-05', '2022-02-02', '2023-01-01']);
    for (const step of steps) {
      expect(Object.values(step.counts).reduce((a, b) => a + b, 0)).toBe(reports.length);
    }
  });

  it('should count a report without entries as its status throughout, since no date says when it was set', () => {
    expect(summary([report(['2024-01-01', 'uitgevoerd']), { status: 'niet-gestart', history: [] }])).toEqual([
      '2024-01-01: uitgevoerd=1 niet-gestart=1',
    ]);
  });

  it('should group changes on one date into one step, and leave out a date on which no count changed', () => {
    const reports = [
      report(['2022-01-01', 'in-uitvoering'], ['2021-01-01', 'in-uitvoering']),
      report(['2022-01-01', 'uitgevoerd']),
      report(['2022-01-01', 'niet-gestart']),
    ];
    expect(summary(reports)).toEqual([
      '2021-01-01: in-uitvoering=1 niet-beoordeeld=2',
      '2022-01-01: uitgevoerd=1 in-uitvoering=1 niet-gestart=1',
    ]);
  });

  it('should take, of two entries of one report on one day, the one listed first (the newest)', () => {
    expect(summary([report(['2022-01-01', 'uitgevoerd'], ['2022-01-01', 'in-uitvoering'])])).toEqual([
      '2022-01-01: uitgevoerd=1',
    ]);
  });

  it('should read the history in any order', () => {
    const reports = [
      {
        status: 'uitgevoerd',
        history: [
          { date: '2020-01-01', status: 'in-uitvoering' },
          { date: '2021-01-01', status: 'uitgevoerd' },
        ],
      },
    ] satisfies StatusHistory[];
    expect(summary(reports)).toEqual(['2020-01-01: in-uitvoering=1', '2021-01-01: uitgevoerd=1']);
  });

  it('should start at the agreement start with every report not yet judged, when it comes before the first entry', () => {
    const reports = [report(['2021-01-01', 'uitgevoerd']), report()];
    expect(summary(reports, '2019-10-02')).toEqual([
      '2019-10-02: niet-beoordeeld=2',
      '2021-01-01: uitgevoerd=1 niet-beoordeeld=1',
    ]);
    expect(summary(reports, '2021-06-01')).toEqual(['2021-01-01: uitgevoerd=1 niet-beoordeeld=1']);
  });

  it('should not start before the first entry when the agreement starts on or after the oldest of them', () => {
    // The second report's entry is the oldest, though listed after the first report's.
    const reports = [report(['2022-01-01', 'uitgevoerd']), report(['2020-01-01', 'niet-gestart'])];
    expect(summary(reports, '2021-01-01')).toEqual([
      '2020-01-01: niet-gestart=1 niet-beoordeeld=1',
      '2022-01-01: uitgevoerd=1 niet-gestart=1',
    ]);
    expect(summary(reports, '2020-01-01')).toEqual(summary(reports));
  });

  it('should be empty when no report has a history entry', () => {
    expect(progressOverTime([report(), { status: 'uitgevoerd', history: [] }], '2019-01-01')).toEqual([]);
    expect(progressOverTime([])).toEqual([]);
  });
});

describe('progressTable', () => {
  it('should have no columns and no rows without steps', () => {
    expect(progressTable([])).toEqual({ columns: [], rows: [] });
  });

  it('should leave out a status no section ever had, and keep one that later has none', () => {
    const steps = progressOverTime([report(['2022-01-01', 'uitgevoerd'], ['2021-01-01', 'niet-gestart'])]);
    const table = progressTable(steps);
    expect(table.columns).toEqual([statusInfo('uitgevoerd'), statusInfo('niet-gestart')]);
    expect(table.rows).toEqual([
      { date: '2021-01-01', counts: [0, 1] },
      { date: '2022-01-01', counts: [1, 0] },
    ]);
  });

  it('should have a column per status used at some date, in status order, and the counts per date', () => {
    const steps = progressOverTime([report(['2022-06-01', 'uitgevoerd'], ['2021-03-01', 'in-uitvoering']), report()]);
    const table = progressTable(steps);
    expect(table.columns.map((column) => column.status)).toEqual(['uitgevoerd', 'in-uitvoering', 'niet-beoordeeld']);
    expect(table.rows).toEqual([
      { date: '2021-03-01', counts: [0, 1, 1] },
      { date: '2022-06-01', counts: [1, 0, 1] },
    ]);
  });
});
