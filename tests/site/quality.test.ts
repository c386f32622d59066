import { HtmlValidate, type ConfigData } from 'html-validate';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { fileFor, page, select, selectAll, siteFiles, urlFor } from '../helpers/site.ts';
// The rules npm run check-pages applies too.
import projectRules from '../../.htmlvalidate.json' with { type: 'json' };

const sites = inject('sites');

// The sites' addresses, as their site.yaml gives them: the shipped content has none.
const addresses: Record<string, string | undefined> = {
  real: undefined,
  corpus: 'https://monitor.example.org/',
  several: 'https://monitor.example.org/',
};

/** A page left at an address the site used before, that leads to the new one (see redirect.njk). */
function isRedirect(root: string, file: string): boolean {
  return select('meta[http-equiv=refresh]', page(root, urlFor(file))) !== undefined;
}

describe.each(Object.entries(sites))('the %s site', (name, root) => {
  const all = siteFiles(root);
  // Pages readers read; the redirects are checked as what they are below.
  const files = all.filter((file) => !isRedirect(root, file));
  const redirects = all.filter((file) => isRedirect(root, file));

  it("should be valid HTML by html-validate (the project's rules, at least the recommended ones) on every page", async () => {
    expect(projectRules.extends).toContain('html-validate:recommended');
    const validator = new HtmlValidate(projectRules as ConfigData);
    const problems: string[] = [];
    for (const file of all) {
      const report = await validator.validateString(readFileSync(path.join(root, file), 'utf8'), file);
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('should resolve every internal link and every #fragment', () => {
    const ids = new Map<string, Set<string>>();
    const idsOf = (url: string) => {
      if (!ids.has(url)) {
        const tree = page(root, url);
        ids.set(url, new Set(selectAll('[id]', tree).map((node) => String(node.properties.id))));
      }
      return ids.get(url)!;
    };
    const broken: string[] = [];
    for (const file of all) {
      const from = urlFor(file);
      for (const link of selectAll('a[href], link[href]', page(root, from))) {
        const href = String(link.properties.href);
        if (/^[a-z]+:/i.test(href)) continue;
        const target = new URL(href, `http://site${from}`);
        const exists = (() => {
          try {
            return statSync(fileFor(root, target.pathname)).isFile();
          } catch {
            return false;
          }
        })();
        if (!exists) broken.push(`${from} → ${href} (no such page)`);
        else if (
          target.hash &&
          target.pathname.endsWith('/') &&
          !idsOf(target.pathname).has(decodeURIComponent(target.hash.slice(1)))
        )
          broken.push(`${from} → ${href} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('should have one h1 per page and no skipped heading levels', () => {
    const problems: string[] = [];
    for (const file of files) {
      const levels = selectAll('h1, h2, h3, h4, h5, h6', page(root, urlFor(file))).map((h) => Number(h.tagName[1]));
      if (levels.filter((l) => l === 1).length !== 1 || levels[0] !== 1)
        problems.push(`${file}: h1 count/order ${levels.join(',')}`);
      levels.forEach((level, i) => {
        if (i > 0 && level > levels[i - 1]! + 1) problems.push(`${file}: h${levels[i - 1]} → h${level}`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('should be Dutch, with a description, OpenGraph data, and its own address as canonical URL when the site has one', () => {
    const address = addresses[name];
    for (const file of files) {
      const tree = page(root, urlFor(file));
      expect(select('html', tree)!.properties.lang, file).toBe('nl');
      expect(String(select('meta[name=description]', tree)?.properties.content ?? ''), file).not.toBe('');
      expect(select('meta[property="og:title"]', tree), file).toBeDefined();
      const canonical = select('link[rel=canonical]', tree)?.properties.href;
      const ogUrl = select('meta[property="og:url"]', tree)?.properties.content;
      if (address === undefined) {
        // An address nobody can reach is worse than none.
        expect([canonical, ogUrl], file).toEqual([undefined, undefined]);
      } else if (file !== '404.html') {
        expect(canonical, file).toBe(new URL(urlFor(file).slice(1), address).href);
        expect(ogUrl, file).toBe(canonical);
      }
    }
  });

  it('should lead from each old address to a page of the site, by refresh, canonical address and link', () => {
    for (const file of redirects) {
      const tree = page(root, urlFor(file));
      const refresh = String(select('meta[http-equiv=refresh]', tree)!.properties.content);
      const target = /^0; url=(\/.*)$/.exec(refresh)?.[1];
      expect(target, file).toBeDefined();
      expect(isRedirect(root, target!.slice(1) + 'index.html'), file).toBe(false);
      expect(siteFiles(root)).toContain(`${target!.slice(1)}index.html`);
      expect(select('a', tree)!.properties.href, file).toBe(target);
      const canonical = select('link[rel=canonical]', tree)!.properties.href;
      const address = addresses[name];
      expect(canonical, file).toBe(address === undefined ? target : new URL(target!.slice(1), address).href);
    }
  });

  it('should need no render-blocking script on any page', () => {
    for (const file of files) {
      // JSON-LD (structured data) is data, never run: it blocks nothing.
      const scripts = selectAll('head script', page(root, urlFor(file))).filter(
        (s) =>
          s.properties.async === undefined &&
          s.properties.defer === undefined &&
          s.properties.type !== 'module' &&
          s.properties.type !== 'application/ld+json',
      );
      expect(scripts, file).toEqual([]);
    }
  });

  // One stylesheet serves every page type, charts and all: about 6 KB compressed.
  it('should keep a report page under 60 KB and the stylesheet under 28 KB', () => {
    for (const file of files.filter((f) => /(^|\/)rapporten\//.test(f))) {
      expect(statSync(path.join(root, file)).size, file).toBeLessThan(60 * 1024);
    }
    expect(statSync(path.join(root, 'assets/style.css')).size).toBeLessThan(28 * 1024);
  });
});
