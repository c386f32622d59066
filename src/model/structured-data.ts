import type { ReportPage } from './report-page.ts';
import { publicUrl, urls } from './urls.ts';

/** A JSON-LD object (schema.org). */
export type JsonLd = { [key: string]: JsonLdValue };
type JsonLdValue = string | boolean | JsonLd | JsonLd[];

/** What the structured data needs of the site. */
export interface SiteFacts {
  siteName: string;
  description: string;
  /**
   * The site's address; without it urls are site paths ("/data/reports.json"),
   * which JSON-LD resolves against the page (schema.org's url and contentUrl are IRIs).
   */
  baseUrl?: string | undefined;
}

/**
 * A report page's JSON-LD: a schema.org Report about its section of the
 * agreement, dated by its last change, citing the decisions it names. Each
 * citation is the decision's name and date, and as its url its entry in the
 * page's list of sources ("#bron-3", which links on to the decision): the
 * government's addresses themselves (some 250 bytes a decision, repeating
 * the title) would break the 60 KB budget of a report citing 40 decisions.
 */
export function reportStructuredData(report: ReportPage, site: SiteFacts): JsonLd {
  const link = linker(site.baseUrl);
  const citation = report.references.map((reference) => ({
    name: reference.title ?? 'titel onbekend',
    datePublished: reference.date,
    url: `#${reference.anchor}`,
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    ...link(report.url),
    headline: `${report.section} ${report.title}`,
    description: report.description,
    inLanguage: 'nl',
    ...(report.lastChanged !== undefined && { dateModified: report.lastChanged }),
    // The section is part of the agreement; the report is part of this site.
    about: {
      '@type': 'CreativeWork',
      name: `${report.agreement.name}, sectie ${report.section}`,
      isPartOf: { '@type': 'CreativeWork', name: report.agreement.name, ...link(report.agreement.url) },
    },
    isPartOf: { '@type': 'WebSite', name: site.siteName, ...link(urls.home) },
    ...(citation.length > 0 && { citation }),
  };
}

/** The home page's JSON-LD: the open data as a schema.org Dataset with its two files. */
export function datasetStructuredData(site: SiteFacts, lastChanged?: string): JsonLd {
  const link = linker(site.baseUrl);
  const download = (name: string, path: string, encodingFormat: string): JsonLd => ({
    '@type': 'DataDownload',
    name,
    encodingFormat,
    contentUrl: publicUrl(site.baseUrl, path),
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: `${site.siteName}: open data`,
    description: `${site.description} Elk rapport met zijn status, statusgeschiedenis en thema's, en elke geciteerde beslissing.`,
    inLanguage: 'nl',
    isAccessibleForFree: true,
    ...link(urls.home),
    ...(lastChanged !== undefined && { dateModified: lastChanged }),
    distribution: [
      download('Rapporten (JSON)', urls.reportsJson, 'application/json'),
      download('Bronnen (CSV)', urls.referencesCsv, 'text/csv'),
    ],
  };
}

/**
 * JSON-LD as the text of a <script> element: "<" written as \u003c, so that
 * no title can end the script ("</script>") or open a comment.
 */
export function jsonLdScriptText(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** A page's url: absolute under the site's address, else its site path. */
function linker(baseUrl: string | undefined): (path: string) => { url: string } {
  return (path) => ({ url: publicUrl(baseUrl, path) });
}

/** The pages' JSON-LD as script text, made when a page is written. */
export interface StructuredData {
  report: (report: ReportPage) => string;
  home: () => string;
}

export function structuredData(site: SiteFacts, reports: readonly ReportPage[]): StructuredData {
  return {
    report: (report) => jsonLdScriptText(reportStructuredData(report, site)),
    home: () => {
      const newest = reports.reduce<string | undefined>(
        (last, { lastChanged }) =>
          lastChanged !== undefined && (last === undefined || lastChanged > last) ? lastChanged : last,
        undefined,
      );
      return jsonLdScriptText(datasetStructuredData(site, newest));
    },
  };
}
