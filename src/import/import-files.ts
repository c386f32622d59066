import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { displayPath, readSources } from '../build/content-files.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { SiteConfig } from '../schema/config.ts';
import type { ReportSource } from '../validate/report.ts';
import { importReport, type ImportedReport } from './import-report.ts';

export interface ImportOptions {
  /** The reports folder to write into. */
  out: string;
  /** Given to every report; none: suggested from the keywords in the site config. */
  themes: readonly string[];
  /** Overwrite reports that exist already. */
  force: boolean;
  /** Write nothing; the outcomes say what would be written. */
  dryRun: boolean;
}

/** What became of one input file: the report written (or that would be), or why there is none. */
export type ImportOutcome =
  | { file: string; target: string; report: ImportedReport; replaced: boolean }
  | { file: string; problems: Diagnostic[] };

/**
 * Imports legacy report files into the reports folder, one report each,
 * telling `onOutcome` about every file as it is done so progress shows
 * while a large batch runs. Returns the reports written (or, with
 * `dryRun`, that would be) and how many files could not be imported.
 */
export function importFiles(
  files: readonly string[],
  config: SiteConfig,
  options: ImportOptions,
  onOutcome: (outcome: ImportOutcome) => void,
): { written: ReportSource[]; failed: number } {
  const written: ReportSource[] = [];
  /** The input each target was written from, so a second input with the same name is refused. */
  const inputOf = new Map<string, string>();
  let failed = 0;
  for (const source of readSources(files)) {
    const { file } = source;
    const { imported, diagnostics } = importReport(source, config, options.themes);
    const target = imported ? importTarget(options.out, imported) : undefined;
    const refusal = target === undefined ? undefined : targetRefusal(file, target, inputOf.get(target), options.force);
    if (!imported || target === undefined || refusal) {
      failed += 1;
      onOutcome({ file, problems: refusal ? [refusal] : diagnostics });
      continue;
    }
    const replaced = existsSync(target);
    if (!options.dryRun) {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, imported.text);
    }
    onOutcome({ file, target, report: imported, replaced });
    written.push({ file: target, text: imported.text });
    inputOf.set(target, file);
  }
  return { written, failed };
}

/** Where an imported report goes: `<out>/<section>-<title-slug>.md`, as the user would type it. */
export function importTarget(out: string, report: ImportedReport): string {
  return displayPath(path.join(out, report.fileName));
}

/**
 * Why `target` must not be written, if it must not: another input of this
 * import wrote it (`earlier`), or it exists and `force` was not given.
 */
export function targetRefusal(
  file: string,
  target: string,
  earlier: string | undefined,
  force: boolean,
): Diagnostic | undefined {
  const place = { file, line: 1, column: 1 };
  if (earlier !== undefined) {
    return diagnostic(
      'import-target-exists',
      place,
      `${target} is already the report of ${earlier} in this import`,
      'two files have the same section and title: import one of them, or correct the other',
    );
  }
  if (!force && existsSync(target)) {
    return diagnostic(
      'import-target-exists',
      place,
      `${target} exists already and was left as it is`,
      'import again with --force to overwrite it, or move the existing report aside first',
    );
  }
  return undefined;
}
