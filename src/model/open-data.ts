import type { CompiledReport } from '../markdown/render-report.ts';
import { publicUrl, reportSlug, urls } from './urls.ts';

/** What the open data is made of: a report's file and front matter. */
export type OpenDataReport = Pick<CompiledReport, 'file' | 'data'>;

/** Bumped when a field of /data/reports.json changes meaning or goes away. */
export const openDataSchemaVersion = 1;

// Each file is made in pieces, a report at a time, and written piece by
// piece: whole, each is as large as all the content (about 77 MB at 4,000
// reports), and holding it at once would double the build's memory.

/**
 * /data/reports.json: every report's front-matter data and page URL (its
 * site path when the site has no address). Joined, the pieces are exactly
 * `JSON.stringify(file, null, 2)`.
 */
export function* reportsJson(reports: readonly OpenDataReport[], baseUrl: string | undefined): Generator<string> {
  yield `{\n  "schemaVersion": ${openDataSchemaVersion},\n  "reports": [`;
  for (const [i, report] of reports.entries()) {
    const slug = reportSlug(report.file);
    const entry = JSON.stringify({ slug, url: publicUrl(baseUrl, urls.report(slug)), ...report.data }, null, 2);
    // Nested two levels deep in the file. Newlines inside strings are escaped, so every one left is layout.
    yield `${i === 0 ? '' : ','}\n    ${entry.replace(/\n/g, '\n    ')}`;
  }
  yield reports.length === 0 ? ']\n}' : '\n  ]\n}';
}

const csvColumns = ['report_section', 'report_title', 'report_url', 'reference_id', 'date', 'title', 'url'];

/** /data/references.csv: one row per reference, RFC 4180. */
export function* referencesCsv(reports: readonly OpenDataReport[], baseUrl: string | undefined): Generator<string> {
  yield csvRow(csvColumns);
  for (const report of reports) {
    yield report.data.references
      .map((reference) =>
        csvRow([
          report.data.agreement.section,
          report.data.title,
          publicUrl(baseUrl, urls.reference(reportSlug(report.file), reference.id)),
          String(reference.id),
          reference.date,
          reference.title ?? '',
          reference.url ?? '',
        ]),
      )
      .join('');
  }
}

function csvRow(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
