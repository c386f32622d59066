import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { CompiledReport, RenderedCompiledReport } from '../markdown/render-report.ts';
import { checkAcrossReports } from '../validate/across-reports.ts';
import type { ReportSource } from '../validate/report.ts';

/**
 * All the work on one report that depends on nothing else: its findings and,
 * when asked and it has no errors, its rendered Markdown (compile-report.ts).
 * This is the unit the build caches by content and spreads over threads, so
 * it must stay a plain, cloneable value. This module stays light: a build
 * served from the cache loads no Markdown or YAML parser.
 */
export interface CompiledSource {
  diagnostics: Diagnostic[];
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
  sources: readonly ReportSource[],
  compiled: readonly CompiledSource[],
): { reports: RenderedCompiledReport[]; diagnostics: Diagnostic[] } {
  const checked = compiled.flatMap((c) => (c.report ? [c.report] : []));
  const diagnostics = sortDiagnostics([
    ...compiled.flatMap((c) => c.diagnostics),
    ...checkAcrossReports(checked, sources),
  ]);
  return { reports: checked.filter(isRendered), diagnostics };
}
