import type { SiteConfig } from '../schema/config.ts';
import type { HistoryEntry, Reference, Status } from '../schema/report.ts';
import { renderMarkdown, renderTree } from '../markdown/render.ts';
import { themeKey } from '../text/theme-key.ts';
import type { CheckedReport } from '../validate/report.ts';
import { chapterOf, compareSections } from './sections.ts';
import { statusInfo } from './statuses.ts';

export interface ThemeRef {
  slug: string;
  label: string;
}

export interface ReportPage {
  /** File name without `.md`; the page lives at /rapporten/<slug>/. */
  slug: string;
  /** Source path, for "edit this page" links. */
  file: string;
  title: string;
  section: string;
  chapter: string;
  status: Status;
  statusLabel: string;
  statusMeaning: string;
  themes: ThemeRef[];
  updated?: string;
  history: HistoryEntry[];
  references: Reference[];
  agreementHtml: string;
  bodyHtml: string;
}

export interface SiteModel {
  config: SiteConfig;
  /** In natural section order. */
  reports: ReportPage[];
}

/** The one typed model the templates present. Pure: reports in, model out. */
export function buildModel(reports: readonly CheckedReport[], config: SiteConfig): SiteModel {
  const pages = reports.map((report): ReportPage => {
    const { data } = report;
    const page: ReportPage = {
      slug: slugOf(report.file),
      file: report.file,
      title: data.title,
      section: data.agreement.section,
      chapter: chapterOf(data.agreement.section),
      status: data.status,
      statusLabel: statusInfo[data.status].label,
      statusMeaning: statusInfo[data.status].meaning,
      themes: data.themes.map((label) => ({ slug: themeKey(label), label })),
      history: data.history,
      references: [...data.references].sort((a, b) => a.id - b.id),
      agreementHtml: renderMarkdown(data.agreement.text),
      bodyHtml: renderTree(report.tree),
    };
    if (data.updated !== undefined) page.updated = data.updated;
    return page;
  });
  pages.sort((a, b) => compareSections(a.section, b.section));
  return { config, reports: pages };
}

function slugOf(file: string): string {
  return file.split('/').at(-1)!.replace(/\.md$/, '');
}
