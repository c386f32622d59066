import { z } from 'zod';
import { calendarDateSchema, nonEmptyText } from '../schema/fields.ts';

/** What `npm run migrate` is asked to do, from its command line. */
export const migrationRequestSchema = z
  .object({
    /** The folder that holds site.yaml and reports/. */
    content: z.string(),
    /** The agreement's id: its folder under agreements/ and the start of its new addresses. */
    agreement: z.string(),
    start: calendarDateSchema,
    end: calendarDateSchema.optional(),
    government: nonEmptyText().optional(),
  })
  .refine((request) => request.end === undefined || request.end >= request.start, {
    path: ['end'],
    error: 'must not be before --start: a term ends after it starts',
  });

export type MigrationRequest = z.output<typeof migrationRequestSchema>;

/**
 * Why each required option is needed. The term's first day is asked for
 * because agreement.yaml needs `period.start`, and site.yaml's `period` is
 * only text such as "2019-2024".
 */
const required = {
  agreement: 'the id of the agreement, the start of its new addresses, such as --agreement 2019-2024',
  start:
    'the first day of the term, which agreement.yaml needs and site.yaml does not have (its period is only the years), such as --start 2019-10-02',
};

/** The request, or what is wrong with the command line, as one line naming the option. */
export function readMigrationRequest(
  values: Record<string, string | boolean | undefined>,
): { request: MigrationRequest } | { problem: string } {
  for (const [option, why] of Object.entries(required)) {
    if (values[option] === undefined) return { problem: `--${option} is required: ${why}` };
  }
  const result = migrationRequestSchema.safeParse(values);
  if (result.success) return { request: result.data };
  const issue = result.error.issues[0]!;
  return { problem: `--${String(issue.path[0])} ${issue.message}` };
}
