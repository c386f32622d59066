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
  const paths = [...new Set(files.map((file) => path.resolve(file)))];
  const folders = paths.map((file) => reportsFolder(content, file));
  if (paths.length === 0 || paths.length > previewLimit || folders.includes(undefined)) return undefined;
  const sources: ReportSource[] = [];
  for (const [i, file] of paths.entries()) {
    const read = readTextFile(file, folders[i]!);
    if (read.text === undefined || read.diagnostics.length > 0) return undefined;
    sources.push({ file: displayPath(file), text: read.text });
  }
  const result = await compileSources(sources, model.config, { render: true, cacheDir, threads: 1 });
  const pages = (await result.withReports()).map((report) =>
    report === undefined ? undefined : previewReport(model, report),
  );
  return pages.every((page) => page !== undefined) ? pages : undefined;
}

/**
 * The reports folder a report file is in: content/reports/, or the reports/
 * of an agreement (content/agreements/<id>/reports/); undefined for any other file.
 */
function reportsFolder(content: string, file: string): string | undefined {
  if (!file.endsWith('.md')) return undefined;
  const parts = path.relative(path.resolve(content), file).split(path.sep);
  if (parts[0] === 'reports' && parts.length >= 2) return path.resolve(content, 'reports');
  if (parts[0] === 'agreements' && parts[2] === 'reports' && parts.length >= 4) {
    return path.resolve(content, 'agreements', parts[1]!, 'reports');
  }
  return undefined;
}
