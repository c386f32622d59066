import type { Status } from '../schema/report.ts';

/** Every address on the site is made here, so templates and tests agree. */
export const urls = {
  home: '/',
  report: (slug: string) => `/rapporten/${slug}/`,
  reference: (slug: string, id: number) => `/rapporten/${slug}/#${referenceAnchor(id)}`,
  themes: '/themas/',
  theme: (slug: string) => `/themas/${slug}/`,
  status: (status: Status) => `/status/${status}/`,
  chapter: (chapter: string) => `/hoofdstukken/${chapter}/`,
  decisions: '/beslissingen/',
  decisionsYear: (year: string, page = 1) => `/beslissingen/${year}/${page > 1 ? `${page}/` : ''}`,
  about: '/over/',
  feed: '/feed.xml',
  reportsJson: '/data/reports.json',
  referencesCsv: '/data/references.csv',
};

/** The anchor of reference n in a report's list. */
export function referenceAnchor(id: number): string {
  return `bron-${id}`;
}

/** An absolute URL under the site's base URL. */
export function absolute(baseUrl: string, path: string): string {
  return new URL(path.replace(/^\//, ''), baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href;
}

/** The path the site lives under, from its base URL: "/" or "/monitor/". */
export function basePath(baseUrl: string): string {
  const pathname = new URL(baseUrl).pathname;
  return pathname.endsWith('/') ? pathname : `${pathname}/`;
}
