import { describe, expect, it } from 'vitest';
import { check, reportText, where } from './report-text.ts';

const url = 'https://beslissingenvlaamseregering.vlaanderen.be/';

/** References from line 8, one a line (date value at column 19), all cited. */
function withDates(...dates: string[]) {
  const lines = dates.map((date, id) => `  - {id: ${id}, date: ${date}, title: T, url: "${url}"}`);
  return reportText(['references:', ...lines], [dates.map((_, id) => `[${id}]`).join('')]);
}

const term = { id: '2019-2024', start: '2019-10-02', end: '2024-09-30' };

describe("references outside the agreement's term", () => {
  it('should accept decisions of the first and the last day of the term', () => {
    expect(check(withDates('2019-10-02', '2024-09-30'), { term }).diagnostics).toEqual([]);
  });

  it('should warn at the date of a decision of the day before the term, naming the start', () => {
    const { diagnostics, report } = check(withDates('2020-01-01', '2019-10-01'), { term });
    expect(where(diagnostics)).toEqual([['reference-outside-term', 'warning', 9, 19]]);
    expect(diagnostics[0]!.message).toBe(
      'decision of 2019-10-01 is older than this agreement, which starts on 2019-10-02',
    );
    expect(diagnostics[0]!.hint).toBe(
      'check the date; a decision of another term belongs in a report of that agreement (agreement 2019-2024)',
    );
    expect(report).toBeDefined();
  });

  it('should warn at the date of a decision of the day after the term, naming the end', () => {
    const { diagnostics } = check(withDates('2024-10-01'), { term });
    expect(where(diagnostics)).toEqual([['reference-outside-term', 'warning', 8, 19]]);
    expect(diagnostics[0]!.message).toBe(
      'decision of 2024-10-01 is newer than this agreement, which ended on 2024-09-30',
    );
  });

  it('should accept any later decision in a term that has not ended', () => {
    const current = { id: '2024-2029', start: '2024-10-01' };
    expect(check(withDates('2031-01-01'), { term: current }).diagnostics).toEqual([]);
    expect(where(check(withDates('2024-09-30'), { term: current }).diagnostics)).toEqual([
      ['reference-outside-term', 'warning', 8, 19],
    ]);
  });

  it('should not compare dates without a term, or with a term whose start is not known', () => {
    expect(check(withDates('1990-01-01')).diagnostics).toEqual([]);
    expect(check(withDates('1990-01-01'), { term: { id: 'x', end: '2000-01-01' } }).diagnostics).toEqual([]);
  });
});
