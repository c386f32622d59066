import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPages, normalizeBasePath } from '../../src/check/check-pages.ts';
import { runScript } from '../helpers/run.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'monitor-check-pages-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let sites = 0;
/** A site folder holding the given files, by output-relative path. */
function site(files: Record<string, string>): string {
  const root = path.join(scratch, `site-${++sites}`);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

/** A page valid by html-validate's recommended rules; the body starts on line 3. */
function html(body: string): string {
  return `<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>Pagina</title></head><body>\n${body}\n</body></html>\n`;
}

const home = html(
  [
    '<h1 id="top">Monitor</h1>',
    '<a href="/rapporten/x/">x</a> <a href="rapporten/x/#analyse">analyse</a> <a href="#top">top</a>',
    '<a href="https://example.org/nothing/">elsewhere</a> <a href="mailto:a@example.org">mail</a>',
    '<img src="/assets/logo.svg" alt="logo"> <a href="/data/reports.csv">data</a> <a href="/zoeken/?q=werk">zoek</a>',
  ].join('\n'),
);
const report = html('<h1>X</h1>\n<h2 id="analyse">Analyse</h2>\n<a href="../../">home</a>');
const valid = {
  'index.html': home,
  'rapporten/x/index.html': report,
  'zoeken/index.html': html('<h1>Zoeken</h1>'),
  'assets/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
  'data/reports.csv': 'a,b\n',
};

const rules = (result: Awaited<ReturnType<typeof checkPages>>) =>
  result.findings.map((f) => [f.file, f.line, f.column, f.rule]);

describe('checkPages', () => {
  it('should find nothing on a valid site, and check every page of it', async () => {
    const result = await checkPages(site(valid));
    expect(result.findings).toEqual([]);
    expect(result.checked).toEqual(['index.html', 'rapporten/x/index.html', 'zoeken/index.html']);
  });

  it('should report a link, a script and an image that lead to no file, at their place', async () => {
    const root = site({
      ...valid,
      'index.html': html(
        '<h1>Monitor</h1>\n<p><a href="/rapporten/y/">y</a> <a href="/rapporten/x">no slash</a></p>\n<script src="/assets/gone.js"></script> <img src="logo.png" alt="">',
      ),
    });
    const result = await checkPages(root);
    expect(rules(result)).toEqual([
      ['index.html', 4, 4, 'link-target-missing'],
      ['index.html', 4, 34, 'link-target-missing'],
      ['index.html', 5, 1, 'link-target-missing'],
      ['index.html', 5, 41, 'link-target-missing'],
    ]);
    expect(result.findings[0]!.message).toBe(
      '"/rapporten/y/" leads to rapporten/y/index.html, which is not in the site',
    );
  });

  it('should report a #fragment that is no id on the page it leads to, there or here', async () => {
    const root = site({
      ...valid,
      'index.html': html('<h1 id="top">Monitor</h1>\n<a href="/rapporten/x/#conclusie">c</a> <a href="#bottom">b</a>'),
    });
    const result = await checkPages(root);
    expect(rules(result)).toEqual([
      ['index.html', 4, 1, 'link-fragment-missing'],
      ['index.html', 4, 41, 'link-fragment-missing'],
    ]);
    expect(result.findings[0]!.message).toContain('rapporten/x/index.html has no element with id "conclusie"');
  });

  it("should report invalid HTML by the project's html-validate rules", async () => {
    const root = site({ ...valid, 'zoeken/index.html': html('<h1 id="a">Zoeken</h1>\n<p id="a">twice</p>') });
    const result = await checkPages(root);
    expect(rules(result)).toEqual([['zoeken/index.html', 4, 8, 'no-dup-id']]);
  });

  it('should take links under the base path as the site and root-relative links outside it as broken', async () => {
    const root = site({
      'index.html': html(
        '<h1>Monitor</h1>\n<a href="/monitor/rapporten/x/#analyse">right</a> <a href="rapporten/x/">right</a>',
      ),
      'rapporten/x/index.html': html(
        '<h1 id="analyse">X</h1>\n<a href="/monitor/">home</a> <a href="../../">home</a> <a href="/rapporten/x/">wrong</a>',
      ),
    });
    const result = await checkPages(root, { basePath: '/monitor/' });
    expect(rules(result)).toEqual([['rapporten/x/index.html', 4, 56, 'link-outside-base-path']]);
    expect(result.findings[0]!.message).toBe(
      '"/rapporten/x/" leads outside the site, which is published under /monitor/',
    );
    // The same links, checked as a site published at the root, are the other way round.
    expect(rules(await checkPages(root)).map((r) => r[3])).toEqual(['link-target-missing', 'link-target-missing']);
  });

  it('should check only the pages asked for, resolving their links against the whole site', async () => {
    const root = site({ ...valid, 'zoeken/index.html': html('<h1>Zoeken</h1>\n<a href="/weg/">broken</a>') });
    const result = await checkPages(root, { pages: ['rapporten/x/index.html', 'index.html', 'deleted/index.html'] });
    expect(result).toEqual({ findings: [], checked: ['index.html', 'rapporten/x/index.html'] });
    expect(rules(await checkPages(root, { pages: ['zoeken/index.html'] }))).toEqual([
      ['zoeken/index.html', 4, 1, 'link-target-missing'],
    ]);
  });

  it('should read a base path however its slashes are written', () => {
    expect(['/', '', 'monitor', '/monitor', 'monitor/', '/monitor/'].map(normalizeBasePath)).toEqual([
      '/',
      '/',
      '/monitor/',
      '/monitor/',
      '/monitor/',
      '/monitor/',
    ]);
  });
});

describe('npm run check-pages', () => {
  it('should exit 0, 1 and 2, print file:line:column lines and annotations, and check only --pages', () => {
    const good = site(valid);
    const ok = runScript('check-pages.ts', ['--site', good]);
    expect([ok.code, ok.stdout, ok.stderr]).toEqual([0, '3 pages checked: 0 errors.\n', '']);

    const bad = site({ ...valid, 'zoeken/index.html': html('<h1>Zoeken</h1>\n<a href="/weg/">broken</a>') });
    const failed = runScript('check-pages.ts', ['--site', bad], { GITHUB_ACTIONS: 'true' });
    const file = path.join(bad, 'zoeken/index.html');
    expect(failed.code).toBe(1);
    expect(failed.stdout.split('\n')).toEqual([
      `${file}:4:1: error: "/weg/" leads to weg/index.html, which is not in the site (link-target-missing)`,
      expect.stringMatching(
        /^::error file=.+zoeken\/index\.html,line=4,col=1,title=link-target-missing::"\/weg\/" leads/,
      ),
      '3 pages checked: 1 error.',
      '',
    ]);

    const list = path.join(scratch, 'changed-pages.txt');
    writeFileSync(list, 'index.html\nrapporten/x/index.html\n\n');
    const listed = runScript('check-pages.ts', ['--site', bad, '--pages', list]);
    expect([listed.code, listed.stdout]).toEqual([0, '2 pages checked: 0 errors.\n']);

    expect(runScript('check-pages.ts', ['--site', path.join(scratch, 'no-such-site')]).code).toBe(2);
    expect(runScript('check-pages.ts', ['--site', good, '--pages', path.join(scratch, 'no-such-list')]).code).toBe(2);
    const unknown = runScript('check-pages.ts', ['--site', good, '--strict']);
    expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringContaining("Unknown option '--strict'")]);
  });
});
