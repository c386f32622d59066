import { describe, expect, it } from 'vitest';
import { absolute, badgeUrl, basePath, publicUrl, referenceAnchor, reportSlug, urls } from '../../src/model/urls.ts';

describe('the addresses of the pages', () => {
  it('should put an agreement’s pages under its own path, and a single agreement’s at the root', () => {
    expect(urls.report('1-3-activering')).toBe('/rapporten/1-3-activering/');
    expect(urls.report('1-3-activering', '/2019-2024/')).toBe('/2019-2024/rapporten/1-3-activering/');
    expect(urls.theme('wonen')).toBe('/themas/wonen/');
    expect(urls.theme('wonen', '/2024-2029/')).toBe('/2024-2029/themas/wonen/');
    expect(urls.status('in-uitvoering')).toBe('/status/in-uitvoering/');
    expect(urls.status('uitgevoerd', '/2024-2029/')).toBe('/2024-2029/status/uitgevoerd/');
    expect(urls.chapter('2')).toBe('/hoofdstukken/2/');
    expect(urls.chapter('2', '/2014-2019/')).toBe('/2014-2019/hoofdstukken/2/');
    expect(urls.agreement('2019-2024')).toBe('/2019-2024/');
  });

  it('should page the chapters index as /hoofdstukken/, /hoofdstukken/pagina-2/, …', () => {
    expect(urls.chapters()).toBe('/hoofdstukken/');
    expect(urls.chapters('/', 1)).toBe('/hoofdstukken/');
    expect(urls.chapters('/', 2)).toBe('/hoofdstukken/pagina-2/');
    expect(urls.chapters('/2024-2029/', 3)).toBe('/2024-2029/hoofdstukken/pagina-3/');
  });

  it('should page a year of decisions as /beslissingen/<year>/, /beslissingen/<year>/2/, …', () => {
    expect(urls.decisionsYear('2021')).toBe('/beslissingen/2021/');
    expect(urls.decisionsYear('2021', 1)).toBe('/beslissingen/2021/');
    expect(urls.decisionsYear('2021', 2)).toBe('/beslissingen/2021/2/');
  });

  it('should link a reference to its entry in the report’s list, and the badge beside the page', () => {
    expect(referenceAnchor(3)).toBe('bron-3');
    expect(urls.reference('/rapporten/1-3/', 3)).toBe('/rapporten/1-3/#bron-3');
    expect(badgeUrl('/rapporten/1-3/')).toBe('/rapporten/1-3/status.svg');
  });

  it('should give the fixed pages their documented addresses', () => {
    expect([urls.home, urls.themes, urls.decisions, urls.about, urls.search]).toEqual([
      '/',
      '/themas/',
      '/beslissingen/',
      '/over/',
      '/zoeken/',
    ]);
    expect([urls.feed, urls.reportsJson, urls.referencesCsv]).toEqual([
      '/feed.xml',
      '/data/reports.json',
      '/data/references.csv',
    ]);
  });
});

describe('a report’s address from its file name', () => {
  it('should keep a plain file name without .md', () => {
    expect(reportSlug('1-3-activering-stimuleren.md')).toBe('1-3-activering-stimuleren');
    expect(reportSlug('content/reports/1-3-activering-stimuleren.md')).toBe('1-3-activering-stimuleren');
  });

  it('should use only the file’s own name, not its folder', () => {
    expect(reportSlug('content/agreements/2019-2024/reports/2-1-duaal-leren.md')).toBe('2-1-duaal-leren');
  });

  it('should lower the case, drop accents and make other signs dashes', () => {
    expect(reportSlug('Wonen en énergie (1).md')).toBe('wonen-en-energie-1');
    expect(reportSlug('RAPPORT.MD')).toBe('rapport');
    expect(reportSlug('1.3 Activering.Md')).toBe('1-3-activering');
  });

  it('should only drop .md at the end of the name', () => {
    expect(reportSlug('notes.md.txt')).toBe('notes-md-txt');
  });

  it('should call a name with nothing left "rapport"', () => {
    expect(reportSlug('(…).md')).toBe('rapport');
  });
});

describe('addresses for readers outside the site', () => {
  it('should make a site path absolute under the site’s address, with or without a final slash', () => {
    expect(absolute('https://monitor.example.org/', '/rapporten/1-3/')).toBe(
      'https://monitor.example.org/rapporten/1-3/',
    );
    expect(absolute('https://example.org/monitor/', '/rapporten/1-3/')).toBe(
      'https://example.org/monitor/rapporten/1-3/',
    );
    expect(absolute('https://example.org/monitor', '/rapporten/1-3/')).toBe(
      'https://example.org/monitor/rapporten/1-3/',
    );
  });

  it('should keep the bare site path when the site has no address', () => {
    expect(publicUrl(undefined, '/rapporten/1-3/')).toBe('/rapporten/1-3/');
    expect(publicUrl('https://example.org/monitor/', '/rapporten/1-3/')).toBe(
      'https://example.org/monitor/rapporten/1-3/',
    );
  });

  it('should find the path the site is published under', () => {
    expect(basePath(undefined)).toBe('/');
    expect(basePath('https://monitor.example.org/')).toBe('/');
    expect(basePath('https://example.org/monitor/')).toBe('/monitor/');
    expect(basePath('https://example.org/monitor')).toBe('/monitor/');
  });
});
