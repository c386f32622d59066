import { describe, expect, it } from 'vitest';
import { suggestThemes } from '../../src/import/suggest-themes.ts';

const themes = {
  werk: { keywords: ['arbeidsmarkt', 'VDAB'] },
  onderwijs: { keywords: ['duaal leren', 'loopbaan'] },
  zorg: { keywords: ['Zorgverzekering'] },
};

describe('suggestThemes', () => {
  it('should suggest every theme with a keyword in the text, in the order of the config', () => {
    expect(suggestThemes('De VDAB en duaal-leren op de arbeidsmarkt', themes)).toEqual([
      { theme: 'werk', keywords: ['arbeidsmarkt', 'VDAB'] },
      { theme: 'onderwijs', keywords: ['duaal leren'] },
    ]);
  });

  it('should ignore case and accents but match whole words only', () => {
    expect(suggestThemes('De zórgverzekering', themes)).toEqual([{ theme: 'zorg', keywords: ['Zorgverzekering'] }]);
    expect(suggestThemes('Een loopbaanperspectief en een vdab-kantoor', themes)).toEqual([
      { theme: 'werk', keywords: ['VDAB'] },
    ]);
  });

  it('should suggest nothing when no keyword matches or no theme is configured', () => {
    expect(suggestThemes('Zwembaden en sporthallen', themes)).toEqual([]);
    expect(suggestThemes('De arbeidsmarkt', {})).toEqual([]);
  });
});
