import { describe, expect, it } from 'vitest';
import { check, reportText, where } from './report-text.ts';

/** History entries, two lines each, in the order given. */
const entries = (...list: [date: string, status: string][]) =>
  list.flatMap(([date, status]) => [`  - date: ${date}`, `    status: ${status}`]);

/** `status` on line 7 (when given), `history:` after it. */
function withHistory(status: string | undefined, ...list: [string, string][]) {
  return reportText([...(status ? [`status: ${status}`] : []), 'history:', ...entries(...list)]);
}

describe('history order', () => {
  it('should report an entry newer than the one above it, at its date', () => {
    const text = withHistory(
      'uitgevoerd',
      ['2024-03-01', 'uitgevoerd'],
      ['2023-01-01', 'in-uitvoering'],
      ['2023-06-30', 'gedeeltelijk'],
      ['2022-01-01', 'niet-gestart'],
    );
    const { diagnostics, report } = check(text);
    expect(where(diagnostics)).toEqual([['history-order', 'error', 13, 11]]);
    expect(diagnostics[0]!.message).toBe('`history` must be newest first, but 2023-06-30 comes after 2023-01-01');
    expect(diagnostics[0]!.hint).toBe('put the most recent status change at the top of the list');
    expect(report).toBeDefined();
  });

  it('should accept two entries of one day', () => {
    const text = withHistory('gedeeltelijk', ['2024-03-01', 'gedeeltelijk'], ['2024-03-01', 'in-uitvoering']);
    expect(check(text).diagnostics).toEqual([]);
  });
});

describe('status and history', () => {
  it('should report a `status` that differs from the newest entry, at the status', () => {
    const text = withHistory('uitgevoerd', ['2024-03-01', 'gedeeltelijk'], ['2023-06-30', 'uitgevoerd']);
    const { diagnostics, report } = check(text);
    expect(where(diagnostics)).toEqual([['history-status-mismatch', 'error', 7, 9]]);
    expect(diagnostics[0]!.message).toBe(
      '`status` is uitgevoerd, but the newest `history` entry (2024-03-01) says gedeeltelijk',
    );
    expect(diagnostics[0]!.hint).toBe('write status: gedeeltelijk, or add a newer history entry');
    expect(report).toBeDefined();
  });

  it('should report a missing `status` with a history, at `history`', () => {
    const { diagnostics } = check(withHistory(undefined, ['2024-03-01', 'gedeeltelijk']));
    expect(where(diagnostics)).toEqual([['history-status-mismatch', 'error', 7, 1]]);
    expect(diagnostics[0]!.message).toBe(
      '`status` is missing, but the newest `history` entry (2024-03-01) says gedeeltelijk',
    );
    expect(diagnostics[0]!.hint).toBe('write status: gedeeltelijk, or add a newer history entry');
  });

  it('should accept a missing `status` when the newest entry says niet-beoordeeld, the default', () => {
    const { diagnostics, report } = check(withHistory(undefined, ['2024-03-01', 'niet-beoordeeld']));
    expect(diagnostics).toEqual([]);
    expect(report?.data.status).toBe('niet-beoordeeld');
  });

  it('should take the newest entry by date, so that an ordering slip is reported once, as such', () => {
    const slip = withHistory('uitgevoerd', ['2023-06-30', 'in-uitvoering'], ['2024-03-01', 'uitgevoerd']);
    expect(where(check(slip).diagnostics)).toEqual([['history-order', 'error', 11, 11]]);
    const both = withHistory('in-uitvoering', ['2023-06-30', 'in-uitvoering'], ['2024-03-01', 'uitgevoerd']);
    const { diagnostics } = check(both);
    expect(where(diagnostics)).toEqual([
      ['history-order', 'error', 11, 11],
      ['history-status-mismatch', 'error', 7, 9],
    ]);
    expect(diagnostics[1]!.message).toBe(
      '`status` is in-uitvoering, but the newest `history` entry (2024-03-01) says uitgevoerd',
    );
  });

  it('should take the first of two entries of the newest day as the newest', () => {
    const text = withHistory('in-uitvoering', ['2024-03-01', 'gedeeltelijk'], ['2024-03-01', 'in-uitvoering']);
    expect(check(text).diagnostics.map((d) => d.message)).toEqual([
      '`status` is in-uitvoering, but the newest `history` entry (2024-03-01) says gedeeltelijk',
    ]);
  });

  it('should accept any `status` with an empty history', () => {
    expect(check(reportText(['status: uitgevoerd', 'history: []'])).diagnostics).toEqual([]);
  });

  it('should not compare a `status` that is unknown', () => {
    const { diagnostics } = check(withHistory('klaar', ['2024-03-01', 'uitgevoerd']));
    expect(where(diagnostics)).toEqual([['status-unknown', 'error', 7, 9]]);
    expect(diagnostics[0]!.message).toBe(
      '`status` must be one of: uitgevoerd, gedeeltelijk, in-uitvoering, niet-gestart, niet-uitgevoerd, niet-toetsbaar, niet-beoordeeld',
    );
  });
});
