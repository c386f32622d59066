import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import {
  attributes,
  page,
  select,
  selectAll,
  siteFiles,
  text,
  texts,
  xmlElements,
  xmlFile,
  xmlText,
} from '../helpers/site.ts';

// tests/fixtures/sites/three-agreements, built at https://monitor.example.org/:
// 2014-2019 and 2019-2024 (archived) and 2024-2029 (current, no end); section
// 1.3 runs through all three by `continues`; 2019-2024 was published at the
// site's root before, so its old addresses lead to the new ones.
const root = inject('sites').several;
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

const report = {
  '2014-2019': '/2014-2019/rapporten/1-3-activering/',
  '2019-2024': '/2019-2024/rapporten/1-3-activering-stimuleren/',
  '2024-2029': '/2024-2029/rapporten/1-3-activering/',
};

describe('the home page of a site with several agreements', () => {
  const home = page(root, '/');

  it('should show the current agreement first, with its progress, then the others newest first', () => {
    expect(texts(home, '.agreement-card :is(h2, h3)[id^=akkoord-]')).toEqual([
      'Vlaams Regeerakkoord 2024-2029',
      'Vlaams Regeerakkoord 2019-2024',
      'Vlaams Regeerakkoord 2014-2019',
    ]);
    expect(attributes(home, '.agreement-card [id^=akkoord-] a', 'href')).toEqual([
      '/2024-2029/',
      '/2019-2024/',
      '/2014-2019/',
    ]);
    const cards = selectAll('.agreement-card', home);
    expect(text(cards[0]!, '.agreement-facts')).toBe('Huidig akkoord Regering-Diependaele, sinds 30 september 2024');
    expect(select('.progress-bar', cards[0]!)).toBeDefined();
  });

  it("should give the earlier agreements their term and tally, each count linking to that agreement's listing", () => {
    const card = selectAll('.agreement-card', page(root, '/'))[1]!;
    expect(text(card, '.agreement-facts')).toBe('Regering-Jambon, van 2 oktober 2019 tot 29 september 2024');
    expect(texts(card, '.tally li')).toEqual(['◐ Gedeeltelijk uitgevoerd 1', '◔ In uitvoering 1']);
    expect(attributes(card, '.tally a', 'href')).toEqual([
      '/2019-2024/status/gedeeltelijk/',
      '/2019-2024/status/in-uitvoering/',
    ]);
  });
});

describe("an agreement's overview", () => {
  const overview = page(root, '/2019-2024/');

  it('should name the agreement, its government and term, with its progress and chapters', () => {
    expect(text(overview, 'h1')).toBe('Vlaams Regeerakkoord 2019-2024');
    expect(text(overview, '.agreement-facts')).toBe('Regering-Jambon, van 2 oktober 2019 tot 29 september 2024');
    expect(text(overview, '.lead')).toContain('regering-Jambon');
    expect(attributes(overview, '.progress-legend a', 'href')).toContain('/2019-2024/status/uitgevoerd/');
    expect(texts(overview, '.chapter-progress > li > a')).toEqual(['1. Werk', '2. Onderwijs']);
    expect(attributes(overview, '.chapter-progress > li > a', 'href')).toEqual([
      '/2019-2024/hoofdstukken/1/',
      '/2019-2024/hoofdstukken/2/',
    ]);
    // Progress by chapter: a row per chapter with its sections by status.
    expect(texts(overview, '.cp-counts')).toEqual(['1 sectie: 1 in uitvoering', '1 sectie: 1 gedeeltelijk uitgevoerd']);
  });

  it('should say in the header which agreement the page belongs to', () => {
    expect(text(overview, '.agreement-bar')).toBe('Akkoord: Vlaams Regeerakkoord 2019-2024');
    expect(text(page(root, report['2019-2024']), '.agreement-bar')).toBe('Akkoord: Vlaams Regeerakkoord 2019-2024');
    expect(text(page(root, '/2024-2029/hoofdstukken/1/'), '.agreement-bar')).toBe(
      'Akkoord: Vlaams Regeerakkoord 2024-2029',
    );
    // Site-wide pages belong to no agreement.
    expect(select('.agreement-bar', page(root, '/beslissingen/'))).toBeUndefined();
  });
});

describe('the same promise in three terms', () => {
  const lineage = (url: string) =>
    selectAll('.lineage li', page(root, url)).map((item) => ({
      text: text(item, 'a').replace(/ sectie .*/, ''),
      relation: text(item, 'li').split(' ')[0],
      href: String(select('a', item)!.properties.href),
    }));

  it('should link the middle report back to the one it continues and forward to the one that continues it', () => {
    expect(lineage(report['2019-2024'])).toEqual([
      { relation: 'Voortzetting', text: 'Vlaams Regeerakkoord 2014-2019,', href: report['2014-2019'] },
      { relation: 'Vervolg', text: 'Vlaams Regeerakkoord 2024-2029,', href: report['2024-2029'] },
    ]);
    expect(texts(page(root, report['2019-2024']), '.lineage .badge')).toEqual([
      '◐ Gedeeltelijk uitgevoerd',
      '◔ In uitvoering',
    ]);
  });

  it('should follow the chain to both ends', () => {
    expect(lineage(report['2024-2029']).map((entry) => [entry.relation, entry.href])).toEqual([
      ['Eerder:', report['2014-2019']],
      ['Voortzetting', report['2019-2024']],
    ]);
    expect(lineage(report['2014-2019']).map((entry) => [entry.relation, entry.href])).toEqual([
      ['Vervolg', report['2019-2024']],
      ['Daarna:', report['2024-2029']],
    ]);
  });

  it('should give a report without continuation no such box', () => {
    expect(select('.lineage', page(root, '/2024-2029/rapporten/1-4-werkbaar-werk/'))).toBeUndefined();
  });
});

describe('listings of several agreements', () => {
  it('should list a status for all agreements, grouped by agreement and chapter, with links that narrow it', () => {
    const all = page(root, '/status/in-uitvoering/');
    expect(texts(all, 'main h2')).toEqual([
      'Vlaams Regeerakkoord 2024-2029: 1. Werk en activering',
      'Vlaams Regeerakkoord 2019-2024: 1. Werk',
    ]);
    expect(texts(all, '.scopes a')).toEqual([
      'Alle akkoorden',
      'Vlaams Regeerakkoord 2024-2029',
      'Vlaams Regeerakkoord 2019-2024',
      'Vlaams Regeerakkoord 2014-2019',
    ]);
    expect(attributes(all, '.scopes a[aria-current=page]', 'href')).toEqual(['/status/in-uitvoering/']);
    const narrowed = page(root, '/2019-2024/status/in-uitvoering/');
    expect(attributes(narrowed, '.report-link', 'href')).toEqual([report['2019-2024']]);
    expect(attributes(narrowed, '.scopes a[aria-current=page]', 'href')).toEqual(['/2019-2024/status/in-uitvoering/']);
  });

  it('should narrow a theme only to the agreements that use it', () => {
    const all = page(root, '/themas/opleiding/');
    expect(texts(all, '.scopes a')).toEqual(['Alle akkoorden', 'Vlaams Regeerakkoord 2019-2024']);
    expect(siteFiles(root).filter((file) => file.endsWith('/themas/opleiding/index.html'))).toEqual([
      '2019-2024/themas/opleiding/index.html',
    ]);
    expect(text(page(root, '/2019-2024/themas/opleiding/'), '.agreement-bar')).toBe(
      'Akkoord: Vlaams Regeerakkoord 2019-2024',
    );
  });

  it('should keep one decisions index, naming the reports of every agreement that cite a decision', () => {
    const year = page(root, '/beslissingen/2021/');
    const decision = selectAll('.decision-list > li', year).find((item) =>
      text(item, '.ref-title').startsWith('Wijziging uitvoeringsbesluiten decreet over sociale werkplaatsen'),
    )!;
    expect(attributes(decision, '.cited-by a', 'href')).toEqual([
      `${report['2024-2029']}#bron-2`,
      `${report['2019-2024']}#bron-0`,
    ]);
    expect(texts(decision, '.cited-agreement')).toEqual([
      'Vlaams Regeerakkoord 2024-2029:',
      'Vlaams Regeerakkoord 2019-2024:',
    ]);
  });

  it('should let search results be filtered by agreement', () => {
    expect(attributes(page(root, report['2014-2019']), 'article', 'dataPagefindFilter')).toEqual([
      'akkoord:Vlaams Regeerakkoord 2014-2019',
    ]);
  });
});

describe('the old addresses of the agreement published before', () => {
  it('should lead each old report and chapter address to its new one', () => {
    const old = page(root, '/rapporten/1-3-activering-stimuleren/');
    expect(attributes(old, 'meta[http-equiv=refresh]', 'content')).toEqual([`0; url=${report['2019-2024']}`]);
    expect(attributes(old, 'link[rel=canonical]', 'href')).toEqual([
      `https://monitor.example.org${report['2019-2024']}`,
    ]);
    expect(attributes(old, 'a', 'href')).toEqual([report['2019-2024']]);
    expect(attributes(page(root, '/hoofdstukken/2/'), 'meta[http-equiv=refresh]', 'content')).toEqual([
      '0; url=/2019-2024/hoofdstukken/2/',
    ]);
  });

  it("should leave no page at the old address of the other agreements' reports", () => {
    const files = siteFiles(root);
    expect(files.filter((file) => file.startsWith('rapporten/'))).toEqual([
      'rapporten/1-3-activering-stimuleren/index.html',
      'rapporten/2-1-duaal-leren/index.html',
    ]);
  });

  it('should list only the new addresses in the sitemap', () => {
    const locations = xmlElements(xmlFile(root, 'sitemap.xml'), 'loc').map(xmlText);
    expect(locations).toContain(`https://monitor.example.org${report['2019-2024']}`);
    expect(locations).toContain('https://monitor.example.org/2019-2024/');
    expect(locations.filter((url) => /\.org\/(rapporten|hoofdstukken)\//.test(url))).toEqual([]);
  });
});

describe('the open data and the feed of several agreements', () => {
  it("should name each report's agreement in the JSON, beside its section and text", () => {
    const data = JSON.parse(read('data/reports.json')) as {
      schemaVersion: number;
      reports: { url: string; agreement: { id: string; name: string; section: string; text: string } }[];
    };
    expect(data.schemaVersion).toBe(1);
    expect(data.reports.map((r) => [r.agreement.id, r.agreement.section, r.url])).toEqual([
      ['2024-2029', '1.3', `https://monitor.example.org${report['2024-2029']}`],
      ['2024-2029', '1.4', 'https://monitor.example.org/2024-2029/rapporten/1-4-werkbaar-werk/'],
      ['2019-2024', '1.3', `https://monitor.example.org${report['2019-2024']}`],
      ['2019-2024', '2.1', 'https://monitor.example.org/2019-2024/rapporten/2-1-duaal-leren/'],
      ['2014-2019', '1.3', `https://monitor.example.org${report['2014-2019']}`],
    ]);
    expect(data.reports[0]!.agreement.name).toBe('Vlaams Regeerakkoord 2024-2029');
  });

  it('should give the CSV an agreement column', () => {
    const [header, first] = read('data/references.csv').split('\r\n');
    expect(header!.split(',')[0]).toBe('agreement');
    expect(first!.split(',').slice(0, 2)).toEqual(['2024-2029', '1.3']);
  });

  it('should name the agreement of every feed entry', () => {
    const entries = xmlElements(xmlFile(root, 'feed.xml'), 'entry');
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      const [category] = xmlElements(entry, 'category');
      const { term, label } = category!.attributes;
      expect(label).toBe(`Vlaams Regeerakkoord ${term}`);
      expect(xmlText(xmlElements(entry, 'summary')[0]!)).toContain(`van het Vlaams Regeerakkoord ${term}`);
    }
  });
});
