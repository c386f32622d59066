import { rmSync } from 'node:fs';
import path from 'node:path';
import { pageSalt } from '../build/code-version.ts';
import { cacheDir } from '../build/compile-sources.ts';
import { ChangedWhileReadingError, UsageError } from '../build/content-files.ts';
import { loadSite } from '../build/load-site.ts';
import type { CompiledSource } from '../compile/collect.ts';
import type { SiteModel } from '../model/build-model.ts';
import {
  emptySelection,
  outputFile,
  planRender,
  type PageFingerprints,
  type RenderSelection,
} from '../model/render-plan.ts';
import type { ReportPage } from '../model/report-page.ts';
import type { DevEvent } from './events.ts';
import { previewPages } from './preview-pages.ts';

/** While the content has errors: the pages of the last good site are written already. */
const nothing: RenderSelection = emptySelection();

export interface RebuildOptions {
  content: string;
  /** The output folder, as an absolute path. */
  output: string;
  /** The address the pages name as their own. */
  baseUrl: string;
}

/**
 * The dev server's rebuilds: the model and the pages to write for each, and
 * what one keeps for the next. Edited reports get their pages first, against
 * the last good model (a preview), and the whole site follows; any other
 * change rebuilds the whole site, compiling only the changed files and
 * writing only the pages whose data changed; while the content has errors,
 * the last good site stays.
 */
export class Rebuilds {
  /** The pages the coming rebuild writes (see render-plan.ts). */
  selection: RenderSelection | undefined;
  /** Whether a report page changes in it, so that the search index must follow. */
  reportsChanged = false;
  /** After a preview: a changed file, to be told as saved again so that the whole site follows. */
  followUp: string | undefined;
  private lastGood: SiteModel | undefined;
  /** The content was read just before the first build; no need to read it twice. */
  private loadedForFirstBuild = false;
  /** What the pages written so far showed. */
  private written: PageFingerprints | undefined;
  /** Every report compiled for the last rebuild, so that the next compiles only what changed. */
  private readonly compiled = new Map<string, CompiledSource>();
  /** The files changed since the last rebuild, as the watcher tells them. */
  private changedFiles: string[] = [];

  constructor(
    private readonly options: RebuildOptions,
    private readonly onEvent: (event: DevEvent) => void,
  ) {}

  /** Reads the content for the first build: its model, or undefined when there is no good site to serve. */
  async first(): Promise<SiteModel | undefined> {
    await this.load();
    this.loadedForFirstBuild = true;
    return this.lastGood;
  }

  /** The watcher saw these files change; the next rebuild reads them. */
  changed(files: readonly string[]): void {
    this.changedFiles.push(...files);
  }

  /** The model for the coming rebuild: the new one, or the last good one while the content has errors. */
  async next(): Promise<SiteModel> {
    if (this.loadedForFirstBuild) {
      this.loadedForFirstBuild = false;
    } else {
      const changed = this.changedFiles;
      this.changedFiles = [];
      // Right after a preview, the whole site, whatever changed meanwhile.
      const pages =
        this.lastGood && this.followUp === undefined
          ? await previewPages(this.lastGood, this.options.content, changed)
          : undefined;
      if (pages) {
        this.preview(pages, changed[0]);
      } else {
        this.followUp = undefined;
        await this.load();
      }
    }
    // There is one: the server starts only when first() found it, and errors keep it.
    return this.lastGood!;
  }

  private preview(pages: ReportPage[], changedFile: string | undefined): void {
    // Written again by the full rebuild that follows, which knows their neighbours.
    for (const page of pages) delete this.written?.[outputFile(page.url)];
    this.selection = { ...emptySelection(), reports: pages };
    this.reportsChanged = false;
    this.followUp = changedFile;
    this.onEvent({ kind: 'preview', pages: pages.length });
  }

  /** Reads the whole content folder, and plans the pages of the new model when it has no errors. */
  private async load(): Promise<void> {
    const { content, output, baseUrl } = this.options;
    try {
      const site = await loadSite(content, { cacheDir, memory: this.compiled, baseUrl });
      if (site.findings.length) this.onEvent({ kind: 'findings', findings: site.findings, fileCount: site.fileCount });
      if (site.model) {
        this.lastGood = site.model;
        const plan = planRender(site.model, pageSalt(site.model.config).pages, this.written, site.fingerprint);
        // Pages the site no longer has (a report deleted or renamed) leave the output folder.
        for (const file of Object.keys(this.written ?? {})) {
          if (!(file in plan.fingerprints)) rmSync(path.join(output, file), { force: true });
        }
        this.written = plan.fingerprints;
        this.selection = plan.selection;
        this.reportsChanged = plan.reportsChanged;
        const pages = Object.keys(plan.fingerprints).length - plan.unchanged.length;
        this.onEvent({ kind: 'rebuild', reports: site.model.reports.length, pages });
      } else {
        this.selection = nothing;
        this.reportsChanged = false;
        this.onEvent({ kind: 'content-errors' });
      }
    } catch (error) {
      // Saved again while it was read: that save brings the next rebuild.
      if (error instanceof ChangedWhileReadingError) this.onEvent({ kind: 'changed-while-reading', file: error.file });
      else if (error instanceof UsageError) this.onEvent({ kind: 'usage-error', message: error.message });
      else throw error;
    }
  }
}
