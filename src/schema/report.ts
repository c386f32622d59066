import { z } from 'zod';
import { agreementId, calendarDateSchema, nonEmptyText, requiredOr, sectionNumber, sectionPattern } from './fields.ts';

export { sectionPattern };

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

export const agreementSchema = z.strictObject(
  {
    section: sectionNumber().describe('The section number, as a quoted string ("2.10", not 2.10). Required.'),
    text: nonEmptyText().describe('The text of the agreement for this section; Markdown. Required.'),
  },
  { error: requiredOr('must hold `section` and `text`') },
);

/** The earlier promise a report carries on: a section of an earlier agreement on the same site. */
export const continuesSchema = z.strictObject(
  {
    agreement: agreementId().describe(
      'The id of the earlier agreement: its folder name under content/agreements/. Required.',
    ),
    section: sectionNumber().describe('The section of that agreement, as a quoted string ("1.3"). Required.'),
  },
  { error: requiredOr('must hold `agreement` and `section`') },
);

export const historyEntrySchema = z.strictObject(
  {
    date: calendarDateSchema.describe('The day the status was set, written YYYY-MM-DD. Required.'),
    status: statusSchema.describe('The status set on that day. Required.'),
    note: z.string({ error: 'must be text' }).optional().describe('Why the status changed; Markdown. Optional.'),
  },
  { error: 'must be an entry with `date`, `status` and optionally `note`' },
);

export const referenceSchema = z.strictObject(
  {
    id: z
      .number({ error: requiredOr('must be a whole number such as 0 or 12') })
      .int({ error: 'must be a whole number such as 0 or 12' })
      .nonnegative({ error: 'must not be negative' })
      .describe('The number the body cites as [id]; unique in the report. Required.'),
    date: calendarDateSchema.describe('The day of the government decision, written YYYY-MM-DD. Required.'),
    title: z
      .string({ error: 'must be text' })
      .trim()
      .min(1, { error: 'must not be empty; leave it out if unknown' })
      .optional()
      .describe('The title of the decision. Optional, but a warning when missing with `url`.'),
    url: z
      .string({ error: 'must be a web address in quotes' })
      .trim()
      .optional()
      .describe('Where the decision can be read; https on an allowed host. Optional.'),
  },
  { error: 'must be an entry with `id`, `date`, `title` and `url`' },
);

/** The front matter of one report: one section of the coalition agreement. */
export const reportFrontMatterSchema = z.strictObject(
  {
    title: nonEmptyText().describe("The section's title, without its number. Required."),
    agreement: agreementSchema.describe(
      'Which part of the agreement the report judges: `section` and `text`. Required.',
    ),
    continues: continuesSchema
      .optional()
      .describe(
        'The section of an earlier agreement that this report carries on: `agreement` and `section`. Optional.',
      ),
    themes: z
      .array(nonEmptyText(), { error: requiredOr('must be a list of themes, such as [werk, onderwijs]') })
      .min(1, { error: 'must list at least one theme' })
      .describe('One or more themes; case, accents and spaces do not matter. Required.'),
    status: statusSchema
      .default('niet-beoordeeld')
      .describe('The current judgement. Optional, default `niet-beoordeeld`.'),
    updated: calendarDateSchema
      .optional()
      .describe('The day the report was last revised, written YYYY-MM-DD. Optional.'),
    history: z
      .array(historyEntrySchema, { error: 'must be a list of entries with `date` and `status`' })
      .default([])
      .describe('Dated status changes, newest first. Optional, default none.'),
    references: z
      .array(referenceSchema, { error: 'must be a list of references' })
      .default([])
      .describe('The government decisions the body cites. Optional, default none.'),
  },
  { error: 'must be a list of `key: value` lines' },
);

export type ReportFrontMatter = z.output<typeof reportFrontMatterSchema>;
export type Reference = ReportFrontMatter['references'][number];
export type HistoryEntry = ReportFrontMatter['history'][number];
