import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/load/front-matter.ts';
import { checkFileSize, checkReferenceCount, checkTitleLength } from '../../src/validate/limits.ts';
import { check, reportText, where } from './report-text.ts';

/** The report's front matter; the body starts on line 8. */
const head = () => reportText([], []);

const withTitle = (title: string) => reportText().replace('title: Werk', `title: ${title}`);

describe('file size', () => {
  it('should accept a file of exactly 1 MiB and refuse one byte more, at line 1', () => {
    expect(checkFileSize('r.md', 'a'.repeat(1024 * 1024))).toBeUndefined();
    const finding = checkFileSize('r.md', 'a'.repeat(1024 * 1024 + 1));
    expect(finding).toMatchObject({ file: 'r.md', rule: 'file-too-large', severity: 'error', line: 1, column: 1 });
    expect(finding!.message).toBe(
      'the file is 1 MiB (1,048,577 bytes); a report may be at most 1 MiB (1,048,576 bytes)',
    );
  });

  it('should count the bytes of UTF-8, not the characters', () => {
    // "€" takes 3 bytes: 349,525 of them are 1,048,575 bytes, one more is past 1 MiB.
    expect(checkFileSize('r.md', '€'.repeat(349_525))).toBeUndefined();
    expect(checkFileSize('r.md', '€'.repeat(349_526))?.message).toBe(
      'the file is 1 MiB (1,048,578 bytes); a report may be at most 1 MiB (1,048,576 bytes)',
    );
    // Four times as many characters as a quarter of the limit: far too large.
    expect(checkFileSize('r.md', '€'.repeat(400_000))?.message).toContain('(1,200,000 bytes)');
  });

  it('should not look any further at a report that is too large', () => {
    const text = head() + `Tekst [7] ${'€'.repeat(349_526)}\u0000`;
    const { diagnostics, report } = check(text);
    expect(where(diagnostics)).toEqual([['file-too-large', 'error', 1, 1]]);
    expect(report).toBeUndefined();
  });
});

describe('invisible characters', () => {
  it('should report a NUL at its line and column, as coming from a PDF', () => {
    const { diagnostics } = check(head() + 'Tek\u0000st.\n');
    expect(where(diagnostics)).toEqual([['invisible-character', 'error', 8, 4]]);
    expect(diagnostics[0]!.message).toBe('a NUL character (U+0000) here is invisible and does not belong in a report');
    expect(diagnostics[0]!.hint).toBe(
      'it usually comes from pasting out of a PDF: delete it, or retype the text around it',
    );
  });

  it('should report only the first of several, with how many more there are', () => {
    const { diagnostics } = check(head() + 'Een\u000c twee\u001f drie\u007f.\n');
    expect(where(diagnostics)).toEqual([['invisible-character', 'error', 8, 4]]);
    expect(diagnostics[0]!.message).toBe(
      'a control character (U+000C) here is invisible and does not belong in a report; the file holds 2 more like it',
    );
    expect(check(head() + 'a\u001fb\u0008c\n').diagnostics[0]!.message).toBe(
      'a control character (U+001F) here is invisible and does not belong in a report; the file holds 1 more like it',
    );
  });

  it('should report the control characters of Latin-1, U+007F to U+009F, but not the signs around them', () => {
    const found = (c: string) => check(head() + `a${c}b\n`).diagnostics.map((d) => d.message.slice(0, 30));
    expect(found('\u007f')).toEqual(['a control character (U+007F) h']);
    expect(found('\u009f')).toEqual(['a control character (U+009F) h']);
    expect(found('\u000b')).toEqual(['a control character (U+000B) h']);
    // "~", a space, a non-breaking space and a tab are ordinary text.
    expect(found('~ \u00a0\t')).toEqual([]);
  });

  it('should report a byte-order mark after the start as one from joining files', () => {
    const { diagnostics } = check(head() + 'Tekst.\n\ufeffMeer tekst.\n');
    expect(where(diagnostics)).toEqual([['invisible-character', 'error', 9, 1]]);
    expect(diagnostics[0]!.message).toBe(
      'a byte-order mark (U+FEFF) here is invisible and does not belong in a report',
    );
    expect(diagnostics[0]!.hint).toBe(
      'it usually comes from pasting one file into another: delete it (move the cursor across it to find it)',
    );
  });

  it('should count the column as the editor shows it, without a byte-order mark at the start', () => {
    expect(where(check('\ufeffTe\u0000kst.\n').diagnostics)).toEqual([
      ['invisible-character', 'error', 1, 3],
      ['front-matter-missing', 'error', 1, 1],
    ]);
    expect(where(check(`\ufeff${head()}Te\u0000kst.\n`).diagnostics)).toEqual([['invisible-character', 'error', 8, 3]]);
  });

  it('should accept a byte-order mark at the start, Windows line endings and tabs', () => {
    const text = `\ufeff${head()}Tekst\tmet een tab.\n`.replace(/\n/g, '\r\n');
    const { diagnostics, report } = check(text);
    expect(diagnostics).toEqual([]);
    expect(report).toBeDefined();
  });

  it('should report an invisible character also in a file without front matter, before that finding', () => {
    const { diagnostics } = check('Tekst\u0000\n');
    expect(where(diagnostics)).toEqual([
      ['invisible-character', 'error', 1, 6],
      ['front-matter-missing', 'error', 1, 1],
    ]);
  });
});

describe('Markdown size', () => {
  /** Paragraphs of 1,000 characters and a last line, `bytes` in all. */
  function bodyOf(bytes: number): string {
    const paragraph = `${'x'.repeat(1000)}\n\n`;
    const count = Math.floor((bytes - 2) / paragraph.length);
    const rest = bytes - count * paragraph.length;
    return paragraph.repeat(count) + 'y'.repeat(rest);
  }

  it('should accept a body of exactly 64 KiB and refuse one byte more, at its first line, and not render it', () => {
    expect(bodyOf(65_536)).toHaveLength(65_536);
    const fits = check(head() + bodyOf(65_536));
    expect(fits.diagnostics).toEqual([]);
    expect(fits.report?.body).toHaveLength(65_536);

    const { diagnostics, report } = check(head() + bodyOf(65_537));
    expect(where(diagnostics)).toEqual([['markdown-too-large', 'error', 8, 1]]);
    expect(diagnostics[0]!.message).toBe(
      'the body is 64 KiB (65,537 bytes); at most 64 KiB (65,536 bytes) are allowed',
    );
    expect(diagnostics[0]!.hint).toBe(
      'a report covers one section; shorten the text, or check that nothing was pasted by mistake',
    );
    expect(report).toBeUndefined();
  });

  it('should count the body in UTF-8 bytes', () => {
    // 21,846 "€" are 65,538 bytes but only 21,846 characters, in paragraphs of 1,000.
    const body = Array.from({ length: 22 }, (_, i) => '€'.repeat(i < 21 ? 1000 : 846)).join('\n\n');
    const { diagnostics } = check(head() + body);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'the body is 64 KiB (65,580 bytes); at most 64 KiB (65,536 bytes) are allowed',
    ]);
  });

  it('should accept a body of 2,000 lines and refuse one of 2,001, a line break at the end ending the last line', () => {
    expect(check(head() + 'x\n'.repeat(2000)).diagnostics).toEqual([]);
    expect(check(head() + `${'\n'.repeat(1999)}x`).diagnostics).toEqual([]);
    const { diagnostics, report } = check(head() + 'x\n'.repeat(2001));
    expect(where(diagnostics)).toEqual([['markdown-too-large', 'error', 8, 1]]);
    expect(diagnostics[0]!.message).toBe('the body is 2,001 lines long; at most 2,000 are allowed');
    expect(report).toBeUndefined();
    expect(check(head() + `${'\n'.repeat(2000)}x`).diagnostics.map((d) => d.message)).toEqual([
      'the body is 2,001 lines long; at most 2,000 are allowed',
    ]);
  });

  it('should accept a paragraph of 16,000 characters and refuse one of 16,001, at the paragraph', () => {
    expect(check(head() + `Inleiding.\n\n${'x'.repeat(16_000)}\n`).diagnostics).toEqual([]);
    const { diagnostics, report } = check(head() + `Inleiding.\n\n${'x'.repeat(16_001)}\n`);
    expect(where(diagnostics)).toEqual([['markdown-too-large', 'error', 10, 1]]);
    expect(diagnostics[0]!.message).toBe(
      'the body has a paragraph (lines without a blank line between them) of more than 16,000 characters here; split it with blank lines',
    );
    expect(report).toBeUndefined();
  });

  it('should count the line breaks inside a paragraph, and let a line of spaces end it', () => {
    // 8,000 + a line break + 7,999: 16,000 characters.
    expect(check(head() + `${'x'.repeat(8000)}\n${'x'.repeat(7999)}\n`).diagnostics).toEqual([]);
    expect(where(check(head() + `${'x'.repeat(8000)}\n${'x'.repeat(8000)}\n`).diagnostics)).toEqual([
      ['markdown-too-large', 'error', 8, 1],
    ]);
    expect(check(head() + `${'x'.repeat(9000)}\n   \n${'x'.repeat(9000)}\n`).diagnostics).toEqual([]);
  });
});

describe('Markdown nesting', () => {
  it('should accept lists nested 20 deep', () => {
    expect(check(head() + `${'- '.repeat(20)}x\n`).diagnostics).toEqual([]);
  });

  it('should report lists nested 21 deep at the 21st, and not render the report', () => {
    const { diagnostics, report } = check(head() + `Tekst.\n\n${'- '.repeat(21)}x\n`);
    expect(where(diagnostics)).toEqual([['nesting-too-deep', 'error', 10, 41]]);
    expect(diagnostics[0]!.message).toBe(
      'the body nests lists, quotes, emphasis, links or HTML elements too deeply here; at most 20 levels are allowed',
    );
    expect(diagnostics[0]!.hint).toBe(
      'a report needs a few levels at most: flatten the lists or quotes, or close the HTML elements that are left open',
    );
    expect(report).toBeUndefined();
  });

  it('should refuse a line that opens more than 100 levels without parsing it, saying how many', () => {
    const { diagnostics, report } = check(head() + `Tekst.\n${'> '.repeat(101)}x\n`);
    expect(where(diagnostics)).toEqual([['nesting-too-deep', 'error', 9, 1]]);
    expect(diagnostics[0]!.message).toBe(
      'the body nests lists or quotes too deeply on this line: its markers and indentation open about 101 levels; at most 20 levels are allowed',
    );
    expect(report).toBeUndefined();
    // 100 levels pass the scan and are then measured exactly on the parsed text, at the 21st quote.
    expect(where(check(head() + `${'> '.repeat(100)}x\n`).diagnostics)).toEqual([['nesting-too-deep', 'error', 8, 41]]);
  });

  it('should report nesting in `agreement.text` and in a history note at their values, by name', () => {
    const deep = `"${'- '.repeat(21)}x"`;
    const inText = reportText().replace('text: Werk en zorg.', `text: ${deep}`);
    const text = check(inText);
    expect(where(text.diagnostics)).toEqual([['nesting-too-deep', 'error', 5, 9]]);
    expect(text.diagnostics[0]!.message).toMatch(/^`agreement\.text` nests lists, quotes/);
    expect(text.report).toBeUndefined();

    const inNote = reportText([
      'history:',
      '  - date: 2024-03-01',
      '    status: niet-beoordeeld',
      '  - date: 2023-03-01',
      '    status: niet-beoordeeld',
      `    note: ${deep}`,
    ]);
    const note = check(inNote);
    expect(where(note.diagnostics)).toEqual([['nesting-too-deep', 'error', 12, 11]]);
    expect(note.diagnostics[0]!.message).toMatch(/^`history\[1\]\.note` nests lists, quotes/);
    expect(note.report).toBeUndefined();
  });

  it('should report a too large `agreement.text` at its value', () => {
    const inText = reportText().replace('text: Werk en zorg.', `text: "${'x'.repeat(16_001)}"`);
    const { diagnostics } = check(inText);
    expect(where(diagnostics)).toEqual([['markdown-too-large', 'error', 5, 9]]);
    expect(diagnostics[0]!.message).toMatch(/^`agreement\.text` has a paragraph/);
    expect(check(inText).report).toBeUndefined();
  });
});

describe('reference count', () => {
  /** The report's own locator, for calling the check on a list made in the test. */
  const locate = () => splitFrontMatter('r.md', reportText(['references: []'])).split!.locate;

  it('should accept 1,000 references and refuse 1,001, at `references`', () => {
    expect(checkReferenceCount({ references: new Array(1000).fill({}) }, locate())).toBeUndefined();
    const finding = checkReferenceCount({ references: new Array(1001).fill({}) }, locate());
    expect(finding).toMatchObject({ rule: 'too-many-references', severity: 'error', file: 'r.md', line: 7, column: 1 });
    expect(finding!.message).toBe('the report lists 1,001 references; at most 1,000 are allowed');
    expect(finding!.hint).toBe(
      'a report covers one section of the agreement; split it, or check that the list was not pasted twice',
    );
  });

  it('should report 1,001 references once, without checking them one by one, and not render the report', () => {
    // None of them is a reference, and the body cites none: neither is reported.
    const numbers = Array.from({ length: 1001 }, (_, i) => i).join(', ');
    const { diagnostics, report } = check(reportText([`references: [${numbers}]`], ['Tekst [5000].']));
    expect(where(diagnostics)).toEqual([['too-many-references', 'error', 7, 1]]);
    expect(report).toBeUndefined();
  });

  it('should report 1,001 references that are each fine without checking them against the body', () => {
    const lines = Array.from({ length: 1001 }, (_, id) => `{id: ${id}, date: 2021-01-08}`).join(', ');
    const { diagnostics } = check(reportText([`references: [${lines}]`], ['Tekst [5000].']));
    expect(where(diagnostics)).toEqual([['too-many-references', 'error', 7, 1]]);
  });

  it('should leave `references` that is not a list, or front matter that is not a mapping, to the schema', () => {
    expect(checkReferenceCount(null, locate())).toBeUndefined();
    expect(checkReferenceCount({ references: 'x'.repeat(1001) }, locate())).toBeUndefined();
    const { diagnostics } = check(reportText(['references: 1001']));
    expect(where(diagnostics)).toEqual([['wrong-type', 'error', 7, 13]]);
    expect(diagnostics[0]!.message).toBe('`references` must be a list of references');
  });
});

describe('title length', () => {
  it('should accept a title of 200 characters, spaces around it not counted', () => {
    expect(check(withTitle(`"  ${'a'.repeat(200)}  "`)).diagnostics).toEqual([]);
  });

  it('should count characters, not UTF-16 units', () => {
    expect(check(withTitle('😀'.repeat(200))).diagnostics).toEqual([]);
    expect(check(withTitle('😀'.repeat(201))).diagnostics.map((d) => d.message)).toEqual([
      '`title` is 201 characters long; at most 200 are allowed',
    ]);
  });

  it('should report a title of 201 characters at its value, and not render the report', () => {
    const { diagnostics, report } = check(withTitle('a'.repeat(1201)));
    expect(where(diagnostics)).toEqual([['title-too-long', 'error', 2, 8]]);
    expect(diagnostics[0]!.message).toBe('`title` is 1,201 characters long; at most 200 are allowed');
    expect(diagnostics[0]!.hint).toBe(
      'the title is the name of the section; the text of the agreement goes in `agreement.text`',
    );
    expect(report).toBeUndefined();
  });

  it('should leave a title that is not text to the schema', () => {
    const locate = splitFrontMatter('r.md', reportText()).split!.locate;
    expect(checkTitleLength(null, locate)).toBeUndefined();
    const { diagnostics } = check(withTitle('[a, b]'));
    expect(where(diagnostics)).toEqual([['title-required', 'error', 2, 8]]);
  });
});
