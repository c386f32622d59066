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

  it('should read the fields of a valid file', () => {
    const text =
      '\ufeffname: Vlaams Regeerakkoord\ngovernment: Regering-Jambon\nperiod:\n  start: 2019-10-02\n  end: 2024-09-30\nchapters:\n  1: Werk\ndescription: Een **akkoord**.\n';
    expect(parseAgreementFile('agreement.yaml', text)).toEqual({
      agreement: {
        name: 'Vlaams Regeerakkoord',
        government: 'Regering-Jambon',
        period: { start: '2019-10-02', end: '2024-09-30' },
        chapters: { '1': 'Werk' },
        description: 'Een **akkoord**.',
      },
      diagnostics: [],
    });
  });

  it('should refuse a term that ends before it starts, at the end date, and accept one of a single day', () => {
    const text = (end: string) => `name: Akkoord\nperiod:\n  start: 2024-09-30\n  end: ${end}\n`;
    expect(parseAgreementFile('agreement.yaml', text('2024-09-29'))).toEqual({
      diagnostics: [
        {
          file: 'agreement.yaml',
          line: 4,
          column: 8,
          severity: 'error',
          rule: 'agreement-invalid',
          message: 'the term ends on 2024-09-29, before it starts on 2024-09-30',
          hint: 'correct `period.start` or `period.end`',
        },
      ],
    });
    expect(parseAgreementFile('agreement.yaml', text('2024-09-30')).agreement?.period).toEqual({
      start: '2024-09-30',
      end: '2024-09-30',
    });
  });

  it('should report a date written wrong as a wrong value of the file, at the date', () => {
    const format = parseAgreementFile('agreement.yaml', 'name: Akkoord\nperiod:\n  start: 2024-9-30\n');
    expect(format.agreement).toBeUndefined();
    expect(format.diagnostics.map((d) => [d.rule, d.severity, d.line, d.column, d.message])).toEqual([
      ['agreement-invalid', 'error', 3, 10, '`period.start` must be a date written as YYYY-MM-DD, not "2024-9-30"'],
    ]);
    const calendar = parseAgreementFile('agreement.yaml', 'name: Akkoord\nperiod:\n  start: 2024-02-30\n');
    expect(calendar.diagnostics.map((d) => [d.rule, d.line, d.column, d.message])).toEqual([
      ['agreement-invalid', 3, 10, '`period.start` must be a real day, but 2024-02-30 is not in the calendar'],
    ]);
  });

  it('should keep the rules of other findings, such as an unknown key', () => {
    const { agreement, diagnostics } = parseAgreementFile(
      'agreement.yaml',
      'name: Akkoord\nperiod:\n  start: 2024-09-30\nnaam: x\n',
    );
    expect(agreement).toBeUndefined();
    expect(diagnostics.map((d) => [d.rule, d.line, d.column, d.message])).toEqual([
      ['unknown-key', 4, 1, 'unknown key `naam`'],
    ]);
  });

  it('should name the description in a finding about its size, at the description', () => {
    const lines = Array.from({ length: 2001 }, (_, i) => `  regel ${i}`).join('\n');
    const text = `name: Akkoord\nperiod:\n  start: 2024-09-30\ndescription: |\n${lines}\n`;
    const { agreement, diagnostics } = parseAgreementFile('agreement.yaml', text);
    expect(agreement).toBeUndefined();
    expect(diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([['markdown-too-large', 4, 14]]);
    expect(diagnostics[0]!.message).toMatch(/^`description` has a paragraph /);
  });
});
