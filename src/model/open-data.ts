import type { CompiledReport } from '../markdown/render-report.ts';
import { publicUrl, urls } from './urls.ts';

/** What the open data is made of: a report's front matter, its page and its agreement. */
export type OpenDataReport = Pick<CompiledReport, 'data'> & {
  slug: string;
  /** The report's page, on the site. */
  url: string;
  agreement: { id: string; name: string };
};

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
    const { slug, url, data, agreement } = report;
    // The agreement's id and name beside the section and text the report gives.
    const entry = JSON.stringify(
      { slug, url: publicUrl(baseUrl, url), ...data, agreement: { ...agreement, ...data.agreement } },
      null,
      2,
    );
    // Nested two levels deep in the file. Newlines inside strings are escaped, so every one left is layout.
    yield `${i === 0 ? '' : ','}\n    ${entry.replace(/\n/g, '\n    ')}`;
  }
  yield reports.length === 0 ? ']\n}' : '\n  ]\n}';
}

const csvColumns = [
  'agreement',
  'report_section',
  'report_title',
  'report_url',
  'reference_id',
  'date',
  'title',
  'url',
];

/** /data/references.csv: one row per reference, RFC 4180. */
export function* referencesCsv(reports: readonly OpenDataReport[], baseUrl: string | undefined): Generator<string> {
  yield csvRow(csvColumns);
  for (const report of reports) {
    yield report.data.references
      .map((reference) =>
        csvRow([
          report.agreement.id,
          report.data.agreement.section,
          report.data.title,
          publicUrl(baseUrl, urls.reference(report.url, reference.id)),
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
