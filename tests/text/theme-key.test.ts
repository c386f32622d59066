import { describe, expect, it } from 'vitest';
import { themeKey } from '../../src/text/theme-key.ts';

describe('themeKey', () => {
  it('should make one theme of different case, accents and surrounding spaces', () => {
    expect(new Set(['Activering', 'activering ', '  ACTÍVERING'].map(themeKey))).toEqual(new Set(['activering']));
  });

  it('should make a URL-safe slug of several words', () => {
    expect(themeKey('Sociale economie & zorg')).toBe('sociale-economie-zorg');
  });
});
