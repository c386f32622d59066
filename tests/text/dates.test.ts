import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { calendarDateSchema } from '../../src/schema/fields.ts';
import { dayInBrussels, isCalendarDate } from '../../src/text/calendar-date.ts';
import { dutchDate } from '../../src/text/dutch-date.ts';

// npm test runs this file under TZ=UTC and TZ=America/Los_Angeles; west of
// Greenwich, midnight UTC is still the day before in local time.
describe(`dates (TZ=${process.env.TZ ?? 'unset'})`, () => {
  it('should know which days exist', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2021-02-30')).toBe(false);
    expect(isCalendarDate('2021-13-01')).toBe(false);
  });

  it('should read a Date made by a YAML parser from an unquoted date as that same day', () => {
    const { data } = matter('---\nupdated: 2021-01-08\n---\n', {});
    expect(data.updated).toBeInstanceOf(Date);
    expect(calendarDateSchema.parse(data.updated)).toBe('2021-01-08');
  });

  it('should accept quoted and unquoted date strings alike', () => {
    expect(calendarDateSchema.parse('2021-01-08')).toBe('2021-01-08');
    expect(calendarDateSchema.parse(' 2021-01-08 ')).toBe('2021-01-08');
  });

  it('should format dates in Dutch without shifting the day', () => {
    expect(dutchDate('2021-01-08')).toBe('8 januari 2021');
    expect(dutchDate('2020-12-31')).toBe('31 december 2020');
  });

  it('should give the Brussels day of a decision time, not the UTC day', () => {
    expect(dayInBrussels(new Date('2021-01-08T09:00:00Z'))).toBe('2021-01-08');
    expect(dayInBrussels(new Date('2021-01-07T23:30:00Z'))).toBe('2021-01-08');
  });
});
