import path from 'node:path';
import { cacheDir, compileSources } from '../build/compile-sources.ts';
import { readConfig } from '../build/content-files.ts';
import { readContent } from '../build/read-content.ts';
import { collectCompiled } from '../compile/collect.ts';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { checkLayoutSettings } from '../validate/layout-settings.ts';

export interface ValidateOptions {
  /** The site config; the content folder is the folder it is in. */
  config: string;
  /** Files or folders to check; none: every report of the content folder. */
  named: readonly string[];
  /** Check every file afresh, without the cache. */
  noCache: boolean;
}

/**
 * What `npm run validate` finds: the site config, the content folder's
 * layout and agreement.yaml files, and the reports, each checked against
 * its agreement (the one whose reports folder holds it). Throws UsageError
 * where there is nothing to read, ChangedWhileReadingError when a file
 * changes while it is checked.
 */
export async function validateContent(
  options: ValidateOptions,
): Promise<{ findings: Diagnostic[]; fileCount: number }> {
  const { config, locate, written, diagnostics: configFindings } = readConfig(options.config);
  // Without a config there is no knowing the layout (the one agreement's name and term) or the reference hosts.
  if (!config) return { findings: configFindings, fileCount: 1 };
  const read = readContent(path.dirname(options.config), config, options.named);
  const { compiled } = await compileSources(read.sources, config, {
    render: false,
    ...(options.noCache ? { threads: 1 } : { cacheDir }),
  });
  const agreements = read.layout.agreements.map((folder) => folder.agreement);
  // With files named, an agreement is read in part: a `continues` target may be in a file not named.
  const checked = collectCompiled(read.sources, compiled, agreements, read.complete);
  const findings = sortDiagnostics([
    ...configFindings,
    ...(locate ? checkLayoutSettings(config, locate, read.layout, written) : []),
    ...read.diagnostics,
    ...checked.diagnostics,
  ]);
  return { findings, fileCount: read.fileCount };
}
