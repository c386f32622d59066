import { termOf, type Term } from '../model/agreements.ts';
import type { ReportSource } from '../validate/report.ts';
import { markdownFilesIn, readSources } from './content-files.ts';
import type { AgreementFolder } from './content-layout.ts';

/** Where `npm run new` or `npm run import` writes a report, and the agreement it belongs to. */
export interface ReportTarget {
  /** The folder to write into. */
  out: string;
  /** Known when --agreement names it or the site holds one; none for --out alone. */
  agreement?: AgreementFolder;
}

export function targetTerm(target: ReportTarget): Term | undefined {
  return target.agreement && termOf(target.agreement.agreement);
}

/**
 * The reports a new one is checked beside (a section covered twice): those
 * in the folder it goes to and those of its agreement, each with the
 * agreement's term; but for the files in `except`.
 */
export function reportsBeside(target: ReportTarget, except: ReadonlySet<string> = new Set()): ReportSource[] {
  const term = targetTerm(target);
  const files = new Set([
    ...markdownFilesIn(target.out),
    ...(target.agreement ? markdownFilesIn(target.agreement.reports) : []),
  ]);
  const sources = readSources([...files].filter((file) => !except.has(file)).sort());
  return term ? sources.map((source) => ({ ...source, term })) : sources;
}
