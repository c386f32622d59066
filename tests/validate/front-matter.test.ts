import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/load/config.ts';
import { label } from '../../src/validate/front-matter.ts';
import { check, reportText, where } from './report-text.ts';

const url = 'https://beslissingenvlaamseregering.vlaanderen.be/';

/** The one finding of a report, as rule, line, column, message and hint. */
function only(text: string) {
  const { diagnostics } = check(text);
  expect(diagnostics).toHaveLength(1);
  const [d] = diagnostics;
  return [d!.rule, d!.line, d!.column, d!.message, d!.hint];
}

describe('unknown keys', () => {
  it('should list the keys allowed at the top when none is close', () => {
    expect(only(reportText(['kleur: rood']))).toEqual([
      'unknown-key',
      7,
      1,
      'unknown key `kleur`',
      'the keys allowed here are: title, agreement, continues, themes, status, updated, history, references',
    ]);
  });

  it('should suggest the key meant inside `agreement`, and not also report that key as missing', () => {
    const { diagnostics } = check(reportText().replace('  section:', '  sectie:'));
    // Exactly this finding, with nothing else attached to it.
    expect(diagnostics).toEqual([
      {
        file: 'r.md',
        line: 4,
        column: 3,
        severity: 'error',
        rule: 'unknown-key',
        message: 'unknown key `sectie` in `agreement`',
        hint: 'did you mean `section`?',
      },
    ]);
  });

  it('should still report a missing key that no suggestion explains', () => {
    const text = reportText().replace('title: Werk', 'titl: Werk').replace('themes: [werk]\n', '');
    const { diagnostics } = check(text);
    expect(where(diagnostics)).toEqual([
      ['themes-required', 'error', 1, 1],
      ['unknown-key', 'error', 2, 1],
    ]);
    expect(diagnostics.map((d) => d.hint)).toEqual(['add `themes:` with a value', 'did you mean `title`?']);
  });

  it('should name the history entry or reference that holds an unknown key, with the keys allowed there', () => {
    const history = reportText(['history:', '  - date: 2024-03-01', '    status: niet-beoordeeld', '    notitie: x']);
    expect(only(history)).toEqual([
      'unknown-key',
      10,
      5,
      'unknown key `notitie` in `history[0]`',
      'the keys allowed here are: date, status, note',
    ]);
    const references = reportText(
      ['references:', `  - {id: 0, date: 2021-01-08, title: T, url: "${url}", datum: 2021-01-08}`],
      ['[0]'],
    );
    expect(only(references)).toEqual([
      'unknown-key',
      8,
      100,
      'unknown key `datum` in `references[0]`',
      'did you mean `date`?',
    ]);
  });

  it('should suggest the key meant inside `continues`', () => {
    expect(only(reportText(['continues: {agreement: "2019-2024", sectie: "1.3"}']))).toEqual([
      'unknown-key',
      7,
      37,
      'unknown key `sectie` in `continues`',
      'did you mean `section`?',
    ]);
  });

  it("should list the keys of a theme in site.yaml's `themes`", () => {
    const { diagnostics } = parseConfig('site.yaml', 'themes:\n  werk:\n    kleur: rood\n');
    expect(diagnostics.map((d) => [d.rule, d.line, d.column, d.message, d.hint])).toEqual([
      [
        'unknown-key',
        3,
        5,
        'unknown key `kleur` in `themes.werk`',
        'the keys allowed here are: label, description, keywords',
      ],
    ]);
  });
});

describe('the rule of each field', () => {
  it('should report a title that is not text', () => {
    expect(only(reportText().replace('title: Werk', 'title: [Werk]'))).toEqual([
      'title-required',
      2,
      8,
      '`title` must be text',
      undefined,
    ]);
  });

  it('should report an `agreement` that is not a mapping at its value', () => {
    const text = reportText().replace('agreement:\n  section: "2.1"\n  text: Werk en zorg.', 'agreement: 2.1');
    expect(only(text)).toEqual(['agreement-required', 3, 12, '`agreement` must hold `section` and `text`', undefined]);
  });

  it('should report a missing `agreement.text` at `agreement`, with the key to add', () => {
    const text = reportText().replace('  text: Werk en zorg.\n', '');
    expect(only(text)).toEqual([
      'agreement-text-required',
      3,
      1,
      '`agreement.text` is missing',
      'add `text:` with a value',
    ]);
  });

  it('should tell a missing, an unquoted and a malformed section apart', () => {
    expect(only(reportText().replace('  section: "2.1"\n', ''))).toEqual([
      'section-required',
      3,
      1,
      '`agreement.section` is missing',
      'add `section:` with a value',
    ]);
    expect(only(reportText().replace('"2.1"', '2.1'))[0]).toBe('section-not-a-string');
    expect(only(reportText().replace('"2.1"', '"2,1"'))).toEqual([
      'section-format',
      4,
      12,
      '`agreement.section` must be numbers separated by dots, such as "1.3" or "2.10"',
      undefined,
    ]);
  });

  it('should report `themes` that is not a list', () => {
    expect(only(reportText().replace('themes: [werk]', 'themes: werk'))).toEqual([
      'themes-required',
      6,
      9,
      '`themes` must be a list of themes, such as [werk, onderwijs]',
      undefined,
    ]);
  });

  it('should report a date that is no text or not written YYYY-MM-DD as date-format, wherever it is', () => {
    expect(only(reportText(['updated: 5']))).toEqual([
      'date-format',
      7,
      10,
      '`updated` must be a date written as YYYY-MM-DD',
      undefined,
    ]);
    expect(only(reportText(['updated: 1-3-2024']))).toEqual([
      'date-format',
      7,
      10,
      '`updated` must be a date written as YYYY-MM-DD, not "1-3-2024"',
      undefined,
    ]);
    const history = reportText(['history:', '  - date: [2024]', '    status: niet-beoordeeld']);
    expect(only(history).slice(0, 4)).toEqual([
      'date-format',
      8,
      11,
      '`history[0].date` must be a date written as YYYY-MM-DD',
    ]);
    const reference = reportText(['references:', `  - {id: 0, date: 5, title: T, url: "${url}"}`], ['[0]']);
    expect(only(reference).slice(0, 4)).toEqual([
      'date-format',
      8,
      19,
      '`references[0].date` must be a date written as YYYY-MM-DD',
    ]);
  });

  it('should report an unknown status in a history entry as status-unknown', () => {
    const history = reportText(['history:', '  - date: 2024-03-01', '    status: klaar']);
    expect(only(history).slice(0, 3)).toEqual(['status-unknown', 9, 13]);
  });

  it('should report a reference id and url of the wrong kind by their own rules', () => {
    const id = reportText(['references:', `  - {id: nul, date: 2021-01-08, title: T, url: "${url}"}`]);
    expect(only(id)).toEqual([
      'reference-id-invalid',
      8,
      10,
      '`references[0].id` must be a whole number such as 0 or 12',
      undefined,
    ]);
    const link = reportText(['references:', '  - {id: 0, date: 2021-01-08, title: T, url: [a]}'], ['[0]']);
    expect(only(link)).toEqual([
      'reference-url-invalid',
      8,
      46,
      '`references[0].url` must be a web address in quotes',
      undefined,
    ]);
  });

  it('should report any other value of the wrong kind as wrong-type', () => {
    const note = reportText(['history:', '  - date: 2024-03-01', '    status: niet-beoordeeld', '    note: [a]']);
    expect(only(note)).toEqual(['wrong-type', 10, 11, '`history[0].note` must be text', undefined]);
    expect(only(reportText(['references: {id: 0}']))).toEqual([
      'wrong-type',
      7,
      13,
      '`references` must be a list of references',
      undefined,
    ]);
  });

  it('should report every field missing from an empty front matter at line 1', () => {
    const { diagnostics, report } = check('---\n---\nTekst.\n');
    expect(diagnostics.map((d) => [d.rule, d.line, d.column, d.message])).toEqual([
      ['title-required', 1, 1, '`title` is missing'],
      ['agreement-required', 1, 1, '`agreement` is missing'],
      ['themes-required', 1, 1, '`themes` is missing'],
    ]);
    expect(report).toBeUndefined();
  });
});

describe('labels of fields', () => {
  it('should write a path as the editor would name the field', () => {
    expect(label(['references', 3, 'url'])).toBe('references[3].url');
    expect(label(['agreement', 'text'])).toBe('agreement.text');
    expect(label(['themes', 0])).toBe('themes[0]');
    expect(label(['title'])).toBe('title');
  });
});
