import { describe, expect, it } from 'vitest';
import { didYouMean } from '../../src/text/did-you-mean.ts';

const keys = ['title', 'agreement', 'themes', 'status', 'updated', 'history', 'references'];

describe('didYouMean', () => {
  it('should suggest the key for a typo, a singular or another case', () => {
    expect(didYouMean('theme', keys)).toBe('themes');
    expect(didYouMean('titel', keys)).toBe('title');
    expect(didYouMean('Refrences', keys)).toBe('references');
  });

  it('should suggest nothing for a word unlike every key', () => {
    expect(didYouMean('auteur', keys)).toBeUndefined();
  });
});
