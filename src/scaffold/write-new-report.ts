import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../build/content-files.ts';
import { reportsBeside, targetTerm, type ReportTarget } from '../build/report-target.ts';
import type { Term } from '../model/agreements.ts';
import type { ReportSource } from '../validate/report.ts';
import { newReportFileName, newReportMarkdown, sectionOwner, type NewReportRequest } from './new-report.ts';

/** A new report as written, with the reports of its folder and agreement that were there before it. */
export interface WrittenReport {
  /** Its path, as the user would type it. */
  file: string;
  text: string;
  /** The term of its agreement, when known. */
  term?: Term;
  /** Read once, for the section check and again to validate the new report beside them. */
  others: ReportSource[];
}

/**
 * Writes a new report into the folder `target.out` (made if missing), or
 * says why it did not: a report there or in its agreement covers the
 * section already, or the file exists. It never overwrites: an editor's
 * work may be in that file.
 */
export function writeNewReport(target: ReportTarget, request: NewReportRequest): WrittenReport | { refused: string } {
  const others = reportsBeside(target);
  const owner = sectionOwner(request.section, others);
  if (owner !== undefined) {
    return { refused: `section ${request.section} is already covered by ${owner}; update that report instead.` };
  }
  const file = displayPath(path.join(target.out, newReportFileName(request)));
  if (existsSync(file)) return { refused: `${file} exists already and was left as it is.` };
  const text = newReportMarkdown(request);
  mkdirSync(target.out, { recursive: true });
  writeFileSync(file, text);
  const term = targetTerm(target);
  return term ? { file, text, term, others } : { file, text, others };
}
