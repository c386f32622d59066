import { z } from 'zod';
import { calendarDateSchema, chapterTitlesSchema, nonEmptyText, requiredOr } from './fields.ts';

/** The file that describes one agreement, relative to its folder. */
export const agreementFileName = 'agreement.yaml';

/**
 * One agreement of a site that holds several, from
 * `content/agreements/<id>/agreement.yaml`.
 */
export const agreementFileSchema = z.strictObject(
  {
    /** Its name, as readers see it: "Vlaams Regeerakkoord 2019-2024". Required. */
    name: nonEmptyText().describe('The name readers see, such as "Vlaams Regeerakkoord 2019-2024". Required.'),
    /** The government that made it: "Regering-Jambon". Optional. */
    government: nonEmptyText().optional().describe('The government that made it, such as "Regering-Jambon". Optional.'),
    period: z
      .strictObject(
        {
          start: calendarDateSchema.describe('The first day of the term, written YYYY-MM-DD. Required.'),
          end: calendarDateSchema
            .optional()
            .describe('The last day of the term, written YYYY-MM-DD. Leave it out for the current term.'),
        },
        { error: requiredOr('must hold `start` (and `end` once the term is over)') },
      )
      .describe('The term: `start` and, once it is over, `end`. Required.'),
    chapters: chapterTitlesSchema().describe(
      'Chapter titles by chapter number ("1": Werk). Optional; unnamed chapters show as "Hoofdstuk 1".',
    ),
    description: z
      .string({ error: 'must be text' })
      .optional()
      .describe('A few sentences on the agreement, shown on its overview page; Markdown. Optional.'),
  },
  { error: 'must be a list of `key: value` lines' },
);

export type AgreementFile = z.output<typeof agreementFileSchema>;
