import { describe, expect, it } from 'vitest';
import { checkSectionsUnique } from '../../src/validate/sections.ts';
import { checkFixtures } from '../helpers/fixtures.ts';

describe('sections across reports', () => {
  it('should report two reports on one section in both files, each naming the other', () => {
    const a = 'sets/section-duplicate/activering.md';
    const b = 'sets/section-duplicate/activering-bis.md';
    const { diagnostics } = checkFixtures(a, b);
    expect(diagnostics.map((d) => [d.rule, d.file, d.line, d.column])).toEqual([
      ['section-duplicate', `tests/fixtures/${b}`, 4, 12],
      ['section-duplicate', `tests/fixtures/${a}`, 4, 12],
    ]);
    expect(diagnostics[0]!.message).toContain(`tests/fixtures/${a}:4`);
    expect(diagnostics[1]!.message).toContain(`tests/fixtures/${b}:4`);
  });

  it('should treat "2.10" and "2.010" as one section but "2.1" as another', () => {
    const place = (file: string) => ({ file, line: 1, column: 1 });
    expect(
      checkSectionsUnique([
        { section: '2.10', place: place('a.md') },
        { section: '2.010', place: place('b.md') },
        { section: '2.1', place: place('c.md') },
      ]).map((d) => d.file),
    ).toEqual(['a.md', 'b.md']);
  });
});
