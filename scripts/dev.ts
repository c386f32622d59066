/**
 * npm run dev -- [--content content] [--output _site] [--port 8080]
 * Eleventy's dev server with live reload. Every save in the content folder
 * rebuilds; when the content has errors, the findings are printed and the
 * last good site keeps being served until the file is fixed. A rebuild reads
 * only the files that changed and writes only the pages whose data changed;
 * the search index follows in the background when a report page changed.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { SiteModel } from '../src/model/build-model.ts';
import { planRender, type PageFingerprints, type RenderSelection } from '../src/model/render-plan.ts';
import { pageSalt } from './lib/code-version.ts';
import { UsageError } from './lib/content-files.ts';
import { createEleventy } from './lib/eleventy.ts';
import { cacheDir } from './lib/compile-sources.ts';
import { loadSite } from './lib/load-site.ts';
import { printFindings } from './lib/print-findings.ts';
import { stopSearchIndex, writeSearchIndex } from './lib/search-index.ts';

const usage = 'Usage: npm run dev -- [--content content] [--output _site] [--port 8080]';

function options() {
  try {
    return parseArgs({
      options: {
        content: { type: 'string', default: 'content' },
        output: { type: 'string', default: '_site' },
        port: { type: 'string', default: '8080' },
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

let lastGood: SiteModel | undefined;
let loadedForFirstBuild = false;
const output = path.resolve(values.output);
/** What the pages written so far showed, and which pages the next rebuild writes. */
let written: PageFingerprints | undefined;
let selection: RenderSelection | undefined;
let reportsChanged = false;
const nothing: RenderSelection = { reports: [], listings: [], decisionPages: [], dataFiles: [] };

/** The model for this rebuild: the new one, or the last good one while the content has errors. */
async function currentModel(): Promise<SiteModel> {
  // The content was read just before the first build; no need to read it twice.
  if (loadedForFirstBuild && lastGood) {
    loadedForFirstBuild = false;
    return lastGood;
  }
  try {
    const site = await loadSite(values.content, { cacheDir });
    if (site.findings.length) printFindings(site.findings, site.fileCount, 'text');
    if (site.model) {
      lastGood = site.model;
      const plan = planRender(site.model, pageSalt(site.model.config), written, site.fingerprint);
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
    if (!(error instanceof UsageError)) throw error;
    console.error(`dev: ${error.message}`);
  }
  if (!lastGood) {
    console.error('dev: there is no good site to serve yet; fix the errors above and run npm run dev again.');
    process.exit(1);
  }
  return lastGood;
}

await currentModel();
loadedForFirstBuild = true;
let searching: Promise<unknown> = Promise.resolve();
const eleventy = createEleventy(output, currentModel, {
  runMode: 'serve',
  port,
  watch: [path.join(values.content, '**/*')],
  render: () => selection,
  // Search works in dev too. The index takes seconds on large sites, so the
  // page reloads first and the index follows, one run after the other.
  afterBuild: async () => {
    if (!reportsChanged) return;
    searching = searching.then(async () => {
      const result = await writeSearchIndex(output);
      if (result.errors.length) console.error(`dev: the search index failed: ${result.errors.join('; ')}`);
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
console.log(`dev: serving ${values.output}/ on http://localhost:${port}/ (Ctrl+C to stop)`);
