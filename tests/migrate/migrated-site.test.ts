import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/fixtures.ts';
import { runScript } from '../helpers/run.ts';
import { attributes, page, siteFiles, text, xmlElements, xmlFile, xmlText } from '../helpers/site.ts';

// The shipped content, migrated as its editors would and built at its address:
// what was published at /rapporten/… must still lead readers to the report.
const address = 'https://monitor.example.org/';
let folder: string;
let site: string;

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'migrated-site-'));
  cpSync(path.join(projectRoot, 'content'), path.join(folder, 'content'), { recursive: true });
  site = path.join(folder, '_site');
  const before = runScript(
    'build.ts',
    ['--content', 'content', '--output', path.join(folder, 'before'), '--base-url', address],
    {},
    folder,
  );
  expect(before.code, before.stderr).toBe(0);
  const migrated = runScript(
    'migrate.ts',
    ['--agreement', '2019-2024', '--start', '2019-10-02', '--end', '2024-09-30'],
    {},
    folder,
  );
  expect(migrated.code, migrated.stderr).toBe(0);
  const built = runScript('build.ts', ['--content', 'content', '--output', site, '--base-url', address], {}, folder);
  expect(built.code, built.stderr).toBe(0);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the shipped content after npm run migrate', () => {
  const moved = '/2019-2024/rapporten/1-3-activering-stimuleren/';

  it('should publish the report under its agreement', () => {
    expect(text(page(site, moved), 'h1')).toBe('1.3 Activering stimuleren');
    expect(text(page(site, '/2019-2024/'), 'h1')).toBe('Vlaams Regeerakkoord 2019-2024');
  });

  it('should lead the old report address to the new one', () => {
    const old = page(site, '/rapporten/1-3-activering-stimuleren/');
    expect(attributes(old, 'meta[http-equiv=refresh]', 'content')).toEqual([`0; url=${moved}`]);
    expect(attributes(old, 'link[rel=canonical]', 'href')).toEqual([new URL(moved.slice(1), address).href]);
    expect(attributes(old, 'a[href]', 'href')).toEqual([moved]);
    expect(attributes(page(site, '/hoofdstukken/1/'), 'meta[http-equiv=refresh]', 'content')).toEqual([
      '0; url=/2019-2024/hoofdstukken/1/',
    ]);
  });

  it('should list the new addresses in the sitemap, not the old ones', () => {
    const locations = xmlElements(xmlFile(site, 'sitemap.xml'), 'loc').map((loc) => new URL(xmlText(loc)).pathname);
    expect(locations).toContain(moved);
    expect(locations.filter((pathname) => /^\/(rapporten|hoofdstukken)\//.test(pathname))).toEqual([]);
  });

  it('should still answer at every address the site had before migrating', () => {
    const after = new Set(siteFiles(site));
    expect(siteFiles(path.join(folder, 'before')).filter((file) => !after.has(file))).toEqual([]);
  });
});
