import { describe, expect, it } from 'vitest';
import { checkAbout } from '../../src/validate/about.ts';

const at = (findings: readonly { rule: string; file: string; line: number; column: number }[]) =>
  findings.map((d) => [d.rule, d.file, d.line, d.column]);

describe('the about page', () => {
  it('should give its title and its Markdown', () => {
    const result = checkAbout('over.md', '---\ntitle: "  Over deze site "\n---\n## Wie\n\nWij.\n');
    expect(result).toEqual({ about: { title: 'Over deze site', markdown: '## Wie\n\nWij.\n' }, diagnostics: [] });
  });

  it('should report a missing title and an unknown key, and give no page', () => {
    const result = checkAbout('over.md', '---\ntitel: Over\n---\nTekst.\n');
    expect(result.about).toBeUndefined();
    expect(at(result.diagnostics)).toEqual([['unknown-key', 'over.md', 2, 1]]);
    expect(result.diagnostics[0]!.hint).toBe('did you mean `title`?');
    expect(at(checkAbout('over.md', '---\nkleur: rood\n---\nTekst.\n').diagnostics)).toEqual([
      ['title-required', 'over.md', 1, 1],
      ['unknown-key', 'over.md', 2, 1],
    ]);
  });

  it('should report text nested too deeply where it is, and give no page', () => {
    const result = checkAbout('over.md', `---\ntitle: Over\n---\nTekst.\n\n${'> '.repeat(21)}x\n`);
    expect(result.about).toBeUndefined();
    expect(at(result.diagnostics)).toEqual([['nesting-too-deep', 'over.md', 6, 41]]);
    expect(result.diagnostics[0]!.message).toMatch(/^the text nests lists, quotes/);
  });

  it('should report an invisible character, also without front matter, and give no page', () => {
    const withFrontMatter = checkAbout('over.md', '---\ntitle: Over\n---\nTe\u0000kst.\n');
    expect(withFrontMatter.about).toBeUndefined();
    expect(at(withFrontMatter.diagnostics)).toEqual([['invisible-character', 'over.md', 4, 3]]);
    expect(at(checkAbout('over.md', 'Te\u0000kst.\n').diagnostics)).toEqual([
      ['invisible-character', 'over.md', 1, 3],
      ['front-matter-missing', 'over.md', 1, 1],
    ]);
    expect(at(checkAbout('over.md', 'Tekst.\n').diagnostics)).toEqual([['front-matter-missing', 'over.md', 1, 1]]);
  });

  it('should refuse a file over 1 MiB without reading it further', () => {
    const result = checkAbout('over.md', `---\ntitel: Over\n---\n${'x'.repeat(1024 * 1024)}\u0000`);
    expect(at(result.diagnostics)).toEqual([['file-too-large', 'over.md', 1, 1]]);
    expect(result.about).toBeUndefined();
  });
});
