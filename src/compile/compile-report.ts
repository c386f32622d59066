import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { renderReport, type CompiledReport, type RenderedCompiledReport } from '../markdown/render-report.ts';
import type { SiteConfig } from '../schema/config.ts';
import { checkAcrossReports } from '../validate/content.ts';
import { checkReport, type ReportSource } from '../validate/report.ts';

/**
 * All the work on one report that depends on nothing else: its findings and,
 * when asked and it has no errors, its rendered Markdown. This is the unit the
 * build caches by content and spreads over threads, so it must stay a plain,
 * cloneable value.
 */
export interface CompiledSource {
  diagnostics: Diagnostic[];
  report?: CompiledReport | RenderedCompiledReport;
}

export function compileReport(source: ReportSource, config: SiteConfig, render: boolean): CompiledSource {
  const { report, diagnostics } = checkReport(source, config);
  if (!report) return { diagnostics };
  const { tree: _tree, ...compiled } = report;
  if (!render || diagnostics.some((d) => d.severity === 'error')) return { diagnostics, report: compiled };
  return { diagnostics, report: { ...compiled, rendered: renderReport(report) } };
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

/** Checks and renders a content folder on this thread, without a cache. */
export function compileContent(sources: readonly ReportSource[], config: SiteConfig) {
  return collectCompiled(
    sources,
    sources.map((source) => compileReport(source, config, true)),
  );
}
