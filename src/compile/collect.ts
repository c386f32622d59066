import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { CompiledReport, RenderedCompiledReport } from '../markdown/render-report.ts';
import type { Term } from '../model/agreements.ts';
import { checkAcrossReports } from '../validate/across-reports.ts';
import type { ReportSource } from '../validate/report.ts';
import type { SectionClaim } from '../validate/sections.ts';

/**
 * All the work on one report that depends on nothing else: its findings and,
 * when asked and it has no errors, its rendered Markdown (compile-report.ts).
 * This is the unit the build caches by content and spreads over threads, so
 * it must stay a plain, cloneable value. This module stays light: a build
 * served from the cache loads no Markdown or YAML parser.
 */
export interface CompiledSource {
  diagnostics: Diagnostic[];
  /** The report's section and where it is written, when it has a report: for the checks across reports. */
  section?: SectionClaim;
  /** Left out by a cache read for the validator, which needs only the above. */
  report?: CompiledReport | RenderedCompiledReport;
}

export function isRendered(report: CompiledSource['report']): report is RenderedCompiledReport {
  return report !== undefined && 'rendered' in report;
}

/**
 * Findings of a whole content folder from its compiled reports, plus the
 * reports ready for the model when nothing is wrong with them.
 */
export function collectCompiled(
  sources: readonly Pick<ReportSource, 'file' | 'term'>[],
  compiled: readonly CompiledSource[],
  agreements?: readonly Term[],
  complete?: (id: string) => boolean,
): { reports: RenderedCompiledReport[]; diagnostics: Diagnostic[] } {
  // The agreement comes from where the file is, not from the (cached) compiled report.
  const claims = compiled.flatMap((c, i) => {
    if (!c.section) return [];
    const agreement = sources[i]?.term?.id;
    return [agreement === undefined ? c.section : { ...c.section, agreement }];
  });
  const diagnostics = sortDiagnostics([
    ...compiled.flatMap((c) => c.diagnostics),
    ...checkAcrossReports(claims, sources, agreements, complete),
  ]);
  return { reports: compiled.map((c) => c.report).filter(isRendered), diagnostics };
}
