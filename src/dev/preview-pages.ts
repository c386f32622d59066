import path from 'node:path';
import { cacheDir, compileSources } from '../build/compile-sources.ts';
import { displayPath, readTextFile } from '../build/content-files.ts';
import type { SiteModel } from '../model/build-model.ts';
import { previewReport } from '../model/preview-report.ts';
import type { ReportPage } from '../model/report-page.ts';
import type { ReportSource } from '../validate/report.ts';

/** More changed files than this (a checkout, a search and replace) go straight to the full rebuild. */
const previewLimit = 10;

/**
 * The pages of edited reports, made against the last good model, when that
 * is all the change is: a few changed files, each an existing report of the
 * content folder, still without errors, in the same section, with themes the
 * site has. Otherwise undefined: the change needs the whole site rebuilt.
 */
export async function previewPages(
  model: SiteModel,
  content: string,
  files: readonly string[],
): Promise<ReportPage[] | undefined> {
  const reports = path.resolve(content, 'reports');
  const paths = [...new Set(files.map((file) => path.resolve(file)))];
  const inReports = (file: string) => file.startsWith(reports + path.sep) && file.endsWith('.md');
  if (paths.length === 0 || paths.length > previewLimit || !paths.every(inReports)) return undefined;
  const sources: ReportSource[] = [];
  for (const file of paths) {
    const read = readTextFile(file, reports);
    if (read.text === undefined || read.diagnostics.length > 0) return undefined;
    sources.push({ file: displayPath(file), text: read.text });
  }
  const result = await compileSources(sources, model.config, { render: true, cacheDir, threads: 1 });
  const pages = (await result.withReports()).map((report) =>
    report === undefined ? undefined : previewReport(model, report),
  );
  return pages.every((page) => page !== undefined) ? pages : undefined;
}
