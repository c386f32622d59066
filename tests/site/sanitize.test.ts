import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { page, select, selectAll, text } from '../helpers/site.ts';

const { corpus } = inject('sites');
const url = '/rapporten/2-1-vijandige-invoer/';
const report = page(corpus, url);
const main = select('main', report)!;

describe('a report with hostile Markdown (tests/fixtures/sites/corpus/reports/2-1-vijandige-invoer.md)', () => {
  it('should not let a script element reach the page, from the body, the agreement text or a note', () => {
    expect(selectAll('main script', report)).toEqual([]);
    // Only the site's own search script, from its own folder, and the page's structured data (JSON, never run).
    const scripts = selectAll('script', report);
    expect(scripts.map((s) => s.properties.src ?? s.properties.type)).toEqual([
      '/assets/search-field.js',
      'application/ld+json',
    ]);
    const html = readFileSync(path.join(corpus, 'rapporten/2-1-vijandige-invoer/index.html'), 'utf8');
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).not.toMatch(/alert\('(lichaam|akkoord|onerror|klik|html|link)'\)/);
  });

  it('should drop every on* attribute', () => {
    const withHandlers = selectAll('*', report).filter((node) =>
      Object.keys(node.properties).some((name) => /^on/i.test(name)),
    );
    expect(withHandlers.map((node) => node.tagName)).toEqual([]);
    expect(select('img[alt=plaatje]', main)).toBeDefined();
  });

  it('should drop javascript: URLs from Markdown and HTML links alike', () => {
    const hrefs = selectAll('a[href]', report).map((a) => String(a.properties.href));
    expect(hrefs.filter((href) => /^\s*javascript:/i.test(href))).toEqual([]);
    expect(text(main, '.report-body p:has(a:not([href]))')).toBe('Klik hier of hier.');
  });

  it('should drop iframes and style elements with their contents', () => {
    expect(selectAll('iframe, style', main)).toEqual([]);
    expect(text(main, '.report-body')).not.toContain('display:none');
  });

  it('should keep details and summary written by the editor', () => {
    const details = select('.report-body details', report)!;
    expect(text(details, 'summary')).toBe('Meer lezen');
  });

  it('should show a title with markup as text, not as markup', () => {
    expect(text(report, 'li#bron-0 .ref-title')).toBe('Besluit met <b>opmaak</b> in de titel');
    expect(selectAll('li#bron-0 b', report)).toEqual([]);
  });

  it('should shift the body headings under the h1 without skipping a level', () => {
    expect(selectAll('.report-body h2, .report-body h3, .report-body h4', report).map((h) => h.tagName)).toEqual([
      'h2',
      'h3',
    ]);
  });
});
