import { createHash } from 'node:crypto';
import type { Redirect, SiteModel } from './build-model.ts';
import type { DecisionPage } from './decisions.ts';
import type { ListingPage } from './listings.ts';
import type { ReportPage } from './report-page.ts';
import { badgeUrl, urls } from './urls.ts';

/**
 * The pages Eleventy is asked to write. A full build writes them all; a build
 * over a previous output writes only those whose data changed and keeps the
 * others' files as they were. Pages made from the whole model (home, themes,
 * feed, sitemap…) are few and small, and are written by every build; only
 * the dev server's quick preview of one changed report leaves them out.
 */
export interface RenderSelection {
  reports: ReportPage[];
  listings: ListingPage[];
  decisionPages: DecisionPage[];
  /** The open-data files' URLs. */
  dataFiles: string[];
  /** Pages at old addresses that lead to the new ones. */
  redirects: Redirect[];
  /** Whether to write the pages made from the whole model. */
  wholeModel: boolean;
}

/** Output file (relative to the site folder) → fingerprint of what it shows. */
export type PageFingerprints = Record<string, string>;

export interface RenderPlan {
  selection: RenderSelection;
  fingerprints: PageFingerprints;
  /** Files of the previous output that stay as they are. */
  unchanged: string[];
  /** Whether any report page was added, changed or removed: what the search index is made of. */
  reportsChanged: boolean;
}

/** No page at all: the start of a part, or a rebuild that writes nothing. */
export function emptySelection(): RenderSelection {
  return { reports: [], listings: [], decisionPages: [], dataFiles: [], redirects: [], wholeModel: false };
}

export function everything(model: SiteModel): RenderSelection {
  return {
    reports: model.reports,
    listings: model.listings,
    decisionPages: model.decisions.pages,
    dataFiles: Object.keys(model.data),
    redirects: model.redirects,
    wholeModel: true,
  };
}

/**
 * Compares every page's fingerprint with the previous build's. `salt` stands
 * for everything else a page depends on (templates, code, config) but the
 * site's address: when it or the address differs, `previous` must not be
 * given. `inputs`, a fingerprint of all the
 * content, stands for the open-data files, which hold all of it; without it
 * their text is hashed.
 */
export function planRender(model: SiteModel, salt: string, previous?: PageFingerprints, inputs?: string): RenderPlan {
  const fingerprints: PageFingerprints = {};
  const changed = <T>(url: string, item: T, text: string = JSON.stringify(item)): boolean => {
    const file = outputFile(url);
    // SHA-1: twice as fast as SHA-256 over a site's worth of pages, and only accidents are guarded against here.
    fingerprints[file] = createHash('sha1').update(`${salt}\0${text}`).digest('base64url');
    return previous?.[file] !== fingerprints[file];
  };
  // Left out of a report page's fingerprint, as they are the bulk of it: the
  // body (its hash stands for it) and the timeline (drawn from the references);
  // and the issue link, made of what is in it and the site's address, which
  // `salt` leaves to the caller (so that builds at two addresses compare).
  const reports = model.reports.filter(({ body: _body, timeline: _timeline, issueUrl: _issueUrl, ...report }) => {
    const written = changed(report.url, report);
    // Its status badge shows part of what the page shows, and is written with it.
    fingerprints[outputFile(badgeUrl(report.url))] = fingerprints[outputFile(report.url)]!;
    return written;
  });
  const selection: RenderSelection = {
    reports,
    listings: model.listings.filter((listing) => changed(listing.url, listing)),
    decisionPages: model.decisions.pages.filter((page) => changed(page.url, { ...page, decisions: page.decisions() })),
    dataFiles: Object.entries(model.data)
      .filter(([url, pieces]) => changed(url, null, inputs ?? [...pieces()].join('')))
      .map(([url]) => url),
    redirects: model.redirects.filter((redirect) => changed(redirect.from, redirect)),
    wholeModel: true,
  };
  const rendered = new Set(
    [...selection.reports, ...selection.listings, ...selection.decisionPages]
      .map((page) => page.url)
      .concat(selection.redirects.map((redirect) => redirect.from))
      .concat(selection.dataFiles)
      .concat(selection.reports.map((report) => badgeUrl(report.url)))
      .map(outputFile),
  );
  const unchanged = previous ? Object.keys(fingerprints).filter((file) => !rendered.has(file)) : [];
  // Redirects may stand at old report addresses: they are no removed reports.
  const reportFiles = new Set(
    [
      ...model.reports.flatMap((report) => [report.url, badgeUrl(report.url)]),
      ...model.redirects.map((redirect) => redirect.from),
    ].map(outputFile),
  );
  // A report page is at rapporten/<slug>/, or <id>/rapporten/<slug>/ on a site with several agreements.
  const reportFolder = outputFile(urls.report('x')).split('/')[0]!;
  const isReportPage = (file: string) => file.split('/').at(-3) === reportFolder;
  const removedReports = Object.keys(previous ?? {}).some((file) => isReportPage(file) && !reportFiles.has(file));
  return { selection, fingerprints, unchanged, reportsChanged: !previous || reports.length > 0 || removedReports };
}

/**
 * A page's share of a part: a page of decisions lists up to 150 of them with
 * their titles and links, the output of about four report pages (some 40
 * references each), and Eleventy holds it as long.
 */
export function pageWeight(page: DecisionPage | ReportPage | ListingPage | Redirect | string): number {
  return typeof page === 'object' && 'decisions' in page ? Math.max(1, Math.ceil(page.count / 40)) : 1;
}

/**
 * The selection cut into parts of at most `size` pages (by weight, see
 * pageWeight; a heavier page goes alone), written one after the other:
 * Eleventy holds every page it writes until it has written them all, so the
 * parts bound the build's memory. The pages made from the whole model go
 * with the first part.
 */
export function sliceSelection(selection: RenderSelection, size: number): RenderSelection[] {
  const parts: RenderSelection[] = [];
  const empty = emptySelection;
  let part = { ...empty(), wholeModel: selection.wholeModel };
  let count = 0;
  const add = <K extends 'reports' | 'listings' | 'decisionPages' | 'dataFiles' | 'redirects'>(
    key: K,
    item: RenderSelection[K][number],
  ) => {
    const weight = pageWeight(item);
    if (count > 0 && count + weight > size) {
      parts.push(part);
      part = empty();
      count = 0;
    }
    (part[key] as RenderSelection[K][number][]).push(item);
    count += weight;
  };
  for (const item of selection.reports) add('reports', item);
  for (const item of selection.listings) add('listings', item);
  for (const item of selection.decisionPages) add('decisionPages', item);
  for (const item of selection.dataFiles) add('dataFiles', item);
  for (const item of selection.redirects) add('redirects', item);
  parts.push(part);
  return parts;
}

/** The same plan with every page written, for when the previous output cannot be used after all. */
export function renderAll(model: SiteModel, plan: RenderPlan): RenderPlan {
  return { selection: everything(model), fingerprints: plan.fingerprints, unchanged: [], reportsChanged: true };
}

/** Where Eleventy writes a URL: `/a/b/` → `a/b/index.html`, `/data/x.json` → `data/x.json`. */
export function outputFile(url: string): string {
  const path = url.replace(/^\//, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}
