import { describe, expect, it } from 'vitest';
import { chapterOf, compareSections, sectionKey } from '../../src/model/sections.ts';
import { allStatuses, statusInfo } from '../../src/model/statuses.ts';

describe('the natural order of sections', () => {
  it('should put 1.2 before 1.3 before 1.10, and chapter 2 after them', () => {
    expect(['2.1', '1.10', '1.3', '10.1', '1.2', '2'].sort(compareSections)).toEqual([
      '1.2',
      '1.3',
      '1.10',
      '2',
      '2.1',
      '10.1',
    ]);
  });

  it('should put a section before its subsections', () => {
    expect(compareSections('1.3', '1.3.1')).toBeLessThan(0);
    expect(compareSections('1.3.1', '1.3')).toBeGreaterThan(0);
    expect(compareSections('1.3.2', '1.3.10')).toBeLessThan(0);
  });

  it('should treat 1.03 and 1.3 as the same place', () => {
    expect(compareSections('1.03', '1.3')).toBe(0);
    expect(compareSections('1.3', '1.3')).toBe(0);
    expect(sectionKey('1.03')).toBe('1.3');
    expect(sectionKey('01.3.010')).toBe('1.3.10');
  });

  it('should name the chapter by the first number', () => {
    expect(chapterOf('1.3')).toBe('1');
    expect(chapterOf('12.3.4')).toBe('12');
    expect(chapterOf('7')).toBe('7');
  });
});

describe('the statuses as readers see them', () => {
  it('should list the seven statuses from done to not judged, each with its label, meaning and shape', () => {
    expect(allStatuses.map((s) => [s.status, s.label, s.icon])).toEqual([
      ['uitgevoerd', 'Uitgevoerd', '●'],
      ['gedeeltelijk', 'Gedeeltelijk uitgevoerd', '◐'],
      ['in-uitvoering', 'In uitvoering', '◔'],
      ['niet-gestart', 'Niet gestart', '○'],
      ['niet-uitgevoerd', 'Niet uitgevoerd', '✕'],
      ['niet-toetsbaar', 'Niet toetsbaar', '?'],
      ['niet-beoordeeld', 'Nog niet beoordeeld', '–'],
    ]);
    expect(allStatuses.map((s) => s.meaning)).toEqual([
      'De belofte is volledig uitgevoerd.',
      'Een deel van de belofte is uitgevoerd.',
      'De regering werkt aan de uitvoering.',
      'Er is nog geen werk aan begonnen.',
      'De belofte is niet uitgevoerd.',
      'De belofte is te vaag om te beoordelen.',
      'De redactie heeft deze sectie nog niet beoordeeld.',
    ]);
    expect(statusInfo('niet-toetsbaar')).toEqual({
      status: 'niet-toetsbaar',
      label: 'Niet toetsbaar',
      meaning: 'De belofte is te vaag om te beoordelen.',
      icon: '?',
    });
  });
});
