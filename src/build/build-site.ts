/**
 * The build: validates the content, then renders the site with Eleventy into
 * a staging folder and swaps it in. On any error the previous output folder
 * is left exactly as it was.
 *
 * With the cache (the default), reports whose file did not change are not
 * compiled again, and only pages whose data changed since the previous build
 * into the same folder are written; the others are kept. Without it,
 * everything is built afresh on one thread: the reference that the cached and
 * parallel builds are tested against.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { printFindings } from '../cli/print-findings.ts';
import { appendStepSummary } from '../cli/step-summary.ts';
import { changesMarkdown, findingsMarkdown } from '../diagnostics/step-summary.ts';
import { planRender, renderAll, sliceSelection, type RenderPlan } from '../model/render-plan.ts';
import { buildChanges, type BuildChanges } from './changes.ts';
import { pageSalt } from './code-version.ts';
import { collectGarbage } from './collect-garbage.ts';
import { cacheDir as sharedCacheDir } from './compile-sources.ts';
import { ChangedWhileReadingError } from './content-files.ts';
import { filesUnder } from './files-under.ts';
import { checkSite } from './load-site.ts';
import { writeOpenData } from './open-data-files.ts';
import { recoverKilledBuilds, replaceFolder, stagingFolder } from './output-folder.ts';
import { keepFiles, readBuildRecord, reusable, writeBuildRecord } from './previous-build.ts';
import { writeSearchIndex } from './search-index.ts';

export interface BuildOptions {
  content: string;
  output: string;
  /** The site's address (--base-url); else baseUrl in site.yaml. */
  address?: string;
  /** A file to list the pages that changed against the previous build in. */
  changedPages?: string;
  search: boolean;
  /** Read and keep compiled reports and build records (node_modules/.cache/). */
  cache: boolean;
  /** Threads to compile reports on; default: one per core with the cache, else one. */
  threads?: number;
  /** Pages Eleventy writes at a time. */
  pagesPerPart: number;
  /** How long each step took, on stderr. */
  timings: boolean;
}

/** Where the build says what it does: the console, for the command. */
export interface BuildLog {
  info(message: string): void;
  error(message: string): void;
}

/**
 * Builds the site; the exit code of the command (0 built or up to date, 1
 * findings or a failure, the old site kept). Throws UsageError when there is
 * no reports folder.
 */
export async function buildSite(options: BuildOptions, log: BuildLog = console): Promise<number> {
  const step = stopwatch(options.timings, log);
  // First, so that even a build that stops on findings leaves the folder as the last good build did.
  const output = path.resolve(options.output);
  recoverKilledBuilds(output);
  const cacheDir = options.cache ? sharedCacheDir : undefined;
  const { search, threads, pagesPerPart, address } = options;

  let site;
  try {
    site = await checkSite(options.content, {
      threads: threads ?? (cacheDir === undefined ? 1 : availableParallelism()),
      ...(cacheDir === undefined ? {} : { cacheDir }),
      ...(address === undefined ? {} : { baseUrl: address }),
    });
  } catch (error) {
    if (error instanceof ChangedWhileReadingError) {
      log.error(`build: ${error.message}; ${options.output}/ was left as it was.`);
      return 1;
    }
    throw error;
  }
  step('read, check and render the reports');
  if (site.findings.length) printFindings(site.findings, site.fileCount, 'text');
  const findings = findingsMarkdown('build', site.findings, site.fileCount);
  if (!site.ready) {
    log.error(`build: stopped; ${options.output}/ was left as it was.`);
    appendStepSummary('build', `${findings}\nThe build stopped on the errors above; nothing was written.\n`);
    return 1;
  }
  if (site.ready.config.baseUrl === undefined) {
    log.error(
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
    if (!process.env.GITHUB_STEP_SUMMARY && options.changedPages === undefined) return;
    const changes = changesOf();
    appendStepSummary('build', `${findings}\n${changesMarkdown(changes)}`);
    if (options.changedPages === undefined) return;
    try {
      writeFileSync(options.changedPages, changes.pages.map((page) => `${page}\n`).join(''));
    } catch (error) {
      log.error(
        `build: warning: could not write the changed pages to ${options.changedPages} (${(error as Error).message})`,
      );
    }
  };
  // Same content, same code, same folder as the previous build: its output is this build's output.
  if (previous?.inputs === fingerprint && (previous.search || !search)) {
    log.info(`build: nothing changed since the previous build; ${options.output}/ is up to date.`);
    finish(() => buildChanges(previous, { reports, pages: previous.pages }));
    return 0;
  }
  let model;
  try {
    model = await site.ready.model();
  } catch (error) {
    // A report file changed while a damaged cache entry was compiled again from it, or a fault
    // of ours: said plainly, the old site kept.
    log.error(`build: ${(error as Error).message}\n${options.output}/ was left as it was.`);
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
    const { createEleventy } = await import('./eleventy.ts');
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
      log.error(
        `build: the search index failed: ${searched.errors.join('; ')}\n${options.output}/ was left as it was.`,
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
    log.error(`build: rendering failed: ${(error as Error).message}\n${options.output}/ was left as it was.`);
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
  log.info(`build: ${count} ${count === 1 ? 'report' : 'reports'} written to ${options.output}/${kept}`);
  return 0;
}

function stopwatch(enabled: boolean, log: BuildLog): (label: string) => void {
  let last = performance.now();
  return (label) => {
    const now = performance.now();
    // maxRSS is in KiB: the peak of this process and its threads so far.
    const peak = Math.round(process.resourceUsage().maxRSS / 1024);
    if (enabled) log.error(`build: ${((now - last) / 1000).toFixed(2)} s  ${String(peak).padStart(5)} MiB  ${label}`);
    last = now;
  };
}
