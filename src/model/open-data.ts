import type { CompiledReport } from '../markdown/render-report.ts';
import { absolute, reportSlug, urls } from './urls.ts';

/** Bumped when a field of /data/reports.json changes meaning or goes away. */
export const openDataSchemaVersion = 1;

/** /data/reports.json: every report's front-matter data and page URL. */
export function reportsJson(reports: readonly CompiledReport[], baseUrl: string): string {
  return JSON.stringify(
    {
      schemaVersion: openDataSchemaVersion,
      reports: reports.map((report) => {
        const slug = reportSlug(report.file);
        return { slug, url: absolute(baseUrl, urls.report(slug)), ...report.data };
      }),
    },
    null,
    2,
  );
}

const csvColumns = ['report_section', 'report_title', 'report_url', 'reference_id', 'date', 'title', 'url'];

/** /data/references.csv: one row per reference, RFC 4180. */
export function referencesCsv(reports: readonly CompiledReport[], baseUrl: string): string {
  const rows = reports.flatMap((report) =>
    report.data.references.map((reference) => [
      report.data.agreement.section,
      report.data.title,
      absolute(baseUrl, urls.reference(reportSlug(report.file), reference.id)),
      String(reference.id),
      reference.date,
      reference.title ?? '',
      reference.url ?? '',
    ]),
  );
  return [csvColumns, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
