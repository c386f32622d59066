import { renderMarkdown } from '../markdown/render.ts';
import type { SiteConfig } from '../schema/config.ts';
import { themeKey } from '../text/theme-key.ts';
import type { CompiledReport } from '../markdown/render-report.ts';
import { decisionsIndex, type DecisionsIndex } from './decisions.ts';
import { feedEntries, type FeedEntry } from './feed.ts';
import { groupByChapter, listingPages, type ChapterInfo, type ListingPage } from './listings.ts';
import { referencesCsv, reportsJson } from './open-data.ts';
import {
  pageLinks,
  reportPage,
  type PageLinks,
  summaryOf,
  type ModelReport,
  type ReportPage,
  type ReportSummary,
} from './report-page.ts';
import { compareSections } from './sections.ts';
import { allStatuses, type StatusInfo } from './statuses.ts';
import { groupBy } from '../util/group-by.ts';
import { basePath, urls } from './urls.ts';

/** Page-size limits that keep every page small, however large the agreement. */
export const limits = {
  /** Reports on one listing page before it is split by chapter and paged. */
  listing: 150,
  /** Sections shown per chapter on the home page. */
  homePerChapter: 12,
  /** Decisions on one page of a year. */
  decisions: 150,
  /** Entries in the Atom feed. */
  feed: 50,
  /** Reports under "recent bijgewerkt". */
  recent: 5,
};

export interface Theme {
  slug: string;
  label: string;
  description?: string;
  url: string;
  count: number;
}

export interface AboutPage {
  title: string;
  html: string;
}

export interface SiteModel {
  config: SiteConfig;
  /** The path the site is published under ("/" or "/monitor/"); links in the HTML are prefixed with it. */
  basePath: string;
  /** How report pages link to their source and to a new issue (the dev preview makes pages too). */
  links: PageLinks;
  /** Every report page, in natural section order. */
  reports: ReportPage[];
  /** The home page's overview: chapters with (up to a limit) their sections. */
  home: {
    total: number;
    /** Per status: count, share, and where its segment of the bar starts (percentages). */
    progress: (StatusInfo & { count: number; percent: number; offset: number; url: string })[];
    chapters: { chapter: ChapterInfo; reports: ReportSummary[]; count: number }[];
    recent: ReportSummary[];
  };
  themes: Theme[];
  /** Every listing page: chapters, themes, statuses (each may be split). */
  listings: ListingPage[];
  decisions: DecisionsIndex;
  /** The Atom feed's entries; none when the site has no address (then there is no feed). */
  feed: FeedEntry[];
  about: AboutPage;
  /**
   * The open-data files by URL, made in pieces when written (open-data.ts):
   * together they hold all the content, and most builds write neither.
   */
  data: Record<string, () => Iterable<string>>;
  /** Every HTML page but the 404 page, for sitemap.xml (written only when the site has an address). */
  sitemap: { url: string; lastmod?: string }[];
}

export interface ModelInput {
  reports: readonly ModelReport[];
  config: SiteConfig;
  /** The about page's Markdown (content/over.md), if there is one. */
  about?: { title: string; markdown: string };
  /** A report file's path in the repository that holds it, for edit links; default: in none. */
  sourcePath?: (file: string) => string | undefined;
}

/** The one typed model the templates present. Pure: reports in, model out. */
export function buildModel({ reports: checked, config, about, sourcePath }: ModelInput): SiteModel {
  const sorted = [...checked].sort((a, b) => compareSections(a.data.agreement.section, b.data.agreement.section));
  const themeLabel = themeLabels(sorted, config);
  const links = pageLinks(config, sourcePath);
  const reports = sorted.map((report) => reportPage(report, themeLabel, links));
  // Only what the open data needs is kept of the compiled reports, not their rendered parts.
  const openData = sorted.map(({ file, data }) => ({ file, data }));
  reports.forEach((report, i) => {
    if (i > 0) report.previous = summaryOf(reports[i - 1]!);
    if (i + 1 < reports.length) report.next = summaryOf(reports[i + 1]!);
  });
  const summaries = reports.map(summaryOf);
  const chapterOf = (number: string): ChapterInfo => ({
    number,
    title: config.chapters[number] ?? `Hoofdstuk ${number}`,
    url: urls.chapter(number),
  });

  const themes = [...new Set(summaries.flatMap((r) => r.themes.map((t) => t.slug)))]
    .map((slug): Theme => {
      const theme: Theme = {
        slug,
        label: themeLabel(slug),
        url: urls.theme(slug),
        count: summaries.filter((r) => r.themes.some((t) => t.slug === slug)).length,
      };
      const description = configuredTheme(config, slug)?.description;
      if (description !== undefined) theme.description = description;
      return theme;
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'));

  const home = { label: 'Overzicht', url: urls.home };
  const listings = [
    ...groupByChapter(summaries, chapterOf).flatMap(({ chapter, reports: list }) =>
      listingPages(
        { url: chapter.url, title: chapterTitle(chapter), breadcrumbs: [home] },
        list,
        chapterOf,
        limits.listing,
      ),
    ),
    ...themes.flatMap((theme) => {
      const spec = {
        url: theme.url,
        title: `Thema: ${theme.label}`,
        breadcrumbs: [home, { label: "Thema's", url: urls.themes }],
      };
      const list = summaries.filter((r) => r.themes.some((t) => t.slug === theme.slug));
      return listingPages(
        theme.description ? { ...spec, intro: theme.description } : spec,
        list,
        chapterOf,
        limits.listing,
      );
    }),
    ...allStatuses.flatMap((status) =>
      listingPages(
        {
          url: urls.status(status.status),
          title: `Status: ${status.label}`,
          intro: status.meaning,
          breadcrumbs: [home],
        },
        summaries.filter((r) => r.status.status === status.status),
        chapterOf,
        limits.listing,
      ),
    ),
  ];

  const decisions = decisionsIndex(reports, limits.decisions);
  return {
    config,
    basePath: basePath(config.baseUrl),
    links,
    reports,
    home: {
      total: summaries.length,
      progress: progressBar(summaries),
      chapters: groupByChapter(summaries, chapterOf).map(({ chapter, reports: list }) => ({
        chapter,
        reports: list.slice(0, limits.homePerChapter),
        count: list.length,
      })),
      recent: summaries
        .filter((r) => r.lastChanged !== undefined)
        .sort((a, b) =>
          a.lastChanged! < b.lastChanged!
            ? 1
            : a.lastChanged! > b.lastChanged!
              ? -1
              : compareSections(a.section, b.section),
        )
        .slice(0, limits.recent),
    },
    themes,
    listings,
    decisions,
    feed: config.baseUrl === undefined ? [] : feedEntries(reports, config.baseUrl, limits.feed),
    about: about ? { title: about.title, html: renderMarkdown(about.markdown, 2) } : defaultAbout(config),
    data: {
      [urls.reportsJson]: () => reportsJson(openData, config.baseUrl),
      [urls.referencesCsv]: () => referencesCsv(openData, config.baseUrl),
    },
    sitemap: [
      { url: urls.home },
      ...reports.map((report) =>
        report.lastChanged ? { url: report.url, lastmod: report.lastChanged } : { url: report.url },
      ),
      ...listings.map((listing) => ({ url: listing.url })),
      { url: urls.themes },
      { url: urls.decisions },
      ...decisions.pages.map((page) => ({ url: page.url })),
      { url: urls.about },
      { url: urls.search },
    ],
  };
}

function progressBar(summaries: readonly ReportSummary[]): SiteModel['home']['progress'] {
  const counts = groupBy(summaries, (r) => r.status.status);
  let offset = 0;
  return allStatuses.map((status) => {
    const count = counts.get(status.status)?.length ?? 0;
    const percent = summaries.length ? Math.round((1000 * count) / summaries.length) / 10 : 0;
    const segment = { ...status, count, percent, offset, url: urls.status(status.status) };
    offset = Math.round((offset + percent) * 10) / 10;
    return segment;
  });
}

function chapterTitle(chapter: ChapterInfo): string {
  return chapter.title === `Hoofdstuk ${chapter.number}`
    ? chapter.title
    : `Hoofdstuk ${chapter.number}: ${chapter.title}`;
}

function configuredTheme(config: SiteConfig, slug: string) {
  return Object.entries(config.themes).find(([name]) => themeKey(name) === slug)?.[1];
}

/**
 * A theme's name: the label from the site config, else the spelling most
 * reports use (the first one seen on a tie).
 */
function themeLabels(reports: readonly Pick<CompiledReport, 'data'>[], config: SiteConfig): (slug: string) => string {
  const spellings = new Map<string, Map<string, number>>();
  for (const report of reports) {
    for (const theme of report.data.themes) {
      const counts = spellings.get(themeKey(theme)) ?? new Map<string, number>();
      counts.set(theme, (counts.get(theme) ?? 0) + 1);
      spellings.set(themeKey(theme), counts);
    }
  }
  return (slug) => {
    const configured = configuredTheme(config, slug)?.label;
    if (configured) return configured;
    const counts = [...(spellings.get(slug) ?? new Map<string, number>())];
    const best = counts.reduce<[string, number] | undefined>(
      (a, b) => (a === undefined || b[1] > a[1] ? b : a),
      undefined,
    );
    const label = best?.[0] ?? slug;
    return label.charAt(0).toLocaleUpperCase('nl') + label.slice(1);
  };
}

function defaultAbout(config: SiteConfig): AboutPage {
  return { title: 'Over deze site', html: `<p>${escapeHtml(config.description)}</p>` };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
