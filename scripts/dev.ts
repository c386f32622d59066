/**
 * npm run dev -- [--content content] [--output _site] [--port 8080]
 * Eleventy's dev server with live reload. Every save in the content folder
 * rebuilds; when the content has errors, the findings are printed and the
 * last good site keeps being served until the file is fixed.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { SiteModel } from '../src/model/build-model.ts';
import { UsageError } from './lib/content-files.ts';
import { createEleventy } from './lib/eleventy.ts';
import { defaultCacheDir } from './lib/compile-sources.ts';
import { loadSite } from './lib/load-site.ts';
import { printFindings } from './lib/print-findings.ts';
import { writeSearchIndex } from './lib/search-index.ts';

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

/** The model for this rebuild: the new one, or the last good one while the content has errors. */
async function currentModel(): Promise<SiteModel> {
  // The content was read just before the first build; no need to read it twice.
  if (loadedForFirstBuild && lastGood) {
    loadedForFirstBuild = false;
    return lastGood;
  }
  try {
    const site = await loadSite(values.content, { cacheDir: defaultCacheDir });
    if (site.findings.length) printFindings(site.findings, site.fileCount, 'text');
    if (site.model) {
      lastGood = site.model;
      console.log(`dev: ${site.model.reports.length} reports rebuilt`);
    } else {
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
const output = path.resolve(values.output);
const eleventy = createEleventy(output, currentModel, {
  runMode: 'serve',
  port,
  watch: [path.join(values.content, '**/*')],
  // Search works in dev too; the index takes a moment on large sites.
  afterBuild: () => writeSearchIndex(output),
});
await eleventy.init();
await eleventy.watch();
await eleventy.serve(port);
console.log(`dev: serving ${values.output}/ on http://localhost:${port}/ (Ctrl+C to stop)`);
