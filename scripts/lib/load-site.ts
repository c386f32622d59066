import { existsSync } from 'node:fs';
import path from 'node:path';
import { sortDiagnostics, type Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { configFileName } from '../../src/load/config.ts';
import { buildModel, type SiteModel } from '../../src/model/build-model.ts';
import { checkAbout } from '../../src/validate/about.ts';
import { collectCompiled } from '../../src/compile/compile-report.ts';
import { compileSources, type CompileOptions } from './compile-sources.ts';
import { displayPath, readConfig, readReports, readTextFile } from './content-files.ts';

/** The about page, relative to the content folder; optional. */
const aboutFileName = 'over.md';

export interface LoadedSite {
  /** The model, when the content has no errors. */
  model?: SiteModel;
  findings: Diagnostic[];
  fileCount: number;
}

/**
 * Reads and checks a content folder (reports/, site.yaml, over.md) and, when
 * nothing is wrong, builds the site model. Throws UsageError when there is no
 * reports folder to read.
 */
export async function loadSite(content: string, options: Omit<CompileOptions, 'render'> = {}): Promise<LoadedSite> {
  const read = readReports([path.join(content, 'reports')]);
  const { config, diagnostics: configFindings } = readConfig(path.join(content, configFileName));
  const checked = config
    ? collectCompiled(read.sources, await compileSources(read.sources, config, { ...options, render: true }))
    : { reports: [], diagnostics: [] };
  const about = readAbout(path.join(content, aboutFileName));
  const findings = sortDiagnostics([
    ...configFindings,
    ...read.diagnostics,
    ...checked.diagnostics,
    ...about.diagnostics,
  ]);
  if (!config || findings.some((d) => d.severity === 'error')) return { findings, fileCount: read.fileCount };
  const model = buildModel(
    about.about ? { reports: checked.reports, config, about: about.about } : { reports: checked.reports, config },
  );
  return { model, findings, fileCount: read.fileCount };
}

/** The about page, when there is one; read as carefully as the reports. */
function readAbout(file: string): ReturnType<typeof checkAbout> {
  if (!existsSync(file)) return { diagnostics: [] };
  const read = readTextFile(file, path.dirname(file));
  return read.text === undefined ? { diagnostics: read.diagnostics } : checkAbout(displayPath(file), read.text);
}
