import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/validate/content.ts';
import { defaultConfig, projectRoot } from '../helpers/fixtures.ts';

const file = 'content/reports/1-3-activering-stimuleren.md';
// Checked in each test, not once on loading the file, so that each test's coverage is its own.
const check = () => checkContent([{ file, text: readFileSync(path.join(projectRoot, file), 'utf8') }], defaultConfig);

describe('the first real report (1.3 Activering stimuleren)', () => {
  it('should validate with 0 errors and exactly the two warnings for references 10 and 37', () => {
    const { diagnostics } = check();
    expect(diagnostics.map((d) => [d.severity, d.rule, d.message.split(' ')[1]])).toEqual([
      ['warning', 'reference-untitled', '10'],
      ['warning', 'reference-untitled', '37'],
    ]);
  });

  it('should hold section 1.3 and all 39 references, ids 0 to 38, 10 and 37 with a date only', () => {
    const { data } = check().reports[0]!;
    expect(data.agreement.section).toBe('1.3');
    expect(data.title).toBe('Activering stimuleren');
    expect(data.references.map((r) => r.id)).toEqual([...Array(39).keys()]);
    const dateOnly = data.references.filter((r) => r.title === undefined && r.url === undefined);
    expect(dateOnly.map((r) => [r.id, r.date])).toEqual([
      [10, '2020-07-10'],
      [37, '2020-07-17'],
    ]);
    expect(data.themes.length).toBeGreaterThanOrEqual(3);
    expect(data.themes.length).toBeLessThanOrEqual(5);
  });

  it('should cite every reference in the body', () => {
    const cited = new Set(check().reports[0]!.citations.map((c) => c.id));
    expect([...cited].sort((a, b) => a - b)).toEqual([...Array(39).keys()]);
  });
});
