import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sortDiagnostics, type Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { configFileName } from '../../src/load/config.ts';
import { buildModel, type SiteModel } from '../../src/model/build-model.ts';
import { checkAbout } from '../../src/validate/about.ts';
import { checkContent } from '../../src/validate/content.ts';
import { displayPath, listMarkdownFiles, readConfig, readSources } from './content-files.ts';

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
export function loadSite(content: string): LoadedSite {
  const files = listMarkdownFiles([path.join(content, 'reports')]);
  const { config, diagnostics: configFindings } = readConfig(path.join(content, configFileName));
  const checked = config ? checkContent(readSources(files), config) : { reports: [], diagnostics: [] };
  const aboutFile = path.join(content, aboutFileName);
  const about = existsSync(aboutFile)
    ? checkAbout(displayPath(aboutFile), readFileSync(aboutFile, 'utf8'))
    : { diagnostics: [] };
  const findings = sortDiagnostics([...configFindings, ...checked.diagnostics, ...about.diagnostics]);
  if (!config || findings.some((d) => d.severity === 'error')) return { findings, fileCount: files.length };
  const model = buildModel(
    about.about ? { reports: checked.reports, config, about: about.about } : { reports: checked.reports, config },
  );
  return { model, findings, fileCount: files.length };
}
