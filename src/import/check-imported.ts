import { markdownFilesIn, readSources } from '../build/content-files.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { SiteConfig } from '../schema/config.ts';
import { checkContent } from '../validate/content.ts';
import type { ReportSource } from '../validate/report.ts';

/**
 * The findings in the reports just imported into `out`, checked beside the
 * reports already there, so a section covered twice shows. A report that
 * was replaced is checked as imported, not as it was.
 */
export function checkImported(out: string, written: readonly ReportSource[], config: SiteConfig): Diagnostic[] {
  const files = new Set(written.map((source) => source.file));
  const others = markdownFilesIn(out).filter((file) => !files.has(file));
  const { diagnostics } = checkContent([...readSources(others), ...written], config);
  return diagnostics.filter((d) => files.has(d.file));
}
