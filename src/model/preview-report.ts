import { themeKey } from '../text/theme-key.ts';
import type { SiteModel } from './build-model.ts';
import { reportPage, type ModelReport, type ReportPage } from './report-page.ts';
import { reportSlug } from './urls.ts';
import { sectionKey } from './sections.ts';

/**
 * A changed report's page, made against the site's previous model: what the
 * dev server shows first, in a fraction of the time the whole model takes.
 * The page is what a full build would write unless the change reaches into
 * the rest of the site, so it is refused (undefined) when the report is new,
 * moved to another section or names a theme the site does not have yet.
 * What it leaves stale elsewhere (listings, decisions, neighbours' links)
 * the full rebuild that follows puts right.
 */
export function previewReport(model: SiteModel, report: ModelReport): ReportPage | undefined {
  const before = model.reports.find((page) => page.file === report.file);
  if (!before || before.section !== report.data.agreement.section) return undefined;
  const labels = new Map(model.themes.map((theme) => [theme.slug, theme.label]));
  if (!report.data.themes.every((theme) => labels.has(themeKey(theme)))) return undefined;
  if (before.slug !== reportSlug(report.file)) return undefined;
  const page = reportPage(report, (slug) => labels.get(slug)!, model.links, before.agreement);
  page.breadcrumbs = before.breadcrumbs;
  if (before.previous) page.previous = before.previous;
  if (before.next) page.next = before.next;
  // The links to other terms stay right as long as what this report continues does.
  const parent = before.lineage?.find((entry) => entry.relation === 'continues')?.report;
  const continues = report.data.continues;
  const same =
    continues === undefined
      ? parent === undefined
      : parent !== undefined &&
        parent.agreement.id === continues.agreement &&
        sectionKey(parent.section) === sectionKey(continues.section);
  if (!same) return undefined;
  if (before.lineage) page.lineage = before.lineage;
  return page;
}
