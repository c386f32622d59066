/**
 * npm run build -- [--content content] [--output _site] [--no-search] [--no-cache]
 * Validates the content, then renders the site with Eleventy. On any error the
 * previous output folder is left exactly as it was.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from './lib/content-files.ts';
import { defaultCacheDir } from './lib/compile-sources.ts';
import { createEleventy } from './lib/eleventy.ts';
import { loadSite } from './lib/load-site.ts';
import { recoverKilledBuilds, replaceFolder, stagingFolder } from './lib/output-folder.ts';
import { printFindings } from './lib/print-findings.ts';
import { writeSearchIndex } from './lib/search-index.ts';

const usage = 'Usage: npm run build -- [--content content] [--output _site] [--no-search] [--no-cache]';

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        content: { type: 'string', default: 'content' },
        output: { type: 'string', default: '_site' },
        // For benchmarks that time the search index on its own.
        'no-search': { type: 'boolean', default: false },
        // Compile every report afresh, on one thread: the reference the cache and threads are tested against.
        'no-cache': { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    console.error(`build: ${(error as Error).message}\n${usage}`);
    return 2;
  }

  // First, so that even a build that stops on findings leaves the folder as the last good build did.
  const output = path.resolve(values.output);
  recoverKilledBuilds(output);

  let site;
  try {
    site = await loadSite(
      values.content,
      values['no-cache'] ? { threads: 1 } : { cacheDir: process.env.MONITOR_CACHE_DIR ?? defaultCacheDir },
    );
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`build: ${error.message}\n${usage}`);
    return 2;
  }
  if (site.findings.length) printFindings(site.findings, site.fileCount, 'text');
  if (!site.model) {
    console.error(`build: stopped; ${values.output}/ was left as it was.`);
    return 1;
  }
  const { model } = site;
  const staging = stagingFolder(output);
  try {
    await createEleventy(staging, model).write();
    // The search index is the last step, over the finished pages.
    const search = values['no-search'] ? { errors: [] } : await writeSearchIndex(staging);
    if (search.errors.length > 0) {
      console.error(
        `build: the search index failed: ${search.errors.join('; ')}\n${values.output}/ was left as it was.`,
      );
      return 1;
    }
    replaceFolder(staging, output);
  } catch (error) {
    // A template fault is ours, not the editor's: say so plainly and keep the old site.
    console.error(`build: rendering failed: ${(error as Error).message}\n${values.output}/ was left as it was.`);
    return 1;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  console.log(
    `build: ${model.reports.length} ${model.reports.length === 1 ? 'report' : 'reports'} written to ${values.output}/`,
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
