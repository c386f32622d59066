import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { RuleId } from '../diagnostics/rules.ts';
import { agreementFileSchema, type AgreementFile } from '../schema/agreement.ts';
import { parseYamlFile } from './yaml-file.ts';
import { checkMarkdownText } from '../validate/limits.ts';

/**
 * Rules the shared date schema gives its findings, as in reports. In
 * agreement.yaml a date written wrong is a wrong value like any other
 * (`start: 2019` already is one): one rule for the file's fields.
 */
const fieldRules = new Set<RuleId>(['date-format', 'date-not-in-calendar']);

/** Reads an agreement.yaml: its fields, or findings at their lines. */
export function parseAgreementFile(
  file: string,
  text: string,
): { agreement?: AgreementFile; diagnostics: Diagnostic[] } {
  const parsed = parseYamlFile(agreementFileSchema, file, text, 'agreement-invalid');
  const { value, locate } = parsed;
  const diagnostics = parsed.diagnostics.map((d) =>
    fieldRules.has(d.rule)
      ? diagnostic('agreement-invalid', { file: d.file, line: d.line, column: d.column }, d.message, d.hint)
      : d,
  );
  if (value === undefined || locate === undefined) return { diagnostics };
  const { start, end } = value.period;
  if (end !== undefined && end < start) {
    return {
      diagnostics: [
        diagnostic(
          'agreement-invalid',
          locate.value(['period', 'end']),
          `the term ends on ${end}, before it starts on ${start}`,
          'correct `period.start` or `period.end`',
        ),
      ],
    };
  }
  // Shown on the agreement's overview: held to the limits of every Markdown text.
  if (value.description !== undefined) {
    const markdown = checkMarkdownText(value.description, () => locate.value(['description']), '`description`');
    if (markdown.diagnostics.length > 0) return { diagnostics: markdown.diagnostics };
  }
  return { agreement: value, diagnostics };
}
