/**
 * npm run dev -- [--content content] [--output _site] [--port 8080] [--base-url URL]
 * Eleventy's dev server with live reload. Every save in the content folder
 * rebuilds; when the content has errors, the findings are printed and the
 * last good site keeps being served until the file is fixed.
 *
 * When reports were edited (not added, moved or given a new theme), their
 * pages are written first, against the previous model, and the browser
 * reloads at once; the whole site follows in a second rebuild that reads only
 * the files that changed and writes only the pages whose data changed. The
 * search index follows that in the background when a report page changed.
 *
 * The pages name the server's own address (http://localhost:8080/) unless
 * --base-url gives another, and are then served under its path (/monitor/).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CompiledSource } from '../src/compile/collect.ts';
import type { SiteModel } from '../src/model/build-model.ts';
import { previewReport } from '../src/model/preview-report.ts';
import type { ReportPage } from '../src/model/report-page.ts';
import { outputFile, planRender, type PageFingerprints, type RenderSelection } from '../src/model/render-plan.ts';
import type { ReportSource } from '../src/validate/report.ts';
import { pageSalt } from '../src/build/code-version.ts';
import { ChangedWhileReadingError, displayPath, readTextFile, UsageError } from '../src/build/content-files.ts';
import { createEleventy } from '../src/build/eleventy.ts';
import { cacheDir, compileSources } from '../src/build/compile-sources.ts';
import { loadSite } from '../src/build/load-site.ts';
import { printFindings } from '../src/cli/print-findings.ts';
import { parseBaseUrl } from '../src/load/config.ts';
import { basePath } from '../src/model/urls.ts';
import { stopSearchIndex, writeSearchIndex } from '../src/build/search-index.ts';

const usage = 'Usage: npm run dev -- [--content content] [--output _site] [--port 8080] [--base-url URL]';

function options() {
  try {
    return parseArgs({
      options: {
        content: { type: 'string', default: 'content' },
        output: { type: 'string', default: '_site' },
        port: { type: 'string', default: '8080' },
        'base-url': { type: 'string' },
      },
    }).values;
  } catch (error) {
    console.error(`dev: ${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
}
const values = options();
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`dev: --port must be a port number, not "${values.port}"\n${usage}`);
  process.exit(2);
}
// The dev server alone names its own address: a site it serves is reached there.
const address = parseBaseUrl(values['base-url'] ?? `http://localhost:${port}/`);
if ('error' in address) {
  console.error(`dev: ${address.error}`);
  process.exit(2);
}
const { baseUrl } = address;

let lastGood: SiteModel | undefined;
let loadedForFirstBuild = false;
const output = path.resolve(values.output);
/** What the pages written so far showed, and which pages the next rebuild writes. */
let written: PageFingerprints | undefined;
let selection: RenderSelection | undefined;
let reportsChanged = false;
/** While the content has errors: the pages of the last good site are written already. */
const nothing: RenderSelection = { reports: [], listings: [], decisionPages: [], dataFiles: [], wholeModel: false };
/** Every report compiled for the last rebuild, so that the next compiles only what changed. */
const compiled = new Map<string, CompiledSource>();
/** The files changed since the last rebuild, as the watcher tells them. */
let changedFiles: string[] = [];
/** A quick preview was written; the whole site follows in the next rebuild. */
let followUp: string | undefined;

/** The model for this rebuild: the new one, or the last good one while the content has errors. */
async function currentModel(): Promise<SiteModel> {
  // The content was read just before the first build; no need to read it twice.
  if (loadedForFirstBuild && lastGood) {
    loadedForFirstBuild = false;
    return lastGood;
  }
  const changed = changedFiles;
  changedFiles = [];
  if (lastGood && followUp === undefined) {
    const pages = await preview(lastGood, changed);
    if (pages) {
      // Written again by the full rebuild that follows, which knows their neighbours.
      for (const page of pages) delete written?.[outputFile(page.url)];
      selection = { reports: pages, listings: [], decisionPages: [], dataFiles: [], wholeModel: false };
      reportsChanged = false;
      followUp = changed[0];
      console.log(
        `dev: ${pages.length === 1 ? 'the edited report page' : `${pages.length} edited report pages`} first; the rest of the site follows`,
      );
      return lastGood;
    }
  }
  followUp = undefined;
  try {
    const site = await loadSite(values.content, { cacheDir, memory: compiled, baseUrl });
    if (site.findings.length) printFindings(site.findings, site.fileCount, 'text');
    if (site.model) {
      lastGood = site.model;
      const plan = planRender(site.model, pageSalt(site.model.config).pages, written, site.fingerprint);
      for (const file of Object.keys(written ?? {})) {
        if (!(file in plan.fingerprints)) rmSync(path.join(output, file), { force: true });
      }
      written = plan.fingerprints;
      selection = plan.selection;
      reportsChanged = plan.reportsChanged;
      const count = Object.keys(plan.fingerprints).length - plan.unchanged.length;
      const reports = site.model.reports.length;
      console.log(
        `dev: ${reports} ${reports === 1 ? 'report' : 'reports'}; ${count} ${count === 1 ? 'page' : 'pages'} to write`,
      );
    } else {
      selection = nothing;
      reportsChanged = false;
      console.error('dev: the content has errors; still serving the last good site. Fix the file and save.');
    }
  } catch (error) {
    if (error instanceof ChangedWhileReadingError) {
      // Saved again while it was read: that save brings the next rebuild.
      console.error(`dev: ${error.file} changed while it was being read; it is read again on the next rebuild.`);
    } else if (error instanceof UsageError) {
      console.error(`dev: ${error.message}`);
    } else {
      throw error;
    }
  }
  if (!lastGood) {
    console.error('dev: there is no good site to serve yet; fix the errors above and run npm run dev again.');
    process.exit(1);
  }
  return lastGood;
}

/** More changed files than this (a checkout, a search and replace) go straight to the full rebuild. */
const previewLimit = 10;

/**
 * The pages of edited reports, made against the last good model, when that
 * is all the change is: a few changed files, each an existing report, still
 * without errors, in the same section, with themes the site has.
 */
async function preview(model: SiteModel, files: string[]): Promise<ReportPage[] | undefined> {
  const reports = path.resolve(values.content, 'reports');
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
  const pages = result.withReports().map((report) => (report === undefined ? undefined : previewReport(model, report)));
  return pages.every((page) => page !== undefined) ? pages : undefined;
}

await currentModel();
loadedForFirstBuild = true;
let searching: Promise<unknown> = Promise.resolve();
const eleventy = createEleventy(output, currentModel, {
  runMode: 'serve',
  port,
  watch: [path.join(values.content, '**/*')],
  render: () => selection,
  // Served under the address's path, as the site will be published.
  pathPrefix: basePath(baseUrl),
  beforeRebuild: (files) => {
    changedFiles.push(...files);
  },
  // Search works in dev too. The index takes seconds on large sites, so the
  // page reloads first and the index follows, one run after the other.
  afterBuild: async () => {
    // After a quick preview, the rest of the site: as if the file had been saved again.
    if (followUp !== undefined) eleventy.watcher?.emit('change', followUp);
    if (!reportsChanged) return;
    searching = searching.then(async () => {
      const result = await writeSearchIndex(output);
      if (result.errors.length) console.error(`dev: the search index failed: ${result.errors.join('; ')}`);
      else console.log(`dev: search index updated (${result.pages} pages)`);
    });
  },
});
// The search index may be under way in the background: stop its indexer too.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void stopSearchIndex().finally(() => process.exit(0));
  });
}
await eleventy.init();
await eleventy.watch();
await eleventy.serve(port);
console.log(`dev: serving ${values.output}/ on http://localhost:${port}${basePath(baseUrl)} (Ctrl+C to stop)`);
