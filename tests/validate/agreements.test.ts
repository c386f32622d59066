import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSite } from '../../src/build/load-site.ts';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { fixturesDir } from '../helpers/fixtures.ts';

/**
 * Sites with several agreements (content/agreements/<id>/), one fixture
 * folder per case in tests/fixtures/agreements/: each gives exactly these
 * findings, where an editor would look for them, and a site with errors is
 * not built. No cache: each check reads its reports afresh.
 */
const check = (name: string) => checkSite(path.join(fixturesDir, 'agreements', name));

/** A file of a fixture as the findings name it: relative to the project, where the tests run. */
const fileOf = (name: string, relative: string) => `tests/fixtures/agreements/${name}/${relative}`;

const places = (findings: readonly Diagnostic[]) => findings.map((d) => [d.severity, d.rule, d.file, d.line, d.column]);

describe('a site with several agreements', () => {
  it('should accept two terms with a report on one section each, the newer continuing the older, ready to be built', async () => {
    // The older report cites decisions of the first and the last day of its term, the newer one of its first
    // day; site.yaml sends the old addresses to 2019-2024, which the site holds.
    const site = await check('valid-two-terms');
    expect(site.findings).toEqual([]);
    expect(site.fileCount).toBe(2);
    expect(site.ready).toBeDefined();
  });

  it('should report a `continues` naming an agreement the site does not hold, with the likely one', async () => {
    const name = 'continues-unknown-agreement';
    const { findings, ready } = await check(name);
    expect(places(findings)).toEqual([
      ['error', 'continues-unknown-agreement', fileOf(name, 'agreements/2024-2029/reports/1-3-activering.md'), 7, 14],
      ['error', 'continues-unknown-agreement', fileOf(name, 'agreements/2024-2029/reports/2-1-werk-en-zorg.md'), 7, 14],
    ]);
    expect(findings[0]!.message).toContain('"2019-2042"');
    expect(findings[0]!.hint).toBe('did you mean "2019-2024"?');
    // Nothing close: the agreements there are.
    expect(findings[1]!.message).toContain('"1995-1999"');
    expect(findings[1]!.hint).toBe(
      'the other agreements of this site are "2019-2024" (the folder names under agreements/)',
    );
    expect(ready).toBeUndefined();
  });

  it('should report a `continues` naming a section the earlier agreement has no report on, at the section', async () => {
    const name = 'continues-unknown-section';
    const { findings, ready } = await check(name);
    expect(places(findings)).toEqual([
      ['error', 'continues-unknown-section', fileOf(name, 'agreements/2024-2029/reports/1-3-activering.md'), 8, 12],
    ]);
    expect(findings[0]!.message).toContain('"2019-2024" has no report on section 1.4');
    expect(findings[0]!.hint).toBe('did you mean "1.3"?');
    expect(ready).toBeUndefined();
  });

  it('should report a report that continues its own section once, not also as a circle', async () => {
    const name = 'continues-own-agreement';
    const { findings, ready } = await check(name);
    expect(places(findings)).toEqual([
      ['error', 'continues-not-earlier', fileOf(name, 'agreements/2024-2029/reports/1-3-activering.md'), 7, 14],
    ]);
    expect(findings[0]!.message).toContain('"2024-2029", the agreement this report belongs to');
    expect(ready).toBeUndefined();
  });

  it('should report a report that continues a later agreement, and say which report should', async () => {
    const name = 'continues-later-agreement';
    const { findings, ready } = await check(name);
    expect(places(findings)).toEqual([
      ['error', 'continues-not-earlier', fileOf(name, 'agreements/2019-2024/reports/1-3-activering.md'), 7, 14],
    ]);
    expect(findings[0]!.message).toContain('"2024-2029" starts on 2024-10-01');
    expect(findings[0]!.message).toContain('"2019-2024" (2019-10-02)');
    expect(findings[0]!.hint).toContain('move this `continues` to the report in "2024-2029"');
    expect(ready).toBeUndefined();
  });

  it('should report reports that continue each other in a circle in each of them, naming both', async () => {
    // Possible only between agreements that start on the same day: neither is later.
    const name = 'continues-cycle';
    const brussel = fileOf(name, 'agreements/brussel-2024/reports/1-3-activering.md');
    const vlaanderen = fileOf(name, 'agreements/vlaanderen-2024/reports/1-3-activering.md');
    const { findings, ready } = await check(name);
    expect(places(findings)).toEqual([
      ['error', 'continues-cycle', brussel, 7, 14],
      ['error', 'continues-cycle', vlaanderen, 7, 14],
    ]);
    for (const finding of findings) {
      expect(finding.message).toContain(`${brussel} (brussel-2024 1.3)`);
      expect(finding.message).toContain(`${vlaanderen} (vlaanderen-2024 1.3)`);
    }
    expect(ready).toBeUndefined();
  });

  it("should warn at its date of a decision older than the report's agreement, and still build", async () => {
    const name = 'reference-before-term';
    const { findings, ready } = await check(name);
    expect(places(findings)).toEqual([
      ['warning', 'reference-outside-term', fileOf(name, 'agreements/2019-2024/reports/1-3-activering.md'), 13, 11],
    ]);
    expect(findings[0]!.message).toBe(
      'decision of 2018-05-04 is older than this agreement, which starts on 2019-10-02',
    );
    expect(ready).toBeDefined();
  });

  it("should warn at its date of a decision newer than the end of the report's agreement, and still build", async () => {
    const name = 'reference-after-term';
    const { findings, ready } = await check(name);
    expect(places(findings)).toEqual([
      ['warning', 'reference-outside-term', fileOf(name, 'agreements/2019-2024/reports/1-3-activering.md'), 13, 11],
    ]);
    expect(findings[0]!.message).toBe('decision of 2024-11-15 is newer than this agreement, which ended on 2024-09-30');
    expect(ready).toBeDefined();
  });

  it('should report two reports on one section of one agreement, but not the same section in another agreement', async () => {
    const name = 'section-duplicate-within';
    const first = fileOf(name, 'agreements/2024-2029/reports/1-3-activering.md');
    const second = fileOf(name, 'agreements/2024-2029/reports/1-3-activering-werkzoekenden.md');
    const { findings, ready } = await check(name);
    expect(places(findings)).toEqual([
      ['error', 'section-duplicate', second, 4, 12],
      ['error', 'section-duplicate', first, 4, 12],
    ]);
    expect(findings[0]!.message).toBe(`section 1.03 is also covered by ${first}:4`);
    expect(findings[1]!.message).toBe(`section 1.3 is also covered by ${second}:4`);
    expect(ready).toBeUndefined();
  });
});

describe('a site with several agreements laid out or set up wrong, which is not built', () => {
  it('should report an agreement folder without agreement.yaml once, not also the report that continues it', async () => {
    const name = 'agreement-file-missing';
    const { findings, ready } = await check(name);
    expect(places(findings)).toEqual([['error', 'agreement-file-missing', fileOf(name, 'agreements/2019-2024'), 1, 1]]);
    expect(findings[0]!.message).toContain('has no agreement.yaml');
    expect(findings[0]!.hint).toContain(fileOf(name, 'agreements/2019-2024/agreement.yaml'));
    expect(ready).toBeUndefined();
  });

  it('should report a start that is no date and an end before the start at their lines', async () => {
    // The report in 2024-2029 continues 2019-2024: that agreement is there, if wrongly described.
    const name = 'agreement-yaml-invalid';
    const { findings, ready } = await check(name);
    expect(places(findings)).toEqual([
      ['error', 'agreement-invalid', fileOf(name, 'agreements/2019-2024/agreement.yaml'), 3, 10],
      ['error', 'agreement-invalid', fileOf(name, 'agreements/2024-2029/agreement.yaml'), 4, 8],
    ]);
    expect(findings[0]!.message).toBe('`period.start` must be a date written as YYYY-MM-DD, not "oktober 2019"');
    expect(findings[1]!.message).toBe('the term ends on 2024-09-30, before it starts on 2024-10-01');
    expect(ready).toBeUndefined();
  });

  it('should report a folder name that is no agreement id and one the site uses for its own pages', async () => {
    const name = 'agreement-folder-invalid';
    const { findings, ready } = await check(name);
    expect(places(findings)).toEqual([
      ['error', 'agreement-folder-invalid', fileOf(name, 'agreements/2019_2024'), 1, 1],
      ['error', 'agreement-folder-invalid', fileOf(name, 'agreements/rapporten'), 1, 1],
    ]);
    expect(findings[0]!.message).toContain('"2019_2024" is not an agreement id');
    expect(findings[1]!.message).toContain('"rapporten" is an address the site already uses (/rapporten/)');
    expect(ready).toBeUndefined();
  });

  it('should report a report directly in agreements/ and one beside agreement.yaml, each with where it belongs', async () => {
    // The report in 2024-2029 continues 2019-2024, whose folder holds the stray file: that agreement still counts.
    const name = 'stray-report';
    const { findings, ready } = await check(name);
    expect(places(findings)).toEqual([
      ['error', 'agreement-stray-file', fileOf(name, 'agreements/2-1-werk-en-zorg.md'), 1, 1],
      ['error', 'agreement-stray-file', fileOf(name, 'agreements/2019-2024/4-kort.md'), 1, 1],
    ]);
    expect(findings[0]!.hint).toBe(`move it to ${fileOf(name, 'agreements/<id>/reports/')}`);
    expect(findings[1]!.hint).toBe(`move it to ${fileOf(name, 'agreements/2019-2024/reports/')}`);
    expect(ready).toBeUndefined();
  });

  it('should report a content folder with both reports/ and agreements/ once, at reports/', async () => {
    const name = 'layout-mixed';
    const { findings, ready } = await check(name);
    expect(places(findings)).toEqual([['error', 'layout-mixed', fileOf(name, 'reports'), 1, 1]]);
    expect(findings[0]!.message).toContain('both reports/ (one agreement) and agreements/ (several)');
    expect(findings[0]!.hint).toContain('npm run migrate');
    expect(ready).toBeUndefined();
  });

  it('should report `redirectOldAddressesTo` naming an agreement the site does not hold, with the likely one', async () => {
    const name = 'redirect-unknown-agreement';
    const { findings, ready } = await check(name);
    expect(places(findings)).toEqual([['error', 'config-invalid', fileOf(name, 'site.yaml'), 3, 25]]);
    expect(findings[0]!.message).toContain('"2019-2023"');
    expect(findings[0]!.hint).toBe('did you mean "2019-2024"?');
    expect(ready).toBeUndefined();
  });

  it("should report site.yaml's `agreement` and `chapters`, which a site with several takes from each agreement.yaml", async () => {
    const name = 'site-yaml-agreement-block';
    const { findings, ready } = await check(name);
    expect(places(findings)).toEqual([
      ['error', 'config-invalid', fileOf(name, 'site.yaml'), 2, 1],
      ['error', 'config-invalid', fileOf(name, 'site.yaml'), 5, 1],
    ]);
    expect(findings.map((d) => d.hint)).toEqual([
      'each agreement is named in its own agreement.yaml (name, period): remove `agreement` from site.yaml',
      "each agreement's chapters are in its own agreement.yaml: move them there",
    ]);
    expect(ready).toBeUndefined();
  });
});

describe('a site with one agreement', () => {
  it('should not suggest its own agreement to a report that says `continues`', async () => {
    const name = 'continues-on-one-agreement';
    const { findings } = await check(name);
    expect(places(findings)).toEqual([
      ['error', 'continues-unknown-agreement', fileOf(name, 'reports/1-3-activering.md'), 7, 14],
    ]);
    expect(findings[0]!.hint).toContain('this site holds no other agreement');
  });
});

describe('content folders that git cannot hold as fixtures', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'monitor-agreements-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('should report an empty agreements/ folder as holding no agreement', async () => {
    const content = path.join(scratch, 'empty-agreements');
    mkdirSync(path.join(content, 'agreements'), { recursive: true });
    const { findings, ready } = await checkSite(content);
    expect(places(findings)).toEqual([['error', 'agreement-file-missing', path.join(content, 'agreements'), 1, 1]]);
    expect(findings[0]!.message).toContain('holds no agreement');
    expect(ready).toBeUndefined();
  });

  it("should report a file named reports where an agreement's reports folder belongs, not stop on it", async () => {
    const content = path.join(scratch, 'reports-is-a-file');
    const folder = path.join(content, 'agreements', '2024-2029');
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      path.join(folder, 'agreement.yaml'),
      'name: Vlaams Regeerakkoord 2024-2029\nperiod:\n  start: 2024-10-01\n',
    );
    writeFileSync(path.join(folder, 'reports'), '');
    const { findings, ready } = await checkSite(content);
    expect(places(findings)).toEqual([['error', 'file-unreadable', path.join(folder, 'reports'), 1, 1]]);
    expect(findings[0]!.message).toContain('a file, not a folder');
    expect(ready).toBeUndefined();
  });
});
