import { renderMarkdown } from '../markdown/render.ts';
import type { SiteConfig } from '../schema/config.ts';
import { themeKey } from '../text/theme-key.ts';
import type { CompiledReport } from '../markdown/render-report.ts';
import { decisionsIndex, type DecisionsIndex } from './decisions.ts';
import { feedEntries, type FeedEntry } from './feed.ts';
import {
  chapterLabel,
  groupByChapter,
  listingPages,
  type ChapterInfo,
  type Crumb,
  type ListingPage,
  type ListingSpec,
  type Scope,
} from './listings.ts';
import { currentFirst, singleAgreement, type Agreement } from './agreements.ts';

import { referencesCsv, reportsJson } from './open-data.ts';
import { chapterRows, chaptersPages, type ChapterRow, type ChaptersPage } from './chapter-progress.ts';
import { statusBadges, type StatusBadges } from './status-badge.ts';
import { structuredData, type StructuredData } from './structured-data.ts';
import {
  pageLinks,
  reportPage,
  type AgreementRef,
  type PageLinks,
  summaryOf,
  type ModelReport,
  type ReportPage,
  type ReportSummary,
} from './report-page.ts';
import { compareSections, sectionKey } from './sections.ts';
import { allStatuses, type StatusInfo } from './statuses.ts';
import { overTime, type OverTime } from './over-time.ts';
import { groupBy } from '../util/group-by.ts';
import { basePath, urls } from './urls.ts';

/** Page-size limits that keep every page small, however large the agreement. */
export const limits = {
  /** Reports on one listing page before it is split by chapter and paged. */
  listing: 150,
  /** Chapter rows on an agreement's overview; the rest are on its chapters index. */
  overviewChapters: 50,
  /** Chapter rows on one page of the chapters index. */
  chaptersPage: 100,
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

/** One status's share of a set of reports: count, share, and where its segment of the bar starts (percentages). */
export type ProgressSegment = StatusInfo & { count: number; percent: number; offset: number; url: string };

/** An agreement as its overview shows it (the home page, on a site with one). */
export interface AgreementOverview {
  agreement: AgreementRef & {
    government?: string;
    start?: string;
    end?: string;
    /** Its description from agreement.yaml, rendered. */
    descriptionHtml?: string;
    /** The term the site follows now: without an end, else the one that started last. */
    current: boolean;
  };
  total: number;
  progress: ProgressSegment[];
  /** The first chapters (up to a limit), each a row of its sections by status; no sections (the chapter pages list them). */
  chapters: ChapterRow[];
  /** How many chapters the agreement has: those past the limit are on its chapters index only. */
  chapterCount: number;
  /** The agreement's chapters index, with every chapter's row. */
  chaptersUrl: string;
  recent: ReportSummary[];
  /** How many sections stood at each status over time; only when some report has a history entry. */
  overTime?: OverTime;
}

/** A page at an address the site used before it held several agreements, leading to the new one. */
export interface Redirect {
  from: string;
  to: string;
  title: string;
}

export interface SiteModel {
  config: SiteConfig;
  /** The path the site is published under ("/" or "/monitor/"); links in the HTML are prefixed with it. */
  basePath: string;
  /** How report pages link to their source and to a new issue (the dev preview makes pages too). */
  links: PageLinks;
  /** Whether the site holds several agreements, each under its own address. */
  several: boolean;
  /** Every report page: by agreement (current first), then in natural section order. */
  reports: ReportPage[];
  /** Each agreement's overview, the current one first. */
  agreements: AgreementOverview[];
  /** The overview the home page shows: the site's one agreement, or the current one. */
  home: AgreementOverview;
  /** The overview pages at /<id>/: one per agreement on a site with several, none on a site with one (the home page is its overview). */
  agreementPages: AgreementOverview[];
  /** Each agreement's chapters index, paged: made from the whole model, and few (a page per 100 chapters). */
  chaptersPages: ChaptersPage[];
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
  /** Pages at the old addresses of the agreement named by `redirectOldAddressesTo`. */
  redirects: Redirect[];
  /** Every HTML page but the 404 page and the redirects, for sitemap.xml (written only when the site has an address). */
  sitemap: { url: string; lastmod?: string }[];
  /** Each report's status badge (its status.svg) and how to embed it, made when written. */
  statusBadges: StatusBadges;
  /** The JSON-LD of the report pages and the home page. */
  structuredData: StructuredData;
}

export interface ModelInput {
  reports: readonly ModelReport[];
  config: SiteConfig;
  /** The site's agreements; default: the one named in the config. */
  agreements?: readonly Agreement[];
  /** Whether they are laid out as several (content/agreements/), each under its own address. */
  several?: boolean;
  /** The about page's Markdown (content/over.md), if there is one. */
  about?: { title: string; markdown: string };
  /** A report file's path in the repository that holds it, for edit links; default: in none. */
  sourcePath?: (file: string) => string | undefined;
}

/** The one typed model the templates present. Pure: reports in, model out. */
export function buildModel({
  reports: checked,
  config,
  agreements: given,
  several = false,
  about,
  sourcePath,
}: ModelInput): SiteModel {
  const agreements = currentFirst(given ?? [singleAgreement(config)]);
  const refs = new Map(agreements.map((agreement) => [agreement.id, agreementRef(agreement, several)]));
  const order = new Map(agreements.map((agreement, i) => [agreement.id, i]));
  const agreementOf = (report: ModelReport) => report.agreement ?? agreements[0]!.id;
  const sorted = [...checked].sort(
    (a, b) =>
      order.get(agreementOf(a))! - order.get(agreementOf(b))! ||
      compareSections(a.data.agreement.section, b.data.agreement.section),
  );
  const themeLabel = themeLabels(sorted, config);
  const links = pageLinks(config, sourcePath);
  const reports = sorted.map((report) => reportPage(report, themeLabel, links, refs.get(agreementOf(report))!));
  // Only what the open data needs is kept of the compiled reports, not their rendered parts.
  const openData = sorted.map(({ data }, i) => ({
    data,
    slug: reports[i]!.slug,
    url: reports[i]!.url,
    agreement: { id: reports[i]!.agreement.id, name: reports[i]!.agreement.name },
  }));
  const byAgreement = groupBy(reports, (report) => report.agreement.id);
  for (const pages of byAgreement.values()) {
    pages.forEach((report, i) => {
      if (i > 0) report.previous = summaryOf(pages[i - 1]!);
      if (i + 1 < pages.length) report.next = summaryOf(pages[i + 1]!);
    });
  }
  linkLineages(
    reports,
    sorted.map((report) => report.data.continues),
  );
  const summaries = reports.map(summaryOf);
  const summariesOf = (id: string) => summaries.filter((summary) => summary.agreement.id === id);
  const byId = new Map(agreements.map((agreement) => [agreement.id, agreement]));
  const titleOf = (number: string, agreement: AgreementRef) => byId.get(agreement.id)!.chapters[number];
  const ownChapter = chapters(titleOf, false);
  // Where one listing holds several agreements, a chapter is named with its agreement.
  const sharedChapter = several ? chapters(titleOf, true) : ownChapter;

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
  const crumbsOf = (ref: AgreementRef) => (several ? [home, { label: ref.name, url: ref.url }] : [home]);
  // A theme or status listing: for all agreements and, on a site with several, for each.
  const scoped = (
    spec: (base: string) => Omit<ListingSpec, 'url' | 'breadcrumbs' | 'scopes'>,
    url: (base: string) => string,
    matches: (report: ReportSummary) => boolean,
    crumbs: Crumb[],
    keepEmpty: boolean,
  ): ListingPage[] => {
    const all = summaries.filter(matches);
    // A status has a listing in every agreement (an overview links each); a theme only where it is used.
    const narrowed = agreements.filter(
      (agreement) => keepEmpty || all.some((report) => report.agreement.id === agreement.id),
    );
    const scopes: Scope[] | undefined = several
      ? [
          { label: 'Alle akkoorden', url: url('/'), current: false },
          ...narrowed.map((a) => ({ label: refs.get(a.id)!.label, url: url(a.path), current: false })),
        ]
      : undefined;
    const withScopes = (here: string) =>
      scopes && { scopes: scopes.map((scope) => ({ ...scope, current: scope.url === here })) };
    const pages = listingPages(
      { ...spec('/'), url: url('/'), breadcrumbs: crumbs, ...withScopes(url('/')) },
      all,
      sharedChapter,
      limits.listing,
    );
    if (!several) return pages;
    return [
      ...pages,
      ...narrowed.flatMap((agreement) => {
        const ref = refs.get(agreement.id)!;
        const own = all.filter((report) => report.agreement.id === agreement.id);
        const title = spec(agreement.path).title;
        return listingPages(
          {
            ...spec(agreement.path),
            // Short: a page title must stay within what search results show.
            title: `${title} (${agreement.id})`,
            url: url(agreement.path),
            breadcrumbs: crumbsOf(ref),
            agreement: ref,
            ...withScopes(url(agreement.path)),
          },
          own,
          ownChapter,
          limits.listing,
        );
      }),
    ];
  };
  const listings = [
    ...agreements.flatMap((agreement) =>
      groupByChapter(summariesOf(agreement.id), ownChapter).flatMap(({ chapter, reports: list }) =>
        listingPages(
          {
            url: chapter.url,
            title: chapterTitle(chapter),
            breadcrumbs: crumbsOf(chapter.agreement),
            ...(several && { agreement: chapter.agreement }),
          },
          list,
          ownChapter,
          limits.listing,
        ),
      ),
    ),
    ...themes.flatMap((theme) =>
      scoped(
        () => ({ title: `Thema: ${theme.label}`, ...(theme.description && { intro: theme.description }) }),
        (base) => urls.theme(theme.slug, base),
        (r) => r.themes.some((t) => t.slug === theme.slug),
        [home, { label: "Thema's", url: urls.themes }],
        false,
      ),
    ),
    ...allStatuses.flatMap((status) =>
      scoped(
        () => ({ title: `Status: ${status.label}`, intro: status.meaning }),
        (base) => urls.status(status.status, base),
        (r) => r.status.status === status.status,
        [home],
        true,
      ),
    ),
  ];

  for (const report of reports) {
    const chapter = ownChapter(report);
    report.breadcrumbs = [...crumbsOf(report.agreement), { label: chapter.title, url: chapter.url }];
  }
  const overviews = agreements.map((agreement, i) =>
    overviewOf(
      agreement,
      refs.get(agreement.id)!,
      i === 0,
      summariesOf(agreement.id),
      ownChapter,
      byAgreement.get(agreement.id) ?? [],
    ),
  );
  const chapterIndexes = agreements.flatMap((agreement) => {
    const ref = refs.get(agreement.id)!;
    const rows = chapterRows(summariesOf(agreement.id), ownChapter, (list) => progressBar(list, agreement.path));
    return chaptersPages(rows, ref, crumbsOf(ref), limits.chaptersPage);
  });
  const decisions = decisionsIndex(reports, limits.decisions);
  const redirects = oldAddresses(
    config.redirectOldAddressesTo,
    several,
    reports,
    [...listings, ...chapterIndexes],
    agreements,
  );
  return {
    config,
    basePath: basePath(config.baseUrl),
    links,
    several,
    reports,
    agreements: overviews,
    home: overviews[0]!,
    agreementPages: several ? overviews : [],
    chaptersPages: chapterIndexes,
    themes,
    listings,
    decisions,
    feed: config.baseUrl === undefined ? [] : feedEntries(reports, config.baseUrl, limits.feed),
    about: about ? { title: about.title, html: renderMarkdown(about.markdown, 2) } : defaultAbout(config),
    data: {
      [urls.reportsJson]: () => reportsJson(openData, config.baseUrl),
      [urls.referencesCsv]: () => referencesCsv(openData, config.baseUrl),
    },
    redirects,
    statusBadges: statusBadges(config.siteName, several, config.baseUrl),
    structuredData: structuredData(config, reports),
    sitemap: [
      { url: urls.home },
      ...(several ? overviews.map((overview) => ({ url: overview.agreement.url })) : []),
      ...reports.map((report) =>
        report.lastChanged ? { url: report.url, lastmod: report.lastChanged } : { url: report.url },
      ),
      ...listings.map((listing) => ({ url: listing.url })),
      ...chapterIndexes.map((page) => ({ url: page.url })),
      { url: urls.themes },
      { url: urls.decisions },
      ...decisions.pages.map((page) => ({ url: page.url })),
      { url: urls.about },
      { url: urls.search },
    ],
  };
}

/** How pages name and link an agreement. */
export function agreementRef(agreement: Agreement, several: boolean): AgreementRef {
  // "Vlaams Regeerakkoord 2019-2024" says its term; "Regeerakkoord" gets it added.
  const year = /\d{4}/.exec(agreement.period)?.[0];
  return {
    id: agreement.id,
    name: agreement.name,
    label:
      year === undefined || agreement.name.includes(year) ? agreement.name : `${agreement.name} (${agreement.period})`,
    period: agreement.period,
    url: several ? urls.agreement(agreement.id) : urls.home,
    path: agreement.path,
    ...(agreement.start === undefined ? {} : { start: agreement.start }),
  };
}

/**
 * A report's chapter, one object per agreement and chapter (listings group
 * by it). `shared`: named with its agreement, for listings of several.
 */
function chapters(
  titleOf: (number: string, agreement: AgreementRef) => string | undefined,
  shared: boolean,
): (report: ReportSummary) => ChapterInfo {
  const made = new Map<string, ChapterInfo>();
  return (report) => {
    const { chapter: number, agreement } = report;
    const key = `${agreement.id}\0${number}`;
    let chapter = made.get(key);
    if (!chapter) {
      const title = titleOf(number, agreement) ?? `Hoofdstuk ${number}`;
      const label = chapterLabel(number, title);
      chapter = {
        number,
        title,
        url: urls.chapter(number, agreement.path),
        label: shared ? `${agreement.name}: ${label}` : label,
        slug: shared ? `${agreement.id}-hoofdstuk-${number}` : `hoofdstuk-${number}`,
        agreement,
      };
      made.set(key, chapter);
    }
    return chapter;
  };
}

function overviewOf(
  agreement: Agreement,
  ref: AgreementRef,
  current: boolean,
  summaries: readonly ReportSummary[],
  chapterOf: (report: ReportSummary) => ChapterInfo,
  pages: readonly ReportPage[],
): AgreementOverview {
  const info: AgreementOverview['agreement'] = { ...ref, current };
  if (agreement.government !== undefined) info.government = agreement.government;
  if (agreement.start !== undefined) info.start = agreement.start;
  if (agreement.end !== undefined) info.end = agreement.end;
  if (agreement.description !== undefined) info.descriptionHtml = renderMarkdown(agreement.description, 2);
  const over = overTime(pages, agreement);
  const rows = chapterRows(summaries, chapterOf, (list) => progressBar(list, agreement.path));
  return {
    agreement: info,
    total: summaries.length,
    progress: progressBar(summaries, agreement.path),
    chapters: rows.slice(0, limits.overviewChapters),
    chapterCount: rows.length,
    chaptersUrl: urls.chapters(agreement.path),
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
    ...(over && { overTime: over }),
  };
}

/**
 * Links each report to the same promise in other terms: back along
 * `continues` to the first term, forward to every report that carries it on.
 * The checks have made sure each `continues` names an earlier report.
 */
function linkLineages(reports: ReportPage[], continues: readonly (ContinuesRef | undefined)[]): void {
  const key = (agreement: string, section: string) => `${agreement}\0${sectionKey(section)}`;
  const bySection = new Map(reports.map((report) => [key(report.agreement.id, report.section), report]));
  const parent = new Map<ReportPage, ReportPage>();
  const children = new Map<ReportPage, ReportPage[]>();
  reports.forEach((report, i) => {
    const target = continues[i];
    const earlier = target && bySection.get(key(target.agreement, target.section));
    if (!earlier || earlier === report) return;
    parent.set(report, earlier);
    children.set(earlier, [...(children.get(earlier) ?? []), report]);
  });
  for (const report of reports) {
    const lineage: NonNullable<ReportPage['lineage']> = [];
    for (let up = parent.get(report); up && up !== report; up = parent.get(up)) {
      if (lineage.some((entry) => entry.report.url === up!.url)) break;
      lineage.unshift({ relation: lineage.length === 0 ? 'continues' : 'earlier', report: summaryOf(up) });
    }
    // Term by term: the reports that continue this one, then those that continue them.
    const seen = new Set<ReportPage>([report]);
    let generation = children.get(report) ?? [];
    for (let depth = 0; generation.length > 0; depth++) {
      const next: ReportPage[] = [];
      for (const child of generation) {
        if (seen.has(child)) continue;
        seen.add(child);
        lineage.push({ relation: depth === 0 ? 'continued-by' : 'later', report: summaryOf(child) });
        next.push(...(children.get(child) ?? []));
      }
      generation = next;
    }
    if (lineage.length > 0) report.lineage = lineage;
  }
}

type ContinuesRef = { agreement: string; section: string };

/**
 * The addresses the named agreement's pages had before the site held
 * several (its reports and chapters at the root), each leading to the page's
 * new address.
 */
function oldAddresses(
  target: string | undefined,
  several: boolean,
  reports: readonly ReportPage[],
  pages: readonly { url: string; title: string }[],
  agreements: readonly Agreement[],
): Redirect[] {
  const agreement = agreements.find((a) => a.id === target);
  if (!several || agreement === undefined) return [];
  const old = (url: string) => `/${url.slice(agreement.path.length)}`;
  return [
    ...reports
      .filter((report) => report.agreement.id === agreement.id)
      .map((report) => ({ from: old(report.url), to: report.url, title: `${report.section} ${report.title}` })),
    // Its chapters, their parts and the chapters index.
    ...pages
      .filter((page) => page.url.startsWith(`${agreement.path}hoofdstukken/`))
      .map((page) => ({ from: old(page.url), to: page.url, title: page.title })),
  ];
}

function progressBar(summaries: readonly ReportSummary[], base: string): ProgressSegment[] {
  const counts = groupBy(summaries, (r) => r.status.status);
  let offset = 0;
  return allStatuses.map((status) => {
    const count = counts.get(status.status)?.length ?? 0;
    const percent = summaries.length ? Math.round((1000 * count) / summaries.length) / 10 : 0;
    const segment = { ...status, count, percent, offset, url: urls.status(status.status, base) };
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
