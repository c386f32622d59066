import { describe, expect, it } from 'vitest';
import { check, reportText, where } from './report-text.ts';

/** A report whose themes are listed one a line from line 7. */
const withThemes = (...themes: string[]) =>
  reportText().replace('themes: [werk]', ['themes:', ...themes.map((t) => `  - ${t}`)].join('\n'));

describe('themes', () => {
  it('should warn at each theme that repeats an earlier one in another spelling, naming the first', () => {
    const { diagnostics, report } = check(withThemes('Werk', 'zorg', '" werk "', 'Wérk', 'Zorg'));
    expect(where(diagnostics)).toEqual([
      ['theme-duplicate', 'warning', 9, 5],
      ['theme-duplicate', 'warning', 10, 5],
      ['theme-duplicate', 'warning', 11, 5],
    ]);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'theme "werk" is the same theme as "Werk"',
      'theme "Wérk" is the same theme as "Werk"',
      'theme "Zorg" is the same theme as "zorg"',
    ]);
    expect(diagnostics[0]!.hint).toBe('themes ignore case, accents and spaces; list each once');
    expect(report?.data.themes).toEqual(['Werk', 'zorg', 'werk', 'Wérk', 'Zorg']);
  });

  it('should accept different themes', () => {
    expect(check(withThemes('werk', 'werkgelegenheid', 'zorg')).diagnostics).toEqual([]);
  });

  it('should not look for repeats in a list with an empty theme', () => {
    const { diagnostics } = check(withThemes('werk', 'werk', '""'));
    expect(where(diagnostics)).toEqual([['themes-required', 'error', 9, 5]]);
    expect(diagnostics[0]!.message).toBe('`themes[2]` must not be empty');
  });
});
