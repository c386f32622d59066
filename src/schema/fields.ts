import { z } from 'zod';
import { isCalendarDate, utcDay } from '../text/calendar-date.ts';

/** Message for a value that is missing, else `otherwise`. */
export function requiredOr(otherwise: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? 'is missing' : otherwise);
}

/**
 * A calendar day, written `2021-01-08` (quoted or not). Comes out as the
 * same `YYYY-MM-DD` string in every time zone, also when a YAML parser has
 * already turned it into a Date.
 */
export const calendarDateSchema = z
  .union([z.string(), z.date()], { error: requiredOr('must be a date written as YYYY-MM-DD') })
  .transform((value, ctx) => {
    const iso = typeof value === 'string' ? value.trim() : utcDay(value);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
      ctx.addIssue({
        code: 'custom',
        message: `must be a date written as YYYY-MM-DD, not "${iso}"`,
        params: { rule: 'date-format' },
      });
      return z.NEVER;
    }
    if (!isCalendarDate(iso)) {
      ctx.addIssue({
        code: 'custom',
        message: `must be a real day, but ${iso} is not in the calendar`,
        params: { rule: 'date-not-in-calendar' },
      });
      return z.NEVER;
    }
    return iso;
  });

/** Text that is present and not just spaces. */
export function nonEmptyText() {
  return z
    .string({ error: requiredOr('must be text') })
    .trim()
    .min(1, { error: 'must not be empty' });
}

/** Dot-separated numbers: "1.3", "2.10", "4". */
export const sectionPattern = /^\d+(\.\d+)*$/;

/** Chapter titles by chapter number ("1": "Werk"), in site.yaml and in an agreement.yaml. */
export function chapterTitlesSchema() {
  return z
    .record(
      z.string().regex(sectionPattern, { error: 'must be a chapter number in quotes, such as "1"' }),
      nonEmptyText(),
    )
    .default({});
}

/**
 * An agreement's id: the name of its folder under `content/agreements/`,
 * part of every address of its pages. Letters, digits and dashes.
 */
export const agreementIdPattern = /^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/;

/** A section number, quoted: "2.10" unquoted would be the number 2.1. */
export function sectionNumber() {
  return z
    .string({ error: requiredOr('must be a quoted string such as "1.3"') })
    .trim()
    .regex(sectionPattern, { error: 'must be numbers separated by dots, such as "1.3" or "2.10"' });
}

/** An agreement's id, as written in a report or in site.yaml. */
export function agreementId() {
  return z
    .string({ error: requiredOr('must be an agreement id in quotes, such as "2019-2024"') })
    .trim()
    .regex(agreementIdPattern, { error: 'must be an agreement id: letters, digits and dashes, such as "2019-2024"' });
}
