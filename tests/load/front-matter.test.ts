import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/load/front-matter.ts';

function findings(raw: string) {
  return splitFrontMatter('r.md', raw).diagnostics.map((d) => [d.rule, d.line, d.column, d.message, d.hint]);
}

describe('splitting a report into front matter and body', () => {
  it('should report an empty file, or one of only white space, as empty', () => {
    const empty = [
      'file-empty',
      1,
      1,
      'the file is empty',
      'a report starts with front matter between two `---` lines',
    ];
    expect(findings('')).toEqual([empty]);
    expect(findings(' \n\n\t')).toEqual([empty]);
    expect(findings('\ufeff')).toEqual([empty]);
  });

  it('should report a file that does not start with a `---` line', () => {
    const missing = [
      'front-matter-missing',
      1,
      1,
      'the file does not start with front matter',
      'make the first line `---`, then the report data such as `title: …`, then another `---` line',
    ];
    expect(findings('title: x\n---\n')).toEqual([missing]);
    expect(findings('----\ntitle: x\n---\n')).toEqual([missing]);
    expect(findings(' ---\ntitle: x\n---\n')).toEqual([missing]);
    expect(findings('---')).toEqual([missing]);
  });

  it('should report front matter that is never closed', () => {
    const unclosed = [
      'front-matter-unclosed',
      1,
      1,
      'the front matter that starts on line 1 is never closed',
      'add a line with only `---` after the last front-matter line',
    ];
    expect(findings('---\ntitle: x\n')).toEqual([unclosed]);
    // Only a line of `---` (and spaces) closes it.
    expect(findings('---\ntitle: x\n----\nTekst.\n')).toEqual([unclosed]);
    expect(findings('---\ntitle: x\n--- einde\n')).toEqual([unclosed]);
    expect(findings('---\ntitle: a---\n')).toEqual([unclosed]);
  });

  it('should give the data, the body and where the body starts', () => {
    const raw = '---\ntitle: Activering\nstatus: uitgevoerd\n---\n\nDe regering besliste.\n';
    const { split, diagnostics } = splitFrontMatter('r.md', raw);
    expect(diagnostics).toEqual([]);
    expect(split!.data).toEqual({ title: 'Activering', status: 'uitgevoerd' });
    expect(split!.body).toBe('\nDe regering besliste.\n');
    expect(split!.bodyOffset).toBe(raw.indexOf('\nDe regering'));
    expect(raw.slice(split!.bodyOffset)).toBe(split!.body);
    expect(split!.lines.position(split!.bodyOffset)).toEqual({ line: 5, column: 1 });
  });

  it('should read a body that holds `---` lines of its own, and front matter with no body', () => {
    const withRule = splitFrontMatter('r.md', '---\ntitle: x\n---\nA\n---\nB\n').split!;
    expect(withRule.data).toEqual({ title: 'x' });
    expect(withRule.body).toBe('A\n---\nB\n');
    const noBody = splitFrontMatter('r.md', '---\ntitle: x\n---').split!;
    expect(noBody.body).toBe('');
    expect(noBody.bodyOffset).toBe(16);
    expect(splitFrontMatter('r.md', '---\n---\nTekst.\n').split!.data).toEqual({});
  });

  it('should accept spaces and tabs after the opening `---`', () => {
    const { split, diagnostics } = splitFrontMatter('r.md', '--- \t\ntitle: x\n---\nTekst.\n');
    expect(diagnostics).toEqual([]);
    expect(split!.data).toEqual({ title: 'x' });
    expect(split!.body).toBe('Tekst.\n');
  });

  it('should point at values by their line and column in the file', () => {
    const { split } = splitFrontMatter('reports/1.3.md', '---\ntitle: Activering\nagreement:\n  section: "1.3"\n---\n');
    expect(split!.locate.value(['title'])).toEqual({ file: 'reports/1.3.md', line: 2, column: 8 });
    expect(split!.locate.key(['agreement', 'section'])).toEqual({ file: 'reports/1.3.md', line: 4, column: 3 });
    expect(split!.locate.value(['agreement', 'section'])).toEqual({ file: 'reports/1.3.md', line: 4, column: 12 });
    // A key that is not there at all: the opening `---`.
    expect(split!.locate.value(['status'])).toEqual({ file: 'reports/1.3.md', line: 1, column: 1 });
  });

  it('should report YAML errors at their line in the file', () => {
    expect(findings('---\ntitle: x\nb: "y\n---\nTekst.\n').map((f) => f.slice(0, 4))).toEqual([
      ['yaml-syntax', 3, 6, 'the front matter is not valid YAML: a quote or bracket is not closed'],
    ]);
    expect(findings('---\ntitle: Werk: activering\n---\n').map((f) => f.slice(0, 3))).toEqual([['yaml-syntax', 2, 8]]);
  });

  it('should read CRLF line endings with the same lines and columns', () => {
    const { split, diagnostics } = splitFrontMatter('r.md', '---\r\ntitle: x\r\nstatus: y\r\n---\r\n\r\nTekst.\r\n');
    expect(diagnostics).toEqual([]);
    expect(split!.data).toEqual({ title: 'x', status: 'y' });
    expect(split!.body).toBe('\r\nTekst.\r\n');
    expect(split!.locate.value(['status'])).toEqual({ file: 'r.md', line: 3, column: 9 });
    expect(split!.lines.position(split!.bodyOffset)).toEqual({ line: 5, column: 1 });
    expect(findings('---\r\ntitle: x\r\nb: "y\r\n---\r\n').map((f) => f.slice(0, 3))).toEqual([['yaml-syntax', 3, 6]]);
  });

  it('should skip a byte-order mark, counting columns as the editor shows them', () => {
    const { split, diagnostics } = splitFrontMatter('r.md', '\ufeff---\ntitle: x\n---\nTekst.\n');
    expect(diagnostics).toEqual([]);
    expect(split!.data).toEqual({ title: 'x' });
    expect(split!.body).toBe('Tekst.\n');
    // The offset is in the text after the mark.
    expect(split!.bodyOffset).toBe(17);
    expect(split!.locate.value(['title'])).toEqual({ file: 'r.md', line: 2, column: 8 });
  });

  it('should give the same places whether the front matter is read fast or precisely', () => {
    const yaml = 'title: x\nagreement:\n  section: "1.3"\nreferences:\n  - id: 0\n';
    const fast = splitFrontMatter('r.md', `---\n${yaml}---\n`).split!;
    // A comment with a tag-like word sends the file the precise way; it moves nothing above it.
    const precise = splitFrontMatter('r.md', `---\n${yaml}# !precies\n---\n`).split!;
    expect(fast.data).toEqual(precise.data);
    for (const path of [['title'], ['agreement', 'section'], ['references', 0, 'id'], ['references', 3], ['x']]) {
      expect(fast.locate.value(path)).toEqual(precise.locate.value(path));
      expect(fast.locate.key(path)).toEqual(precise.locate.key(path));
      expect(fast.locate.source(path)).toEqual(precise.locate.source(path));
    }
    expect(fast.locate.value(['references', 0, 'id'])).toEqual({ file: 'r.md', line: 6, column: 9 });
  });
});
