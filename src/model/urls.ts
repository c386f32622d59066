import type { Status } from '../schema/report.ts';
import { themeKey } from '../text/theme-key.ts';

/**
 * Every address on the site is made here, so templates and tests agree.
 * `base` is where an agreement's pages live: "/" on a site with one
 * agreement, "/<id>/" on a site with several (see Agreement.path).
 */
export const urls = {
  home: '/',
  agreement: (id: string) => `/${id}/`,
  report: (slug: string, base = '/') => `${base}rapporten/${slug}/`,
  reference: (reportUrl: string, id: number) => `${reportUrl}#${referenceAnchor(id)}`,
  themes: '/themas/',
  theme: (slug: string, base = '/') => `${base}themas/${slug}/`,
  status: (status: Status, base = '/') => `${base}status/${status}/`,
  chapter: (chapter: string, base = '/') => `${base}hoofdstukken/${chapter}/`,
  /** An agreement's chapters index; "pagina-2" cannot be a chapter, whose number is digits. */
  chapters: (base = '/', page = 1) => `${base}hoofdstukken/${page > 1 ? `pagina-${page}/` : ''}`,
  decisions: '/beslissingen/',
  decisionsYear: (year: string, page = 1) => `/beslissingen/${year}/${page > 1 ? `${page}/` : ''}`,
  about: '/over/',
  search: '/zoeken/',
  feed: '/feed.xml',
  reportsJson: '/data/reports.json',
  referencesCsv: '/data/references.csv',
};

/** A report's status badge (an SVG image), beside its page. */
export function badgeUrl(reportUrl: string): string {
  return `${reportUrl}status.svg`;
}

/**
 * The part of a report's address that comes from its file name: the name
 * without `.md`, in lower case, without accents, and with spaces and other
 * signs made dashes, as theme slugs are. `1-3-activering-stimuleren.md` stays
 * `1-3-activering-stimuleren`; `Wonen en énergie (1).md` becomes
 * `wonen-en-energie-1`. A name with nothing left becomes `rapport`; two names
 * that give the same address are a finding (`report-address-duplicate`).
 */
export function reportSlug(file: string): string {
  const name = file.split('/').at(-1)!.replace(/\.md$/i, '');
  return themeKey(name) || 'rapport';
}

/** The anchor of reference n in a report's list. */
export function referenceAnchor(id: number): string {
  return `bron-${id}`;
}

/** An absolute URL under the site's base URL. */
export function absolute(baseUrl: string, path: string): string {
  return new URL(path.replace(/^\//, ''), baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href;
}

/**
 * A page's address for readers outside the site (open data, issue texts):
 * absolute under the site's address, or the bare site path when the site has
 * none, rather than an address nobody can reach.
 */
export function publicUrl(baseUrl: string | undefined, path: string): string {
  return baseUrl === undefined ? path : absolute(baseUrl, path);
}

/** The path the site lives under, from its base URL: "/" or "/monitor/"; "/" without one. */
export function basePath(baseUrl: string | undefined): string {
  if (baseUrl === undefined) return '/';
  const pathname = new URL(baseUrl).pathname;
  return pathname.endsWith('/') ? pathname : `${pathname}/`;
}
