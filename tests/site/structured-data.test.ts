import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fromXml } from 'xast-util-from-xml';
import { describe, expect, inject, it } from 'vitest';
import { fileFor, page, siteFiles, urlFor, xmlElements, xmlText } from '../helpers/site.ts';

const sites = inject('sites');

/** The JSON-LD of a page, parsed; and its raw text. */
function jsonLd(root: string, url: string): { data: Record<string, unknown>; raw: string } {
  const scripts = selectAll('head script[type="application/ld+json"]', page(root, url));
  expect(scripts, url).toHaveLength(1);
  const raw = toText(scripts[0]!);
  return { data: JSON.parse(raw) as Record<string, unknown>, raw };
}

/** The report pages of a site; not the redirects left at old report addresses. */
const reportPages = (root: string) =>
  siteFiles(root).filter(
    (file) =>
      /(^|\/)rapporten\/[^/]+\/index\.html$/.test(file) &&
      select('meta[http-equiv=refresh]', page(root, urlFor(file))) === undefined,
  );

describe('the structured data (JSON-LD)', () => {
  it('should describe the shipped report page as a Report, dated by its last change, citing every source with its name, date and entry', () => {
    const url = '/rapporten/1-3-activering-stimuleren/';
    const tree = page(sites.real, url);
    const { data, raw } = jsonLd(sites.real, url);
    expect(raw).not.toMatch(/<\//);
    expect(data).toMatchObject({ '@context': 'https://schema.org', '@type': 'Report', inLanguage: 'nl' });
    const heading = toText(select('h1', tree)!).replace(/\s+/g, ' ').trim();
    expect(data.headline).toBe(heading);
    expect(data.dateModified).toBe(select('.updated time', tree)!.properties.dateTime);
    expect(data.about).toMatchObject({ '@type': 'CreativeWork', name: expect.stringMatching(/, sectie 1\.3$/) });
    // Every entry of the page's list of sources: its title, the date the list shows, and its anchor.
    const sources = selectAll('.reference-list > li', tree).map((li: Element) => ({
      name: toText(select('.ref-title', li)!).replace(/\s+/g, ' ').trim(),
      datePublished: String(select('time', li)!.properties.dateTime),
      url: `#${String(li.properties.id)}`,
    }));
    expect(sources.length).toBeGreaterThan(10);
    expect(data.citation).toEqual(sources);
  });

  it('should name the absolute addresses of a site that has one, and the site paths of one that has none', () => {
    expect(jsonLd(sites.real, '/rapporten/1-3-activering-stimuleren/').data.url).toBe(
      '/rapporten/1-3-activering-stimuleren/',
    );
    for (const file of reportPages(sites.corpus)) {
      const { data } = jsonLd(sites.corpus, urlFor(file));
      expect(data.url).toBe(`https://monitor.example.org${urlFor(file)}`);
      expect(data.isPartOf).toMatchObject({ '@type': 'WebSite', url: 'https://monitor.example.org/' });
    }
  });

  it('should describe the open data on the home page as a Dataset whose two downloads are the files', () => {
    const { data, raw } = jsonLd(sites.corpus, '/');
    expect(raw).not.toMatch(/<\//);
    expect(data['@type']).toBe('Dataset');
    const downloads = data.distribution as { '@type': string; contentUrl: string; encodingFormat: string }[];
    expect(downloads.map((d) => [d['@type'], d.encodingFormat])).toEqual([
      ['DataDownload', 'application/json'],
      ['DataDownload', 'text/csv'],
    ]);
    for (const download of downloads) {
      const { origin, pathname } = new URL(download.contentUrl);
      expect(origin).toBe('https://monitor.example.org');
      expect(existsSync(fileFor(sites.corpus, pathname)), pathname).toBe(true);
    }
    // The home page's footer links the same files.
    const linked = selectAll('.footer-links a', page(sites.corpus, '/')).map((a) => String(a.properties.href));
    expect(linked).toEqual(expect.arrayContaining(downloads.map((d) => new URL(d.contentUrl).pathname)));
  });
});

describe('the status badge', () => {
  it.each(Object.entries(sites))(
    'should stand beside every report page of the %s site, named as its page names it',
    (_, root) => {
      for (const file of reportPages(root)) {
        const tree = page(root, urlFor(file));
        const img = select('.embed-badge img', tree)!;
        expect(img.properties.src).toBe('status.svg');
        const svg = readFileSync(path.join(root, path.dirname(file), 'status.svg'), 'utf8');
        const title = xmlElements(fromXml(svg), 'title')[0]!;
        expect(xmlText(title)).toBe(img.properties.alt);
        // The name says the section and the status the page shows.
        const section = toText(select('h1 .section-number', tree)!);
        const status = toText(select('.report-status [data-pagefind-meta="status"]', tree)!);
        expect(img.properties.alt).toContain(`sectie ${section} `);
        expect(String(img.properties.alt).endsWith(` — ${status}`)).toBe(true);
      }
    },
  );

  it('should offer the HTML that embeds it: at absolute addresses on a site that has one', () => {
    for (const file of reportPages(sites.corpus)) {
      const snippet = toText(select('.embed-badge pre code', page(sites.corpus, urlFor(file)))!);
      const address = `https://monitor.example.org${urlFor(file)}`;
      expect(snippet).toMatch(
        new RegExp(`^<a href="${address}"><img src="${address}status\\.svg" alt="[^"]+" width="300" height="40"></a>$`),
      );
    }
    const shipped = toText(select('.embed-badge pre code', page(sites.real, '/rapporten/1-3-activering-stimuleren/'))!);
    expect(shipped).toContain('src="/rapporten/1-3-activering-stimuleren/status.svg"');
  });
});
