import { z } from 'zod';
import { calendarDateSchema, nonEmptyText, requiredOr } from './fields.ts';

/** How far a promise has been kept, from done to not yet judged. */
export const statuses = [
  'uitgevoerd',
  'gedeeltelijk',
  'in-uitvoering',
  'niet-gestart',
  'niet-uitgevoerd',
  'niet-toetsbaar',
  'niet-beoordeeld',
] as const;

export const statusSchema = z.enum(statuses, {
  error: requiredOr(`must be one of: ${statuses.join(', ')}`),
});

export type Status = z.output<typeof statusSchema>;

/** Dot-separated numbers: "1.3", "2.10", "4". */
export const sectionPattern = /^\d+(\.\d+)*$/;

export const agreementSchema = z.strictObject(
  {
    /** The section number, as a quoted string ("2.10", not 2.10). Required. */
    section: z
      .string({ error: requiredOr('must be a quoted string such as "1.3"') })
      .trim()
      .regex(sectionPattern, { error: 'must be numbers separated by dots, such as "1.3" or "2.10"' }),
    /** The text of the agreement for this section; Markdown. Required. */
    text: nonEmptyText(),
  },
  { error: requiredOr('must hold `section` and `text`') },
);

export const historyEntrySchema = z.strictObject(
  {
    /** The day the status was set. Required. */
    date: calendarDateSchema,
    /** The status set on that day. Required. */
    status: statusSchema,
    /** Why the status changed; Markdown. Optional. */
    note: z.string({ error: 'must be text' }).optional(),
  },
  { error: 'must be an entry with `date`, `status` and optionally `note`' },
);

export const referenceSchema = z.strictObject(
  {
    /** The number the body cites as [id]; unique in the report. Required. */
    id: z
      .number({ error: requiredOr('must be a whole number such as 0 or 12') })
      .int({ error: 'must be a whole number such as 0 or 12' })
      .nonnegative({ error: 'must not be negative' }),
    /** The day of the government decision. Required. */
    date: calendarDateSchema,
    /** The title of the decision. Optional, but a warning when missing with `url`. */
    title: z
      .string({ error: 'must be text' })
      .trim()
      .min(1, { error: 'must not be empty; leave it out if unknown' })
      .optional(),
    /** Where the decision can be read; https on an allowed host. Optional. */
    url: z.string({ error: 'must be a web address in quotes' }).trim().optional(),
  },
  { error: 'must be an entry with `id`, `date`, `title` and `url`' },
);

/** The front matter of one report: one section of the coalition agreement. */
export const reportFrontMatterSchema = z.strictObject(
  {
    /** The section's title, without its number. Required. */
    title: nonEmptyText(),
    /** Which part of the agreement the report judges. Required. */
    agreement: agreementSchema,
    /** One or more themes; case, accents and spaces do not matter. Required. */
    themes: z
      .array(nonEmptyText(), { error: requiredOr('must be a list of themes, such as [werk, onderwijs]') })
      .min(1, { error: 'must list at least one theme' }),
    /** The current judgement. Optional, default `niet-beoordeeld`. */
    status: statusSchema.default('niet-beoordeeld'),
    /** The day the report was last revised. Optional. */
    updated: calendarDateSchema.optional(),
    /** Dated status changes, newest first. Optional, default none. */
    history: z.array(historyEntrySchema, { error: 'must be a list of entries with `date` and `status`' }).default([]),
    /** The government decisions the body cites. Optional, default none. */
    references: z.array(referenceSchema, { error: 'must be a list of references' }).default([]),
  },
  { error: 'must be a list of `key: value` lines' },
);

export type ReportFrontMatter = z.output<typeof reportFrontMatterSchema>;
export type Reference = ReportFrontMatter['references'][number];
export type HistoryEntry = ReportFrontMatter['history'][number];
