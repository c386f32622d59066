import { describe, expect, it } from 'vitest';
import { reportFileName } from '../../src/import/file-name.ts';

describe('reportFileName', () => {
  it.each([
    ['1.3', 'Activering stimuleren', '1-3-activering-stimuleren.md'],
    ['2.10', 'Werk & zorg: samen', '2-10-werk-zorg-samen.md'],
    ['4', 'Één loket “voor” iedereen', '4-een-loket-voor-iedereen.md'],
    ['1.2.3', '!!!', '1-2-3.md'],
  ])('should name section %s with title %j %s', (section, title, name) => {
    expect(reportFileName(section, title)).toBe(name);
  });

  it('should cut a very long title at a word, to at most 80 characters', () => {
    const name = reportFileName('5.1', 'Een zeer lange titel '.repeat(10));
    expect(name).toMatch(/^5-1-een-zeer-lange-titel-.*[a-z]\.md$/);
    expect(name.length).toBeLessThanOrEqual('5-1-'.length + 80 + '.md'.length);
  });
});
