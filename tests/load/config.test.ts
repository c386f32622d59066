import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/load/config.ts';
import { readFixture } from '../helpers/fixtures.ts';

function parseFixture(name: string) {
  return parseConfig(`tests/fixtures/config/${name}`, readFixture(`config/${name}`));
}

describe('site config', () => {
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
});
