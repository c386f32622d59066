/**
 * npm run build -- [--content content] [--output _site] [--base-url URL] [--changed-pages FILE] [--no-search] [--no-cache] [--threads N] [--pages-per-part N] [--timings]
 * Validates the content, then renders the site with Eleventy. On any error the
 * previous output folder is left exactly as it was.
 *
 * The site's address is --base-url, else baseUrl in site.yaml; without one no
 * page names an absolute address, and there is no feed or sitemap.
 *
 * With the cache (the default), reports whose file did not change are not
 * read again (node_modules/.cache/regeerakkoordmonitor), and only pages whose
 * data changed since the previous build into the same folder are written; the
 * others are kept. --no-cache builds everything afresh on one thread: the
 * reference that the cached and parallel builds are tested against.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { buildChanges, type BuildChanges } from '../src/build/changes.ts';
import { changesMarkdown, findingsMarkdown } from '../src/diagnostics/step-summary.ts';
import { parseBaseUrl } from '../src/load/config.ts';
import { planRender, renderAll, sliceSelection, type RenderPlan } from '../src/model/render-plan.ts';
import { pageSalt } from '../src/build/code-version.ts';
import { cacheDir as sharedCacheDir } from '../src/build/compile-sources.ts';
import { ChangedWhileReadingError, UsageError } from '../src/build/content-files.ts';
import { collectGarbage } from '../src/build/collect-garbage.ts';
import { checkSite } from '../src/build/load-site.ts';
import { recoverKilledBuilds, replaceFolder, stagingFolder } from '../src/build/output-folder.ts';
import { filesUnder } from '../src/build/files-under.ts';
import { keepFiles, readBuildRecord, reusable, writeBuildRecord } from '../src/build/previous-build.ts';
import { writeOpenData } from '../src/build/open-data-files.ts';
import { printFindings } from '../src/cli/print-findings.ts';
import { writeSearchIndex } from '../src/build/search-index.ts';
import { appendStepSummary } from '../src/cli/step-summary.ts';

const usage =
  'Usage: npm run build -- [--content content] [--output _site] [--base-url URL] [--changed-pages FILE] [--no-search] [--no-cache] [--threads N] [--pages-per-part N] [--timings]';

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        content: { type: 'string', default: 'content' },
        output: { type: 'string', default: '_site' },
        // The site's address, such as https://owner.github.io/monitor/; takes the place of baseUrl in site.yaml.
        'base-url': { type: 'string' },
        // A file to list the pages that changed against the previous build in, one per line (CI checks those).
        'changed-pages': { type: 'string' },
        // For benchmarks that time the search index on its own.
        'no-search': { type: 'boolean', default: false },
        'no-cache': { type: 'boolean', default: false },
        // Threads to compile reports on; default: one per core.
        threads: { type: 'string' },
        // Pages Eleventy writes at a time; fewer use less memory and take a little longer.
        'pages-per-part': { type: 'string', default: '250' },
        // How long each step took and the peak memory so far, on stderr.
        timings: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    console.error(`build: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  const step = stopwatch(values.timings);
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) {
    console.error(`build: --threads must be a whole number from 1, not "${values.threads}"\n${usage}`);
    return 2;
  }
  const address = values['base-url'] === undefined ? undefined : parseBaseUrl(values['base-url']);
  if (address !== undefined && 'error' in address) {
    console.error(`build: ${address.error}`);
    return 2;
  }
  const pagesPerPart = Number(values['pages-per-part']);
  if (!(Number.isInteger(pagesPerPart) && pagesPerPart >= 1)) {
    console.error(`build: --pages-per-part must be a whole number from 1, not "${values['pages-per-part']}"\n${usage}`);
    return 2;
  }

  // First, so that even a build that stops on findings leaves the folder as the last good build did.
  const output = path.resolve(values.output);
  recoverKilledBuilds(output);
  const cacheDir = values['no-cache'] ? undefined : sharedCacheDir;
  const search = !values['no-search'];

  let site;
  try {
    site = await checkSite(values.content, {
      threads: threads ?? (cacheDir === undefined ? 1 : availableParallelism()),
      ...(cacheDir === undefined ? {} : { cacheDir }),
      ...(address === undefined ? {} : { baseUrl: address.baseUrl }),
    });
  } catch (error) {
    if (error instanceof ChangedWhileReadingError) {
      console.error(`build: ${error.message}; ${values.output}/ was left as it was.`);
      return 1;
    }
    if (!(error instanceof UsageError)) throw error;
    console.error(`build: ${error.message}\n${usage}`);
    return 2;
  }
  step('read, check and render the reports');
  if (site.findings.length) printFindings(site.findings, site.fileCount, 'text');
  const findings = findingsMarkdown('build', site.findings, site.fileCount);
  if (!site.ready) {
    console.error(`build: stopped; ${values.output}/ was left as it was.`);
    appendStepSummary('build', `${findings}\nThe build stopped on the errors above; nothing was written.\n`);
    return 1;
  }
  if (site.ready.config.baseUrl === undefined) {
    console.error(
      'build: warning: the site has no address (baseUrl in site.yaml, or --base-url), so its pages name no canonical address and there is no feed.xml or sitemap.xml',
    );
  }
  const { fingerprint, reports } = site.ready;
  const { pages: pagesSalt, build: salt } = pageSalt(site.ready.config);
  const record = cacheDir === undefined ? undefined : readBuildRecord(cacheDir, output);
  // Its pages can be kept only if it is the folder there now; they can be compared if made the same way.
  const previous = record && reusable(record, output, salt) ? record : undefined;
  const comparable = record?.pagesSalt === pagesSalt ? record.pages : undefined;
  // What changed is worked out only for those who asked: the job summary and --changed-pages.
  const finish = (changesOf: () => BuildChanges) => {
    if (!process.env.GITHUB_STEP_SUMMARY && values['changed-pages'] === undefined) return;
    const changes = changesOf();
    appendStepSummary('build', `${findings}\n${changesMarkdown(changes)}`);
    if (values['changed-pages'] === undefined) return;
    try {
      writeFileSync(values['changed-pages'], changes.pages.map((page) => `${page}\n`).join(''));
    } catch (error) {
      console.error(
        `build: warning: could not write the changed pages to ${values['changed-pages']} (${(error as Error).message})`,
      );
    }
  };
  // Same content, same code, same folder as the previous build: its output is this build's output.
  if (previous?.inputs === fingerprint && (previous.search || !search)) {
    console.log(`build: nothing changed since the previous build; ${values.output}/ is up to date.`);
    finish(() => buildChanges(previous, { reports, pages: previous.pages }));
    return 0;
  }
  let model;
  try {
    model = await site.ready.model();
  } catch (error) {
    // A report file changed while a damaged cache entry was compiled again from it, or a fault
    // of ours: said plainly, the old site kept.
    console.error(`build: ${(error as Error).message}\n${values.output}/ was left as it was.`);
    return 1;
  }
  // The compiled reports and what made the model are garbage now (but for what the model
  // shares with them): collected before Eleventy adds its own.
  site = undefined;
  collectGarbage();
  step('build the model');
  const staging = stagingFolder(output);
  let plan: RenderPlan;
  let searchKept = false;
  try {
    plan = planRender(model, pagesSalt, previous?.pages, fingerprint);
    mkdirSync(staging);
    try {
      keepFiles(output, staging, plan.unchanged);
      // The search index covers the report pages only; when none changed, it still fits.
      if (search && previous?.search && !plan.reportsChanged && existsSync(path.join(output, 'pagefind'))) {
        keepFiles(
          path.join(output, 'pagefind'),
          path.join(staging, 'pagefind'),
          filesUnder(path.join(output, 'pagefind')),
        );
        searchKept = true;
      }
    } catch {
      // The previous output is not what its record says: build everything.
      rmSync(staging, { recursive: true, force: true });
      mkdirSync(staging);
      plan = renderAll(model, plan);
      searchKept = false;
    }
    step(`compare with the previous build (${plan.unchanged.length} pages kept)`);
    const { createEleventy } = await import('../src/build/eleventy.ts');
    // Eleventy holds every page it writes until it has written them all: in parts, the memory is one part's.
    for (const part of sliceSelection(plan.selection, pagesPerPart)) {
      await createEleventy(staging, model, { render: part }).write();
      collectGarbage();
    }
    writeOpenData(staging, model, plan.selection.dataFiles);
    step('render the pages (Eleventy) and the open data');
    // The search index is the last step, over the finished pages.
    const searched = search && !searchKept ? await writeSearchIndex(staging) : { errors: [] };
    if (searched.errors.length > 0) {
      console.error(
        `build: the search index failed: ${searched.errors.join('; ')}\n${values.output}/ was left as it was.`,
      );
      return 1;
    }
    if (search && !searchKept) step('search index (Pagefind)');
    replaceFolder(staging, output);
    if (cacheDir !== undefined) {
      writeBuildRecord(cacheDir, output, {
        salt,
        pagesSalt,
        inputs: fingerprint,
        search,
        pages: plan.fingerprints,
        reports,
      });
    }
    step('swap the new site in');
  } catch (error) {
    // A template fault is ours, not the editor's: say so plainly and keep the old site.
    console.error(`build: rendering failed: ${(error as Error).message}\n${values.output}/ was left as it was.`);
    return 1;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  // Every file of the new site: the pages made from the whole model among them have no
  // fingerprint, and count as changed (every build writes them).
  const fingerprints = plan.fingerprints;
  finish(() =>
    buildChanges({ reports: record?.reports, pages: comparable }, { reports, pages: fingerprints }, filesUnder(output)),
  );
  const count = model.reports.length;
  const kept = plan.unchanged.length ? `; ${plan.unchanged.length} unchanged pages kept from the previous build` : '';
  console.log(`build: ${count} ${count === 1 ? 'report' : 'reports'} written to ${values.output}/${kept}`);
  return 0;
}

function stopwatch(enabled: boolean): (label: string) => void {
  let last = performance.now();
  return (label) => {
    const now = performance.now();
    // maxRSS is in KiB: the peak of this process and its threads so far.
    const peak = Math.round(process.resourceUsage().maxRSS / 1024);
    if (enabled)
      console.error(`build: ${((now - last) / 1000).toFixed(2)} s  ${String(peak).padStart(5)} MiB  ${label}`);
    last = now;
  };
}

process.exitCode = await main(process.argv.slice(2));
