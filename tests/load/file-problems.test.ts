import { describe, expect, it } from 'vitest';
import { decodeReportFile, describeBytes, fileProblem, tooLarge } from '../../src/load/file-problems.ts';

const MiB = 1024 * 1024;

describe('what the file system says about a content file', () => {
  it.each([
    [
      { kind: 'folder' } as const,
      'file-unreadable',
      'this is a folder, not a file',
      'rename the folder so that its name does not end in .md',
    ],
    [
      { kind: 'not-a-file', type: 'named pipe' } as const,
      'file-unreadable',
      'this is a named pipe, not an ordinary file; it was not read',
      'content files are ordinary files; remove this one',
    ],
    [
      { kind: 'broken-link', target: '../weg.md' } as const,
      'file-unreadable',
      'this is a symbolic link to ../weg.md, which does not exist',
      'remove the link, or put the file itself here',
    ],
    [
      { kind: 'outside', target: '/etc/passwd', folder: 'content' } as const,
      'file-outside-content',
      'this is a symbolic link to /etc/passwd, outside content; it was not read',
      'put what it links to in content itself, or remove the link',
    ],
    [
      { kind: 'read-error', code: 'EACCES', message: 'permission denied' } as const,
      'file-unreadable',
      'the file cannot be read (EACCES: permission denied)',
      'make the file readable (chmod a+r)',
    ],
    [
      { kind: 'too-large', bytes: 2 * MiB } as const,
      'file-too-large',
      'the file is 2 MiB (2,097,152 bytes); a report may be at most 1 MiB (1,048,576 bytes)',
      'a report covers one section; split it, or check that nothing was pasted by mistake',
    ],
  ])('should report %o as %s at line 1 with what to do', (fact, rule, message, hint) => {
    expect(fileProblem('content/reports/1.3.md', fact)).toEqual({
      file: 'content/reports/1.3.md',
      line: 1,
      column: 1,
      severity: 'error',
      rule,
      message,
      hint,
    });
  });

  it('should give no hint for a read error other than a permission one', () => {
    const finding = fileProblem('r.md', { kind: 'read-error', code: 'EIO', message: 'i/o error' });
    expect(finding.message).toBe('the file cannot be read (EIO: i/o error)');
    expect(finding.hint).toBeUndefined();
    expect(finding).not.toHaveProperty('hint');
  });
});

describe('decoding a report file', () => {
  it('should give the text of UTF-8 bytes', () => {
    const bytes = new TextEncoder().encode('---\ntitle: Één €\n---\n');
    expect(decodeReportFile('r.md', bytes)).toEqual({ text: '---\ntitle: Één €\n---\n', diagnostics: [] });
  });

  it('should accept a file of exactly the limit and refuse one byte more, without decoding it', () => {
    const limit = new Uint8Array(MiB).fill(0x61);
    expect(decodeReportFile('r.md', limit).text).toHaveLength(MiB);
    const over = new Uint8Array(MiB + 1).fill(0xff);
    expect(decodeReportFile('r.md', over)).toEqual({
      diagnostics: [
        {
          file: 'r.md',
          line: 1,
          column: 1,
          severity: 'error',
          rule: 'file-too-large',
          message: 'the file is 1 MiB (1,048,577 bytes); a report may be at most 1 MiB (1,048,576 bytes)',
          hint: 'a report covers one section; split it, or check that nothing was pasted by mistake',
        },
      ],
    });
  });

  it('should point at the first byte that is not UTF-8, by line, column and byte number', () => {
    // "café" saved as Latin-1: é is the single byte 0xE9.
    const bytes = Uint8Array.from([...new TextEncoder().encode('---\ntitle: caf'), 0xe9, 0x0a]);
    const { text, diagnostics } = decodeReportFile('reports/1.3.md', bytes);
    expect(text).toBeUndefined();
    expect(diagnostics).toEqual([
      {
        file: 'reports/1.3.md',
        line: 2,
        column: 11,
        severity: 'error',
        rule: 'file-not-utf8',
        message: 'the file is not UTF-8 text: byte 0xE9 here (byte 15 of the file) is not valid UTF-8',
        hint: 'save the file as UTF-8 in your editor, then check the characters around this place (often é, ë or quotes pasted from another program)',
      },
    ]);
  });

  it('should count columns in characters before the bad byte, and write the byte in capitals', () => {
    // "é" in UTF-8 is two bytes but one column; 0xFF is never UTF-8.
    const bytes = Uint8Array.from([...new TextEncoder().encode('é'), 0xff]);
    const [finding] = decodeReportFile('r.md', bytes).diagnostics;
    expect([finding!.line, finding!.column]).toEqual([1, 2]);
    expect(finding!.message).toBe('the file is not UTF-8 text: byte 0xFF here (byte 3 of the file) is not valid UTF-8');
  });
});

describe('file sizes in findings', () => {
  it.each([
    [0, '0 bytes'],
    [1023, '1,023 bytes'],
    [1024, '1 KiB (1,024 bytes)'],
    [1536, '1.5 KiB (1,536 bytes)'],
    [MiB - 1, '1024 KiB (1,048,575 bytes)'],
    [MiB, '1 MiB (1,048,576 bytes)'],
    [1.5 * MiB, '1.5 MiB (1,572,864 bytes)'],
  ])('should describe %i bytes as %s', (bytes, text) => {
    expect(describeBytes(bytes)).toBe(text);
  });

  it('should say how large the file is and what the limit is', () => {
    expect(tooLarge('r.md', 3 * MiB + 512 * 1024)).toMatchObject({
      file: 'r.md',
      line: 1,
      column: 1,
      rule: 'file-too-large',
      message: 'the file is 3.5 MiB (3,670,016 bytes); a report may be at most 1 MiB (1,048,576 bytes)',
    });
  });
});
