import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { formatGithub, formatJson, formatSummary, formatText } from '../diagnostics/format.ts';

export type OutputFormat = 'text' | 'json';

/**
 * Prints findings for people (text), for programs (json, on stdout alone),
 * and, on GitHub Actions, as workflow annotations shown on the pull request.
 */
export function printFindings(diagnostics: readonly Diagnostic[], fileCount: number, format: OutputFormat): void {
  if (format === 'json') {
    process.stdout.write(formatJson(diagnostics) + '\n');
  } else {
    for (const d of diagnostics) process.stdout.write(formatText(d) + '\n');
    process.stdout.write(formatSummary(diagnostics, fileCount) + '\n');
  }
  if (process.env.GITHUB_ACTIONS === 'true') {
    // Annotations go to stderr in json mode so stdout stays one JSON document.
    const out = format === 'json' ? process.stderr : process.stdout;
    for (const d of diagnostics) out.write(formatGithub(d) + '\n');
  }
}
