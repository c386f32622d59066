import type { ImportOutcome } from './import-files.ts';
import type { ImportedReport } from './import-report.ts';

/**
 * What the importer prints for a report it wrote (or, with `dryRun`, would
 * write: then the whole text), and where its themes came from.
 */
export function describeImport(
  outcome: Extract<ImportOutcome, { report: unknown }>,
  options: { dryRun: boolean; configFile: string },
): string {
  const { file, target, report } = outcome;
  const what = options.dryRun
    ? `would write ${target} (from ${file}):\n${report.text}`
    : `${outcome.replaced ? 'replaced' : 'wrote'} ${target} (from ${file})`;
  return `${what}\n    ${describeThemes(report.themes, options.configFile)}\n`;
}

/** Where an imported report's themes came from, so the editor knows which to check. */
export function describeThemes(themes: ImportedReport['themes'], configFile: string): string {
  if (themes.from === 'option') return `themes (from --theme): ${themes.names.join(', ')}`;
  if (themes.suggestions.length === 0) {
    return `no theme suggested: no keyword of ${configFile} is in the title or agreement text; add themes by hand, or import again with --theme`;
  }
  const list = themes.suggestions.map((s) => `${s.theme} (${s.keywords.join(', ')})`);
  return `themes suggested by keywords: ${list.join(', ')}`;
}

/** The last line of an import: how many of the input files became reports, and where. */
export function importSummary(counts: {
  /** Nothing was written (--dry-run). */
  dryRun: boolean;
  imported: number;
  failed: number;
  inputs: number;
  /** The reports folder, as the user would type it. */
  out: string;
}): string {
  const { dryRun, imported, failed, inputs, out } = counts;
  const verb = dryRun ? 'Would import' : 'Imported';
  const failures = failed > 0 ? `; ${failed} ${failed === 1 ? 'file' : 'files'} could not be imported` : '';
  return `${verb} ${imported} of ${inputs} ${inputs === 1 ? 'file' : 'files'} into ${out}${failures}.`;
}
