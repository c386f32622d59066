import { describe, expect, it } from 'vitest';
import { parseAgreementFile } from '../../src/load/agreement-file.ts';
import { parseConfig } from '../../src/load/config.ts';

describe('reading agreement.yaml and site.yaml', () => {
  it('should speak of the file, not of a front matter, when it is not valid YAML', () => {
    const agreement = parseAgreementFile('agreements/2024-2029/agreement.yaml', 'name: Akkoord: 2024\nperiod:\n');
    expect(agreement.diagnostics.map((d) => [d.rule, d.line, d.message])).toEqual([
      [
        'yaml-syntax',
        1,
        'this file is not valid YAML: a value contains a colon followed by a space, which YAML reads as a new key',
      ],
    ]);
    const site = parseConfig('site.yaml', 'siteName: "Monitor\n');
    expect(site.diagnostics[0]!.message).toMatch(/^this file is not valid YAML: /);
  });

  it('should hold the description to the limits of every Markdown text', () => {
    const deep = `${'> '.repeat(30)}diep\n`;
    const text = `name: Akkoord\nperiod:\n  start: 2024-09-30\ndescription: |\n  ${deep}`;
    const { agreement, diagnostics } = parseAgreementFile('agreement.yaml', text);
    expect(agreement).toBeUndefined();
    expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([['nesting-too-deep', 4]]);
  });
});
