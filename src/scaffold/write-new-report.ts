import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { displayPath, markdownFilesIn, readSources } from '../build/content-files.ts';
import type { ReportSource } from '../validate/report.ts';
import { newReportFileName, newReportMarkdown, sectionOwner, type NewReportRequest } from './new-report.ts';

/** A new report as written, with the reports that were in its folder before it. */
export interface WrittenReport {
  /** Its path, as the user would type it. */
  file: string;
  text: string;
  /** Read once, for the section check and again to validate the new report beside them. */
  others: ReportSource[];
}

/**
 * Writes a new report into the reports folder `out` (made if missing), or
 * says why it did not: a report there covers the section already, or the
 * file exists. It never overwrites: an editor's work may be in that file.
 */
export function writeNewReport(out: string, request: NewReportRequest): WrittenReport | { refused: string } {
  const others = readSources(markdownFilesIn(out));
  const owner = sectionOwner(request.section, others);
  if (owner !== undefined) {
    return { refused: `section ${request.section} is already covered by ${owner}; update that report instead.` };
  }
  const file = displayPath(path.join(out, newReportFileName(request)));
  if (existsSync(file)) return { refused: `${file} exists already and was left as it is.` };
  const text = newReportMarkdown(request);
  mkdirSync(out, { recursive: true });
  writeFileSync(file, text);
  return { file, text, others };
}
