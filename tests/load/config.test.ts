import { describe, expect, it } from 'vitest';
import { configFileName, parseBaseUrl, parseConfig } from '../../src/load/config.ts';
import { readFixture } from '../helpers/fixtures.ts';

function parseFixture(name: string) {
  return parseConfig(`tests/fixtures/config/${name}`, readFixture(`config/${name}`));
}

describe('site config', () => {
  it('should be read from site.yaml in the content folder', () => {
    expect(configFileName).toBe('site.yaml');
  });

  it('should give every setting a default when there is no config file', () => {
    const { config, diagnostics } = parseConfig('content/site.yaml', undefined);
    expect(diagnostics).toEqual([]);
    expect(config).toMatchObject({
      siteName: 'Regeerakkoordmonitor',
      referenceHosts: ['beslissingenvlaamseregering.vlaanderen.be'],
      chapters: {},
    });
  });

  it('should read every setting', () => {
    const { config, diagnostics } = parseFixture('valid-full.yaml');
    expect(diagnostics).toEqual([]);
    expect(config).toEqual({
      siteName: 'Regeerakkoordmonitor',
      description: 'Volgt het regeerakkoord.',
      agreement: { name: 'Vlaams Regeerakkoord', period: '2019-2024' },
      chapters: { '1': 'Werk' },
      themes: { activering: { label: 'Activering', keywords: ['activering', 'inactieven'] } },
      referenceHosts: ['beslissingenvlaamseregering.vlaanderen.be', 'www.vlaanderen.be'],
      repositoryUrl: 'https://example.org/monitor',
      repositoryBranch: 'main',
      baseUrl: 'https://example.org/',
    });
  });

  it.each([
    ['base-url-not-a-url.yaml', 'config-invalid', 2, 10],
    ['base-url-with-query.yaml', 'config-invalid', 2, 10],
    ['base-url-with-fragment.yaml', 'config-invalid', 3, 10],
    ['repository-branch-with-space.yaml', 'config-invalid', 3, 19],
    ['reference-host-with-scheme.yaml', 'config-invalid', 2, 5],
    ['unknown-key-sitename.yaml', 'unknown-key', 1, 1],
  ])('%s should produce %s at %i:%i', (name, rule, line, column) => {
    const { config, diagnostics } = parseFixture(name);
    expect(config).toBeUndefined();
    expect(diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([[rule, line, column]]);
  });

  it('should suggest siteName for sitename', () => {
    expect(parseFixture('unknown-key-sitename.yaml').diagnostics[0]!.hint).toBe('did you mean `siteName`?');
  });

  it('should say which settings the file names, besides the defaults, and where they are', () => {
    const { config, locate, written, diagnostics } = parseConfig(
      'content/site.yaml',
      'siteName: Monitor\nbaseUrl: https://example.org/monitor\n',
    );
    expect(diagnostics).toEqual([]);
    expect(config).toMatchObject({
      siteName: 'Monitor',
      baseUrl: 'https://example.org/monitor/',
      repositoryBranch: 'main',
    });
    expect(written).toEqual(['siteName', 'baseUrl']);
    expect(locate!.value(['baseUrl'])).toEqual({ file: 'content/site.yaml', line: 2, column: 10 });
  });

  it('should read an empty site.yaml as every default, naming no setting', () => {
    const { config, written, diagnostics } = parseConfig('site.yaml', '');
    expect(diagnostics).toEqual([]);
    expect(config).toEqual(parseConfig('site.yaml', undefined).config);
    expect(written).toEqual([]);
  });

  it('should give no config, only findings, for a broken file', () => {
    const result = parseConfig('site.yaml', 'siteName: ""\n');
    expect(result.config).toBeUndefined();
    expect(result.locate).toBeUndefined();
    expect(result.written).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.rule, d.line, d.column, d.message])).toEqual([
      ['config-invalid', 1, 11, '`siteName` must not be empty'],
    ]);
  });
});

describe('the site address on the command line', () => {
  it('should accept a web address and end it with a slash', () => {
    expect(parseBaseUrl('https://example.org')).toEqual({ baseUrl: 'https://example.org/' });
    expect(parseBaseUrl('https://example.org/monitor/')).toEqual({ baseUrl: 'https://example.org/monitor/' });
  });

  it('should refuse anything else, saying why and quoting what was given', () => {
    expect(parseBaseUrl('ftp://example.org')).toEqual({
      error: '--base-url must be a full web address starting with https://, not "ftp://example.org"',
    });
    expect(parseBaseUrl('https://example.org/?a=1')).toEqual({
      error:
        '--base-url must be the site\'s address without ?… or #…, such as https://example.org/monitor/, not "https://example.org/?a=1"',
    });
  });
});
