import { describe, expect, it } from 'vitest';
import { reportPage, type ReportPage } from '../../src/model/report-page.ts';
import {
  datasetStructuredData,
  jsonLdScriptText,
  reportStructuredData,
  structuredData,
} from '../../src/model/structured-data.ts';
import { agreementOf, modelReports, siteConfig, type ReportFields } from '../helpers/model-pages.ts';

function pages(...reports: ReportFields[]): ReportPage[] {
  const links = { branch: 'main', pageUrl: (path: string) => path, sourcePath: () => undefined };
  const agreement = agreementOf({ name: 'Vlaams Regeerakkoord', id: 'va', url: '/va/', path: '/va/' });
  return modelReports(siteConfig(), ...reports).map((report) => reportPage(report, (key) => key, links, agreement));
}

const site = { siteName: 'Monitor', description: 'Wat de regering beloofde.', baseUrl: 'https://example.org/monitor/' };

describe("a report page's structured data", () => {
  it('should describe the report, at its address, about its section of the agreement, on this site', () => {
    const [page] = pages({
      section: '1.3',
      title: 'Activering',
      status: 'uitgevoerd',
      history: [{ date: '2024-05-02', status: 'uitgevoerd' }],
    });
    const data = reportStructuredData(page!, site);
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Report',
      url: 'https://example.org/monitor/va/rapporten/1-3-rapport/',
      headline: '1.3 Activering',
      description: page!.description,
      inLanguage: 'nl',
      dateModified: '2024-05-02',
      about: {
        '@type': 'CreativeWork',
        name: 'Vlaams Regeerakkoord, sectie 1.3',
        isPartOf: { '@type': 'CreativeWork', name: 'Vlaams Regeerakkoord', url: 'https://example.org/monitor/va/' },
      },
      isPartOf: { '@type': 'WebSite', name: 'Monitor', url: 'https://example.org/monitor/' },
    });
    expect(page!.description).toMatch(/^Vlaams Regeerakkoord, sectie 1\.3: Uitgevoerd\. /);
    // Without a change or a citation there is no date and no citation, not an empty one.
    const [undated] = pages({ section: '1.4' });
    const bare = reportStructuredData(undated!, site);
    expect('dateModified' in bare).toBe(false);
    expect('citation' in bare).toBe(false);
  });

  it('should cite each decision by its name and date, linking to its entry in the list of sources', () => {
    const [page] = pages({
      section: '1.3',
      references: [
        {
          id: 3,
          date: '2022-02-02',
          title: 'Besluit over werk',
          url: 'https://beslissingenvlaamseregering.vlaanderen.be/?x=1',
        },
        { id: 1, date: '2021-01-01' },
      ],
    });
    expect(reportStructuredData(page!, site).citation).toEqual([
      { name: 'titel onbekend', datePublished: '2021-01-01', url: '#bron-1' },
      { name: 'Besluit over werk', datePublished: '2022-02-02', url: '#bron-3' },
    ]);
  });

  it('should use site paths when the site has no address', () => {
    const [page] = pages({ section: '1.3' });
    const data = reportStructuredData(page!, { siteName: 'M', description: 'D' });
    expect(data.url).toBe('/va/rapporten/1-3-rapport/');
    expect(data.isPartOf).toEqual({ '@type': 'WebSite', name: 'M', url: '/' });
    expect((data.about as { isPartOf: { url: string } }).isPartOf.url).toBe('/va/');
  });
});

describe("the home page's structured data", () => {
  it('should describe the open data as a free Dataset with its two files', () => {
    expect(datasetStructuredData(site, '2024-05-02')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      name: 'Monitor: open data',
      description:
        "Wat de regering beloofde. Elk rapport met zijn status, statusgeschiedenis en thema's, en elke geciteerde beslissing.",
      inLanguage: 'nl',
      isAccessibleForFree: true,
      url: 'https://example.org/monitor/',
      dateModified: '2024-05-02',
      distribution: [
        {
          '@type': 'DataDownload',
          name: 'Rapporten (JSON)',
          encodingFormat: 'application/json',
          contentUrl: 'https://example.org/monitor/data/reports.json',
        },
        {
          '@type': 'DataDownload',
          name: 'Bronnen (CSV)',
          encodingFormat: 'text/csv',
          contentUrl: 'https://example.org/monitor/data/references.csv',
        },
      ],
    });
    const undated = datasetStructuredData({ siteName: 'M', description: 'D' });
    expect('dateModified' in undated).toBe(false);
    expect(undated.url).toBe('/');
    expect((undated.distribution as { contentUrl: string }[]).map((file) => file.contentUrl)).toEqual([
      '/data/reports.json',
      '/data/references.csv',
    ]);
  });

  it('should date the data by the newest change of any report', () => {
    const reports = pages(
      { section: '1.1', updated: '2023-03-03' },
      { section: '1.2', status: 'uitgevoerd', history: [{ date: '2024-01-05', status: 'uitgevoerd' }] },
      { section: '1.3' },
      { section: '1.4', updated: '2022-12-31' },
    );
    const home = JSON.parse(structuredData(site, reports).home()) as { dateModified?: string };
    expect(home.dateModified).toBe('2024-01-05');
    const none = JSON.parse(structuredData(site, pages({ section: '1.3' })).home()) as object;
    expect('dateModified' in none).toBe(false);
  });
});

describe('structured data as the text of a script element', () => {
  it('should read back as the same data, with no "<" that could end the script', () => {
    const data = { '@type': 'Report', headline: '1.1 Titel </script><!-- & meer' };
    const text = jsonLdScriptText(data);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(data);
  });

  it("should make each report's script from its page", () => {
    const [page] = pages({ section: '1.3', title: 'A <b>' });
    const text = structuredData(site, [page!]).report(page!);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(reportStructuredData(page!, site));
  });
});
