import { renderReport } from '../markdown/render-report.ts';
import type { Agreement } from '../model/agreements.ts';
import type { SiteConfig } from '../schema/config.ts';
import { checkReport, type ReportSource } from '../validate/report.ts';
import { collectCompiled, type CompiledSource } from './collect.ts';
import { sectionClaim } from '../validate/section-claim.ts';

/** One report's findings and, when asked and it has no errors, its rendered Markdown. */
export function compileReport(source: ReportSource, config: SiteConfig, render: boolean): CompiledSource {
  const { report, diagnostics } = checkReport(source, config);
  if (!report) return { diagnostics };
  const { tree: _tree, body: _body, citations: _citations, ...compiled } = report;
  const section = sectionClaim(report);
  if (!render || diagnostics.some((d) => d.severity === 'error')) return { diagnostics, section, report: compiled };
  return { diagnostics, section, report: { ...compiled, rendered: renderReport(report) } };
}

/** Checks and renders a content folder on this thread, without a cache. */
export function compileContent(
  sources: readonly ReportSource[],
  config: SiteConfig,
  agreements?: readonly Agreement[],
) {
  return collectCompiled(
    sources,
    sources.map((source) => compileReport(source, config, true)),
    agreements,
  );
}
