import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { configFileName } from '../load/config.ts';
import type { SiteModel } from '../model/build-model.ts';
import type { SiteConfig } from '../schema/config.ts';
import { checkAbout } from '../validate/about.ts';
import { collectCompiled } from '../compile/collect.ts';
import { sourcePaths } from './source-paths.ts';
import { compileSources, type CompileOptions } from './compile-sources.ts';
import { displayPath, readConfig, readTextFile } from './content-files.ts';
import { readContent } from './read-content.ts';
import { siteConfigSchema } from '../schema/config.ts';
import { checkLayoutSettings } from '../validate/layout-settings.ts';

/** The about page, relative to the content folder; optional. */
const aboutFileName = 'over.md';

export interface LoadedSite {
  /** The model, when the content has no errors. */
  model?: SiteModel;
  /** Changes whenever anything read or the code that reads it does. */
  fingerprint?: string;
  findings: Diagnostic[];
  fileCount: number;
}

export type SiteOptions = Omit<CompileOptions, 'render'> & {
  /** The site's address from the command line (--base-url); it takes the place of `baseUrl` in site.yaml. */
  baseUrl?: string;
};

export interface CheckedSite {
  findings: Diagnostic[];
  fileCount: number;
  /** When the content has no errors: its config, and how to build its model. */
  ready?: {
    /** As read, with the site's address as the command line gives it. */
    config: SiteConfig;
    /** Changes whenever anything read or the code that reads it does. */
    fingerprint: string;
    /** Each report file's digest, to tell which reports a build changed. */
    reports: Record<string, string>;
    model: () => Promise<SiteModel>;
  };
}

/**
 * Reads and checks a content folder (reports/, site.yaml, over.md). The
 * model is built only when asked for: a build that finds nothing changed
 * needs none. Throws UsageError when there is no reports folder to read.
 */
export async function checkSite(content: string, { baseUrl, ...options }: SiteOptions = {}): Promise<CheckedSite> {
  const { config, locate, written, diagnostics: configFindings } = readConfig(path.join(content, configFileName));
  const read = readContent(content, config ?? siteConfigSchema.parse({}));
  const agreements = read.layout.agreements.map((folder) => folder.agreement);
  // The reports in the cache are read only when the model is asked for (withReports).
  const compiled = config ? await compileSources(read.sources, config, { ...options, render: true }) : undefined;
  const checked = compiled ? collectCompiled(read.sources, compiled.compiled, agreements) : { diagnostics: [] };
  const about = readAbout(path.join(content, aboutFileName));
  const findings = sortDiagnostics([
    ...configFindings,
    ...(config && locate ? checkLayoutSettings(config, locate, read.layout, written) : []),
    ...read.diagnostics,
    ...checked.diagnostics,
    ...about.diagnostics,
  ]);
  if (!config || !compiled || findings.some((d) => d.severity === 'error')) {
    return { findings, fileCount: read.fileCount };
  }
  const fingerprint = createHash('sha256')
    .update(`${compiled.fingerprint}\0${JSON.stringify(agreements)}\0`)
    .update(about.about ? JSON.stringify(about.about) : '')
    .digest('hex');
  // The one place that decides the site's address: the command line's, else site.yaml's, else none.
  const site = baseUrl === undefined ? config : { ...config, baseUrl };
  const model = async () => {
    // Loaded when needed: a build that finds nothing changed makes no model.
    const { buildModel } = await import('../model/build-model.ts');
    // Each report with the agreement its folder gives it; on a site with one, the model knows it.
    const reports = (await compiled.withReports()).flatMap((report, i) => {
      const agreement = read.sources[i]!.term?.id;
      return report === undefined ? [] : [agreement === undefined ? report : { ...report, agreement }];
    });
    const input = {
      reports,
      config: site,
      agreements,
      several: read.layout.several,
      sourcePath: sourcePaths(content),
    };
    return buildModel(about.about ? { ...input, about: about.about } : input);
  };
  const reports = Object.fromEntries(read.sources.map((source) => [source.file, source.digest]));
  return { findings, fileCount: read.fileCount, ready: { config: site, fingerprint, reports, model } };
}

/** Reads and checks a content folder and, when nothing is wrong, builds the site model. */
export async function loadSite(content: string, options: SiteOptions = {}): Promise<LoadedSite> {
  const { findings, fileCount, ready } = await checkSite(content, options);
  return ready
    ? { model: await ready.model(), fingerprint: ready.fingerprint, findings, fileCount }
    : { findings, fileCount };
}

/** The about page, when there is one; read as carefully as the reports. */
function readAbout(file: string): ReturnType<typeof checkAbout> {
  if (!existsSync(file)) return { diagnostics: [] };
  const read = readTextFile(file, path.dirname(file));
  return read.text === undefined ? { diagnostics: read.diagnostics } : checkAbout(displayPath(file), read.text);
}
