import type { RenderedCompiledReport, RenderedReport } from '../markdown/render-report.ts';
import type { TocEntry } from '../markdown/toc.ts';
import type { Reference } from '../schema/report.ts';
import { themeKey } from '../text/theme-key.ts';
import { groupBy } from '../util/group-by.ts';
import { chapterOf } from './sections.ts';
import { statusInfo, type StatusInfo } from './statuses.ts';
import { timelineStrip } from './timeline-strip.ts';
import { publicUrl, referenceAnchor, reportSlug, urls } from './urls.ts';
import type { SiteConfig } from '../schema/config.ts';

export interface ThemeRef {
  slug: string;
  label: string;
  url: string;
}

/** Which agreement a page belongs to, as pages name and link it. */
export interface AgreementRef {
  id: string;
  name: string;
  /** Its name, with its term where the name does not say it. */
  label: string;
  /** The term as readers see it: "2019-2024", "sinds 2024". */
  period: string;
  /** Its overview: the home page on a site with one agreement. */
  url: string;
  /** Where its pages live: "/" or "/<id>/". */
  path: string;
  /** Its first day, YYYY-MM-DD, when known: where a report's timeline starts. */
  start?: string;
}

/** What listings show of a report. */
export interface ReportSummary {
  slug: string;
  agreement: AgreementRef;
  url: string;
  section: string;
  chapter: string;
  title: string;
  status: StatusInfo;
  themes: ThemeRef[];
  /** The last day the report changed: `updated` or the newest status change. */
  lastChanged?: string;
}

export interface ReferenceEntry extends Reference {
  anchor: string;
  /** Anchors of the citations of this reference in the body, for links back. */
  citedAt: string[];
}

export interface ReportPage extends ReportSummary {
  /** Source path, for "bewerk deze pagina". */
  file: string;
  updated?: string;
  history: { date: string; status: StatusInfo; noteHtml?: string }[];
  references: ReferenceEntry[];
  /**
   * The cited decisions on a time axis, an SVG (undefined without any), made
   * when the page is written: from the references, lastChanged and the
   * agreement's start, all in the page's fingerprint.
   */
  timeline: () => string | undefined;
  agreementText: string;
  agreementHtml: string;
  /** The rendered body, asked for when the page is written (see ModelReport). */
  body: () => string;
  /** A hash of the body, for the page's fingerprint. */
  bodyHash: string;
  toc: TocEntry[];
  /** Plain-text summary for meta description and OpenGraph. */
  description: string;
  /** "meld een fout", when the repository is known. */
  issueUrl?: string;
  /** "bewerk deze pagina", when the repository is known and the file is in it. */
  editUrl?: string;
  previous?: ReportSummary;
  next?: ReportSummary;
  /** Home, its agreement on a site with several, its chapter. */
  breadcrumbs: { label: string; url: string }[];
  /**
   * The same promise in other terms, followed to both ends, oldest first:
   * what came before the report this one continues (`earlier`), that report
   * (`continues`), the reports that carry this one on (`continued-by`) and
   * what carries those on (`later`).
   */
  lineage?: { relation: 'earlier' | 'continues' | 'continued-by' | 'later'; report: ReportSummary }[];
}

export interface PageLinks {
  repositoryUrl?: string;
  /** The branch edit links open. */
  branch: string;
  /** The page's address as quoted in a new issue. */
  pageUrl: (path: string) => string;
  /**
   * A report file's path inside the repository that holds it; undefined
   * when it is in none (then the page has no edit link).
   */
  sourcePath: (file: string) => string | undefined;
}

/** The links of a site's report pages, from its config and where its files are kept. */
export function pageLinks(
  config: SiteConfig,
  sourcePath: (file: string) => string | undefined = () => undefined,
): PageLinks {
  const links: PageLinks = {
    branch: config.repositoryBranch,
    pageUrl: (path) => publicUrl(config.baseUrl, path),
    sourcePath,
  };
  if (config.repositoryUrl !== undefined) links.repositoryUrl = config.repositoryUrl;
  return links;
}

/**
 * A rendered report as the model takes it. Its body is asked for only when
 * its page is written: the build leaves the bodies in its cache until then
 * (they are some 40 MB at 4,000 reports).
 */
export type ModelReport = Omit<RenderedCompiledReport, 'rendered'> & {
  rendered: Omit<RenderedReport, 'bodyHtml'>;
  body: () => string;
  /** The id of the agreement it belongs to; default: the site's only one. */
  agreement?: string;
};

/** A report rendered in memory, as the model takes it. */
export function modelReport({ rendered: { bodyHtml, ...rendered }, ...report }: RenderedCompiledReport): ModelReport {
  return { ...report, rendered, body: () => bodyHtml };
}

/** Everything the report page shows, from one validated report. */
export function reportPage(
  report: ModelReport,
  themeLabel: (key: string) => string,
  links: PageLinks,
  agreement: AgreementRef,
): ReportPage {
  const { data, rendered } = report;
  const references = [...data.references].sort((a, b) => a.id - b.id);
  const citations = groupBy(rendered.citations, (citation) => citation.id);
  const entries = references.map((reference) => referenceEntry(reference, citations.get(reference.id) ?? []));
  const slug = reportSlug(report.file);
  const lastChanged = [data.updated, ...data.history.map((h) => h.date)]
    .filter((d) => d !== undefined)
    .sort()
    .at(-1);
  const page: ReportPage = {
    slug,
    agreement,
    url: urls.report(slug, agreement.path),
    section: data.agreement.section,
    chapter: chapterOf(data.agreement.section),
    title: data.title,
    status: statusInfo(data.status),
    themes: uniqueThemes(data.themes, themeLabel),
    file: report.file,
    history: data.history.map((entry, index) => {
      const item: ReportPage['history'][number] = { date: entry.date, status: statusInfo(entry.status) };
      const noteHtml = rendered.notesHtml[index];
      if (noteHtml !== undefined) item.noteHtml = noteHtml;
      return item;
    }),
    references: entries,
    timeline: () => timelineStrip(entries, { start: agreement.start, end: lastChanged }),
    agreementText: data.agreement.text,
    agreementHtml: rendered.agreementHtml,
    body: report.body,
    bodyHash: rendered.bodyHash,
    toc: rendered.toc,
    breadcrumbs: [{ label: 'Overzicht', url: urls.home }],
    description: `${agreement.name}, sectie ${data.agreement.section}: ${statusInfo(data.status).label}. ${truncate(rendered.agreementPlain, 150)}`,
  };
  if (data.updated !== undefined) page.updated = data.updated;
  if (lastChanged !== undefined) page.lastChanged = lastChanged;
  if (links.repositoryUrl !== undefined) {
    const repository = links.repositoryUrl.replace(/\/$/, '');
    // Named by its path in the repository, never by where the build ran.
    const source = links.sourcePath(report.file);
    if (source !== undefined) {
      const encoded = [...links.branch.split('/'), ...source.split('/')].map(encodeURIComponent).join('/');
      page.editUrl = `${repository}/edit/${encoded}`;
    }
    const title = `Fout in ${data.agreement.section} ${data.title}`;
    const lines = [`Pagina: ${links.pageUrl(page.url)}`, ...(source === undefined ? [] : [`Bestand: ${source}`])];
    const body = `${lines.join('\n')}\n\nWat is er fout, en wat zou er moeten staan?\n`;
    page.issueUrl = `${repository}/issues/new?${new URLSearchParams({ title, body })}`;
  }
  return page;
}

/**
 * Written out rather than spread from the reference: V8 gives every object
 * spread from a deserialized one a hidden class of its own, some 250 bytes
 * for each of the site's references (about 40 MB at 4,000 reports).
 */
function referenceEntry(reference: Reference, citations: readonly { anchor: string }[]): ReferenceEntry {
  const entry: ReferenceEntry = {
    id: reference.id,
    date: reference.date,
    anchor: referenceAnchor(reference.id),
    citedAt: citations.map((c) => c.anchor),
  };
  if (reference.title !== undefined) entry.title = reference.title;
  if (reference.url !== undefined) entry.url = reference.url;
  return entry;
}

export function summaryOf(page: ReportPage): ReportSummary {
  const { slug, agreement, url, section, chapter, title, status, themes, lastChanged } = page;
  const summary: ReportSummary = { slug, agreement, url, section, chapter, title, status, themes };
  if (lastChanged !== undefined) summary.lastChanged = lastChanged;
  return summary;
}

function uniqueThemes(themes: readonly string[], themeLabel: (key: string) => string): ThemeRef[] {
  const keys = [...new Set(themes.map(themeKey))];
  return keys.map((slug) => ({ slug, label: themeLabel(slug), url: urls.theme(slug) }));
}

function truncate(text: string, length: number): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  return plain.length <= length ? plain : `${plain.slice(0, length).replace(/\s+\S*$/, '')} …`;
}
