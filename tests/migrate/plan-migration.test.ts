import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgreementFile } from '../../src/load/agreement-file.ts';
import { parseConfig } from '../../src/load/config.ts';
import { readMigrationRequest, type MigrationRequest } from '../../src/migrate/migration-request.ts';
import { planMigration, type MigrationPlan, type MigrationRefusal } from '../../src/migrate/plan-migration.ts';
import { projectRoot, readFixture } from '../helpers/fixtures.ts';

const shippedSite = readFileSync(path.join(projectRoot, 'content/site.yaml'), 'utf8');
const request: MigrationRequest = { content: 'content', agreement: '2019-2024', start: '2019-10-02' };
const redirectComment =
  "# The old addresses (/rapporten/…, /hoofdstukken/…) lead to this agreement's pages under /2019-2024/.";

function plan(siteText: string | undefined, changes: Partial<MigrationRequest> = {}): MigrationPlan {
  const result = planMigration({ ...request, ...changes }, siteText);
  if ('refused' in result) throw new Error(`refused: ${result.refused}`);
  return result;
}

function refusal(siteText: string | undefined, changes: Partial<MigrationRequest> = {}): MigrationRefusal {
  const result = planMigration({ ...request, ...changes }, siteText);
  if (!('refused' in result)) throw new Error('expected a refusal');
  return result;
}

const readAgreement = (text: string) => parseAgreementFile('agreement.yaml', text).agreement;
const readSite = (text: string) => parseConfig('site.yaml', text).config;

describe('planMigration: site.yaml', () => {
  it('should take agreement: and chapters: out of the shipped site.yaml and keep every other line as written', () => {
    const { siteYaml } = plan(shippedSite);
    const moved = [
      'agreement:',
      '  name: Vlaams Regeerakkoord',
      '  period: "2019-2024"',
      '# Chapter titles by chapter number, e.g. "1": Werk. Unnamed chapters show as "Hoofdstuk 1".',
      'chapters: {}',
      '',
    ].join('\n');
    expect(shippedSite).toContain(moved);
    expect(siteYaml).toBe(shippedSite.replace(moved, `${redirectComment}\nredirectOldAddressesTo: "2019-2024"\n`));
    // The comments the editor wrote stay, the long description is not folded again.
    expect(siteYaml).toContain('# Themes: how to show them, and keywords that suggest them to the importer.\n');
    expect(siteYaml).toContain('# baseUrl: https://…/\n# repositoryUrl: https://github.com/…/…');
    expect(siteYaml).toContain('keywords: [activering, activeren, inactieven, activeringstraject]\n');
  });

  it('should leave the other settings of the shipped site.yaml as they read, with redirectOldAddressesTo set', () => {
    const before = readSite(shippedSite)!;
    const after = readSite(plan(shippedSite).siteYaml)!;
    expect(after.redirectOldAddressesTo).toBe('2019-2024');
    expect(after.themes).toEqual(before.themes);
    expect(after.description).toBe(before.description);
    expect(after.referenceHosts).toEqual(before.referenceHosts);
    expect(after.agreement).toEqual({ name: 'Regeerakkoord', period: '' });
  });

  it("should take the comment lines above agreement: and chapters: with them, and keep the next setting's", () => {
    expect(plan(readFixture('migrate/site-with-chapters.yaml')).siteYaml).toBe(
      [
        '# Site-wide settings.',
        'siteName: Monitor',
        redirectComment,
        'redirectOldAddressesTo: "2019-2024"',
        '',
        '# Themes, with a long keyword list the editor wrapped by hand.',
        'themes:',
        '  werk:',
        '    keywords:',
        '    - werk',
        '    - arbeidsmarkt',
        'referenceHosts: [ beslissingenvlaamseregering.vlaanderen.be ]   # only this host',
        '# baseUrl: https://example.org/',
        '',
      ].join('\n'),
    );
  });

  it("should keep the file's opening comment when agreement: is its first setting", () => {
    const { siteYaml } = plan('# Settings of the monitor.\nagreement:\n  name: Akkoord\nsiteName: Monitor\n');
    expect(siteYaml).toBe(
      `# Settings of the monitor.\n${redirectComment}\nredirectOldAddressesTo: "2019-2024"\nsiteName: Monitor\n`,
    );
  });

  it('should add the setting after the last one when site.yaml has no agreement: or chapters:', () => {
    const { siteYaml } = plan('siteName: Monitor\n# A closing remark.\n...\n');
    expect(siteYaml).toBe(
      `siteName: Monitor\n${redirectComment}\nredirectOldAddressesTo: "2019-2024"\n# A closing remark.\n...\n`,
    );
  });

  it('should keep Windows line endings', () => {
    const { siteYaml } = plan('siteName: Monitor\r\nchapters:\r\n  "1": Werk\r\nbaseUrl: https://example.org/\r\n');
    expect(siteYaml).toBe(
      `siteName: Monitor\r\n${redirectComment}\r\nredirectOldAddressesTo: "2019-2024"\r\nbaseUrl: https://example.org/\r\n`,
    );
  });

  it('should rewrite a site.yaml written as one { } mapping', () => {
    const { siteYaml } = plan('{ siteName: Monitor, agreement: { name: Akkoord, period: "2019-2024" } }\n');
    expect(readSite(siteYaml)).toMatchObject({ siteName: 'Monitor', redirectOldAddressesTo: '2019-2024' });
    expect(siteYaml).not.toContain('Akkoord');
  });

  it('should write a site.yaml with just the new setting when there is none, and quote an id of digits', () => {
    const { siteYaml, agreement, writes } = plan(undefined, { agreement: '2019' });
    expect(siteYaml).toBe(
      "# The old addresses (/rapporten/…, /hoofdstukken/…) lead to this agreement's pages under /2019/.\n" +
        'redirectOldAddressesTo: "2019"\n',
    );
    expect(readSite(siteYaml)?.redirectOldAddressesTo).toBe('2019');
    expect(agreement.name).toBe('Regeerakkoord');
    expect(writes.map((w) => [w.file, w.creates])).toEqual([
      [path.join('content', 'agreements', '2019', 'agreement.yaml'), true],
      [path.join('content', 'site.yaml'), true],
    ]);
  });
});

describe('planMigration: agreement.yaml', () => {
  it('should name the agreement with its period, and give the term, the government and no empty chapters', () => {
    const { agreementYaml, moves } = plan(shippedSite, { end: '2024-09-30', government: 'Regering-Jambon' });
    expect(agreementYaml).toMatch(/^# One agreement of this site/);
    expect(agreementYaml).toContain(
      'name: Vlaams Regeerakkoord 2019-2024\ngovernment: Regering-Jambon\nperiod:\n  start: 2019-10-02\n  end: 2024-09-30\n',
    );
    expect(agreementYaml).not.toContain('chapters');
    expect(readAgreement(agreementYaml)).toEqual({
      name: 'Vlaams Regeerakkoord 2019-2024',
      government: 'Regering-Jambon',
      period: { start: '2019-10-02', end: '2024-09-30' },
      chapters: {},
    });
    expect(moves).toEqual([
      { from: path.join('content', 'reports'), to: path.join('content', 'agreements', '2019-2024', 'reports') },
    ]);
  });

  it('should move the chapter titles, in section order', () => {
    const { agreementYaml } = plan(readFixture('migrate/site-with-chapters.yaml'));
    expect(agreementYaml).toContain('chapters:\n  "1": Werk\n  "1.2": Activering\n  "2": Wonen\n  "10": Cultuur\n');
    expect(readAgreement(agreementYaml)?.chapters).toEqual({
      1: 'Werk',
      '1.2': 'Activering',
      2: 'Wonen',
      10: 'Cultuur',
    });
  });

  it.each([
    [
      'the name holds the period already',
      'agreement:\n  name: Regeerakkoord 2019-2024\n  period: "2019-2024"\n',
      'Regeerakkoord 2019-2024',
    ],
    ['there is no period', 'agreement:\n  name: Vlaams Regeerakkoord\n', 'Vlaams Regeerakkoord'],
    ['site.yaml names no agreement', 'siteName: Monitor\n', 'Regeerakkoord'],
  ])('should name the agreement as site.yaml does when %s', (_case, siteText, name) => {
    const { agreementYaml } = plan(siteText);
    expect(readAgreement(agreementYaml)?.name).toBe(name);
  });

  it('should leave out the end of a term that runs', () => {
    expect(readAgreement(plan(shippedSite).agreementYaml)?.period).toEqual({ start: '2019-10-02' });
  });
});

describe('planMigration: refusals', () => {
  it.each([
    ['2019 2024', 'must be letters, digits and dashes'],
    ['-2019', 'must be letters, digits and dashes'],
    ['rapporten', 'is an address the site uses itself (/rapporten/)'],
    ['Themas', 'is an address the site uses itself (/Themas/)'],
  ])('should refuse the id "%s"', (id, message) => {
    expect(refusal(shippedSite, { agreement: id }).refused).toContain(message);
  });

  it('should refuse a site.yaml with errors, with its findings', () => {
    const { refused, findings } = refusal('siteName: Monitor\nagreemnt:\n  name: X\n');
    expect(refused).toBe('content/site.yaml has errors; correct them, then run migrate again');
    expect(findings.map((d) => [d.file, d.line, d.rule])).toEqual([['content/site.yaml', 2, 'unknown-key']]);
  });

  it('should refuse a site.yaml that sets redirectOldAddressesTo already', () => {
    expect(refusal('redirectOldAddressesTo: "2014-2019"\n').refused).toContain(
      'content/site.yaml sets redirectOldAddressesTo already',
    );
  });
});

describe('readMigrationRequest', () => {
  const problem = (values: Record<string, string | undefined>) => {
    const result = readMigrationRequest({ content: 'content', ...values });
    return 'problem' in result ? result.problem : undefined;
  };

  it('should say why --start is needed when it is missing', () => {
    expect(problem({ agreement: '2019-2024' })).toMatch(/^--start is required: the first day of the term/);
  });

  it('should ask for --agreement first', () => {
    expect(problem({})).toMatch(/^--agreement is required/);
  });

  it.each([
    [{ start: '2019-10-2' }, '--start must be a date written as YYYY-MM-DD, not "2019-10-2"'],
    [{ start: '2019-02-29' }, '--start must be a real day, but 2019-02-29 is not in the calendar'],
    [{ start: '2019-10-02', end: '2024-13-01' }, '--end must be a real day, but 2024-13-01 is not in the calendar'],
    [{ start: '2019-10-02', end: '2019-10-01' }, '--end must not be before --start: a term ends after it starts'],
    [{ start: '2019-10-02', government: ' ' }, '--government must not be empty'],
  ])('should refuse %j', (values, message) => {
    expect(problem({ agreement: '2019-2024', ...values })).toBe(message);
  });

  it('should accept a term that starts and ends on one day, and a leap day', () => {
    expect(problem({ agreement: 'a', start: '2024-02-29', end: '2024-02-29' })).toBeUndefined();
  });
});
