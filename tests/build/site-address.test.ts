import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { fromXml } from 'xast-util-from-xml';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPages } from '../../src/check/check-pages.ts';
import { projectRoot } from '../helpers/fixtures.ts';
import { runScript } from '../helpers/run.ts';
import { siteFiles, urlFor } from '../helpers/site.ts';

// The shipped content, copied into a temporary git repository (in a
// subfolder, `site/content`) and into a folder outside any repository, and
// built from there by absolute path, as a user building another folder would.
const scratch = mkdtempSync(path.join(tmpdir(), 'monitor-address-'));
const repository = path.join(scratch, 'repo');
const inRepository = path.join(repository, 'site', 'content');
const loose = path.join(scratch, 'loose', 'content');
const env = { MONITOR_CACHE_DIR: path.join(scratch, 'cache') };
const slug = '1-3-activering-stimuleren';
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function copyContent(to: string, settings: string): void {
  cpSync(path.join(projectRoot, 'content'), to, { recursive: true });
  writeFileSync(path.join(to, 'site.yaml'), `${readFileSync(path.join(to, 'site.yaml'), 'utf8')}\n${settings}\n`);
}

function build(content: string, output: string, ...args: string[]) {
  return runScript('build.ts', ['--content', content, '--output', path.join(scratch, output), ...args], env);
}

const read = (output: string, file: string) => readFileSync(path.join(scratch, output, file), 'utf8');
const html = (output: string, file: string) => fromHtml(read(output, file));
const attribute = (node: Element | undefined, name: string) => (node ? String(node.properties[name]) : undefined);

/** Every address in the site's HTML that points into the site: links, stylesheets, scripts, images. */
function internalLinks(output: string): { file: string; url: string }[] {
  return siteFiles(path.join(scratch, output)).flatMap((file) => {
    const tree = html(output, file);
    return [
      ...selectAll('a[href], link[href]', tree).map((node) => attribute(node, 'href')!),
      ...selectAll('script[src], img[src]', tree).map((node) => attribute(node, 'src')!),
    ]
      .filter((url) => url.startsWith('/'))
      .map((url) => ({ file, url }));
  });
}

/** The texts of the elements of an XML file with a given name (`loc`), or of an attribute of them. */
function xmlValues(xml: string, name: string, attributeName?: string): string[] {
  const values: string[] = [];
  const visit = (node: ReturnType<typeof fromXml> | ReturnType<typeof fromXml>['children'][number]) => {
    if (node.type === 'element' && node.name === name) {
      if (attributeName) values.push(String(node.attributes[attributeName]));
      else values.push(node.children.map((child) => (child.type === 'text' ? child.value : '')).join(''));
    }
    if ('children' in node) node.children.forEach(visit);
  };
  visit(fromXml(xml));
  return values;
}

describe('a site built with no address', () => {
  let result: ReturnType<typeof runScript>;
  beforeAll(() => {
    copyContent(inRepository, 'repositoryUrl: https://github.com/example/monitor\nrepositoryBranch: publiek');
    spawnSync('git', ['init', '-q', repository]);
    result = build(inRepository, 'bare');
  });

  it('should build and say that there is no address, feed or sitemap', () => {
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^build: warning: the site has no address .*no feed\.xml or sitemap\.xml$/m);
  });

  it('should name localhost, or any path of the machine it was built on, in no file', () => {
    const machinePaths = [scratch, realpathSync(scratch), projectRoot];
    const files = readdirSync(path.join(scratch, 'bare'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(path.join(scratch, 'bare'), path.join(entry.parentPath, entry.name)));
    // Pages, open data, the search index and its fragments.
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      // The search index's files are gzipped: searched as the browser reads them.
      const bytes = readFileSync(path.join(scratch, 'bare', file));
      const text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
      expect(text.includes('localhost'), file).toBe(false);
      expect(
        machinePaths.filter((machinePath) => text.includes(machinePath)),
        file,
      ).toEqual([]);
    }
  });

  it('should write no canonical address, og:url, feed link, feed or sitemap', () => {
    for (const file of siteFiles(path.join(scratch, 'bare'))) {
      const tree = html('bare', file);
      expect(select('link[rel=canonical], meta[property="og:url"], link[rel=alternate]', tree), file).toBeUndefined();
      expect(
        selectAll('a[href]', tree).filter((a) => attribute(a, 'href')!.endsWith('feed.xml')),
        file,
      ).toEqual([]);
    }
    expect(existsSync(path.join(scratch, 'bare', 'feed.xml'))).toBe(false);
    expect(existsSync(path.join(scratch, 'bare', 'sitemap.xml'))).toBe(false);
  });

  it('should give the open data each page by its path on the site', () => {
    const data = JSON.parse(read('bare', 'data/reports.json')) as { reports: { url: string }[] };
    expect(data.reports.map((report) => report.url)).toEqual([`/rapporten/${slug}/`]);
    expect(read('bare', 'data/references.csv').split('\r\n')[1]).toContain(`,/rapporten/${slug}/#bron-0,`);
  });

  it('should link "Bewerk deze pagina" to the file by its path in the repository, on the configured branch', () => {
    const report = html('bare', `rapporten/${slug}/index.html`);
    const links = selectAll('.page-actions a', report);
    expect(attribute(links[0], 'href')).toBe(
      `https://github.com/example/monitor/edit/publiek/site/content/reports/${slug}.md`,
    );
    const issue = new URL(attribute(links[1], 'href')!);
    expect(issue.origin + issue.pathname).toBe('https://github.com/example/monitor/issues/new');
    expect(issue.searchParams.get('body')).toMatch(
      new RegExp(`^Pagina: /rapporten/${slug}/\nBestand: site/content/reports/${slug}\\.md\n`),
    );
  });
});

describe('a site whose content is in no git repository', () => {
  it('should offer "Meld een fout" but no edit link, and name no file of the machine', () => {
    copyContent(loose, 'repositoryUrl: https://github.com/example/monitor');
    expect(build(loose, 'loose').code).toBe(0);
    const report = html('loose', `rapporten/${slug}/index.html`);
    const links = selectAll('.page-actions a', report);
    expect(links.map((a) => attribute(a, 'href')!.split('?')[0])).toEqual([
      'https://github.com/example/monitor/issues/new',
    ]);
    const body = new URL(attribute(links[0], 'href')!).searchParams.get('body')!;
    expect(body).not.toContain('Bestand');
    expect(body).not.toContain(scratch);
  });
});

describe('a site built with --base-url https://example.org/monitor (published under a path)', () => {
  const base = 'https://example.org/monitor/';
  beforeAll(() => {
    // Without the trailing slash, as actions/configure-pages gives it.
    const result = build(path.join(projectRoot, 'content'), 'monitor', '--base-url', 'https://example.org/monitor');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toContain('warning: the site has no address');
  });

  it('should name each page by its own address under the base in canonical and og:url', () => {
    for (const file of siteFiles(path.join(scratch, 'monitor')).filter((f) => f !== '404.html')) {
      const tree = html('monitor', file);
      const own = new URL(urlFor(file).slice(1), base).href;
      expect(attribute(select('link[rel=canonical]', tree), 'href'), file).toBe(own);
      expect(attribute(select('meta[property="og:url"]', tree), 'content'), file).toBe(own);
    }
  });

  it('should resolve every internal link, stylesheet and script under /monitor/', () => {
    const links = internalLinks('monitor');
    expect(links.length).toBeGreaterThan(100);
    const broken = links.filter(({ url }) => {
      if (!url.startsWith('/monitor/')) return true;
      const pathname = url.slice('/monitor'.length).split('#')[0]!;
      return !existsSync(path.join(scratch, 'monitor', pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    });
    expect(broken).toEqual([]);
    // The search page finds its index under the same path.
    const search = select('#zoeken', html('monitor', 'zoeken/index.html'));
    expect(attribute(search, 'dataBasePath')).toBe('/monitor/');
    expect(existsSync(path.join(scratch, 'monitor', 'pagefind', 'pagefind-ui.js'))).toBe(true);
  });

  it('should stay valid HTML when Eleventy rewrites its links for the path (boolean attributes as written)', async () => {
    const { findings, checked } = await checkPages(path.join(scratch, 'monitor'), { basePath: '/monitor/' });
    expect(checked.length).toBeGreaterThan(20);
    expect(findings).toEqual([]);
  });

  it('should give every feed and sitemap address under the base, each one a page of the site', () => {
    const feed = read('monitor', 'feed.xml');
    const feedUrls = [...xmlValues(feed, 'link', 'href'), ...xmlValues(feed, 'id')];
    expect(feedUrls.length).toBeGreaterThan(3);
    expect(feedUrls.filter((url) => !url.startsWith(base))).toEqual([]);
    const locs = xmlValues(read('monitor', 'sitemap.xml'), 'loc');
    expect(locs.length).toBeGreaterThan(10);
    for (const loc of locs) {
      expect(loc.startsWith(base), loc).toBe(true);
      const pathname = loc.slice(base.length);
      expect(existsSync(path.join(scratch, 'monitor', pathname, 'index.html')), loc).toBe(true);
    }
    const data = JSON.parse(read('monitor', 'data/reports.json')) as { reports: { url: string }[] };
    expect(data.reports.map((report) => report.url)).toEqual([`${base}rapporten/${slug}/`]);
  });
});

describe('a site with several agreements published under a path', () => {
  const moved = '/monitor/2019-2024/rapporten/1-3-activering-stimuleren/';
  beforeAll(() => {
    const content = path.join(projectRoot, 'tests/fixtures/sites/three-agreements');
    const result = build(content, 'several', '--base-url', 'https://example.org/monitor/');
    expect(result.code, result.stderr).toBe(0);
  });

  it('should lead an old address to the new one under the path, by refresh, script, canonical address and link', () => {
    const tree = html('several', 'rapporten/1-3-activering-stimuleren/index.html');
    expect(attribute(select('meta[http-equiv=refresh]', tree), 'content')).toBe(`0; url=${moved}`);
    expect(attribute(select('link[rel=canonical]', tree), 'href')).toBe(`https://example.org${moved}`);
    expect(attribute(select('body a', tree), 'href')).toBe(moved);
    const script = select('script', tree)!
      .children.map((child) => (child.type === 'text' ? child.value : ''))
      .join('');
    expect(script).toContain(JSON.stringify(moved));
  });

  it('should resolve every internal link under /monitor/, across agreements too', () => {
    const broken = internalLinks('several').filter(({ url }) => {
      if (!url.startsWith('/monitor/')) return true;
      const pathname = url.slice('/monitor'.length).split('#')[0]!;
      return !existsSync(path.join(scratch, 'several', pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    });
    expect(broken).toEqual([]);
  });
});

describe('a site address that is not one', () => {
  it.each([
    ['example.org/monitor/', 'must be a full web address'],
    ['ftp://example.org/', 'must be a full web address'],
    ['https://example.org/monitor/?ref=x', 'without ?… or #…'],
    ['https://example.org/monitor/#top', 'without ?… or #…'],
  ])('should stop the build on --base-url %s with exit 2 and one line', (url, message) => {
    const result = build(path.join(projectRoot, 'content'), 'refused', '--base-url', url);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining(message)]);
    expect(existsSync(path.join(scratch, 'refused'))).toBe(false);
  });
});

describe('the job summary on GitHub Actions', () => {
  const corpus = path.join(scratch, 'corpus');
  const summary = path.join(scratch, 'summary.md');
  beforeAll(() => {
    cpSync(path.join(projectRoot, 'tests/fixtures/sites/corpus'), corpus, { recursive: true });
  });

  it('should list the findings as a table, then what changed against the previous build', () => {
    rmSync(summary, { force: true });
    const changed = path.join(scratch, 'changed-pages.txt');
    const first = build(corpus, 'summary', '--changed-pages', changed);
    expect(first.code, first.stderr).toBe(0);
    const everyPage = readFileSync(changed, 'utf8').trim().split('\n');
    expect(everyPage).toEqual(siteFiles(path.join(scratch, 'summary')));

    // One report's text changes: its page, and the pages made from the whole site, are what changed.
    const file = path.join(corpus, 'reports', '1-2-werk-zoeken.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n$/, '\n\nEen zin meer.\n'));
    const second = runScript(
      'build.ts',
      ['--content', corpus, '--output', path.join(scratch, 'summary'), '--changed-pages', changed],
      { ...env, GITHUB_STEP_SUMMARY: summary },
    );
    expect(second.code, second.stderr).toBe(0);
    const pages = readFileSync(changed, 'utf8').trim().split('\n');
    expect(pages).toContain('rapporten/1-2-werk-zoeken/index.html');
    expect(pages).toContain('index.html');
    expect(pages.filter((page) => page.startsWith('rapporten/'))).toEqual(['rapporten/1-2-werk-zoeken/index.html']);
    const markdown = readFileSync(summary, 'utf8');
    expect(markdown).toMatch(/^### build: \d+ files checked: 0 errors, \d+ warnings?\.$/m);
    expect(markdown).toContain('| File and line | Rule | Message |');
    expect(markdown).toMatch(new RegExp(`\\*\\*Pages\\*\\*: ${pages.length} pages of \\d+ changed`));
    expect(markdown).toContain('**Reports changed** (1):');
    expect(markdown).toMatch(/^- .*reports\/1-2-werk-zoeken\.md$/m);
  });

  it('should compare the pages of a build at another address, and still write them all with this one', () => {
    const changed = path.join(scratch, 'changed-pages.txt');
    const published = build(corpus, 'two-addresses', '--base-url', 'https://published.example.net/');
    expect(published.code, published.stderr).toBe(0);
    const preview = build(corpus, 'two-addresses', '--changed-pages', changed);
    expect(preview.code, preview.stderr).toBe(0);
    // No report changed: only the pages made from the whole site are listed to check...
    const pages = readFileSync(changed, 'utf8').trim().split('\n');
    expect(pages).toContain('index.html');
    expect(pages.filter((page) => page.startsWith('rapporten/'))).toEqual([]);
    // ...but none is kept with the other address in it.
    for (const file of siteFiles(path.join(scratch, 'two-addresses'))) {
      expect(read('two-addresses', file).includes('published.example.net'), file).toBe(false);
    }
  });

  it('should add the validator findings to the summary, and warn without failing when it cannot be written', () => {
    const folder = path.join(scratch, 'a-folder');
    mkdirSync(folder, { recursive: true });
    const validate = (target: string) =>
      runScript('validate.ts', ['--config', path.join(corpus, 'site.yaml'), path.join(corpus, 'reports')], {
        ...env,
        GITHUB_STEP_SUMMARY: target,
      });
    rmSync(summary, { force: true });
    const written = validate(summary);
    const refused = validate(folder);
    expect(refused.code).toBe(written.code);
    expect(refused.stdout).toBe(written.stdout);
    expect(refused.stderr).toMatch(/^validate: warning: could not write the job summary to .+a-folder/m);
    expect(readFileSync(summary, 'utf8')).toMatch(/^### validate: \d+ files checked: /m);
  });
});
