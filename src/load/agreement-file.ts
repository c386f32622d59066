import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { agreementFileSchema, type AgreementFile } from '../schema/agreement.ts';
import { parseYamlFile } from './yaml-file.ts';

/** Reads an agreement.yaml: its fields, or findings at their lines. */
export function parseAgreementFile(
  file: string,
  text: string,
): { agreement?: AgreementFile; diagnostics: Diagnostic[] } {
  const { value, locate, diagnostics } = parseYamlFile(agreementFileSchema, file, text, 'agreement-invalid');
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
  return { agreement: value, diagnostics };
}
