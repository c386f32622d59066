import { describe, expect, it } from 'vitest';
import { checkFixtures, fixtureNames } from '../helpers/fixtures.ts';

describe('valid fixtures', () => {
  it.each(fixtureNames('valid'))('%s should validate without findings', (name) => {
    const { reports, diagnostics } = checkFixtures(`valid/${name}`);
    expect(diagnostics).toEqual([]);
    expect(reports).toHaveLength(1);
  });

  it('should read the same report from CRLF with a byte-order mark as from plain LF', () => {
    const crlf = checkFixtures('valid/crlf-and-bom.md').reports[0]!;
    expect(crlf.data.title).toBe('Werk en zorg');
    expect(crlf.data.references.map((r) => r.url?.endsWith('Z'))).toEqual([true, true]);
    expect(crlf.citations.map((c) => c.id)).toEqual([0, 1]);
  });

  it('should fill in the defaults of optional fields', () => {
    const { data } = checkFixtures('valid/minimal.md').reports[0]!;
    expect(data.status).toBe('niet-beoordeeld');
    expect(data.history).toEqual([]);
    expect(data.references).toEqual([]);
    expect(data.updated).toBeUndefined();
  });

  it('should keep unquoted and quoted dates as the same calendar day', () => {
    const { data } = checkFixtures('valid/full-format.md').reports[0]!;
    expect(data.updated).toBe('2024-03-01');
    expect(data.history.map((h) => h.date)).toEqual(['2024-03-01', '2023-06-30']);
    expect(data.references.map((r) => r.date)).toEqual(['2021-01-08', '2022-03-18']);
  });

  it('should count citations written together and escaped, and ignore code', () => {
    expect(checkFixtures('valid/citations-run-together.md').reports[0]!.citations.map((c) => c.id)).toEqual([
      0, 1, 1, 0,
    ]);
    expect(
      checkFixtures('valid/citation-like-text-in-code-is-ignored.md').reports[0]!.citations.map((c) => c.id),
    ).toEqual([0, 1]);
  });

  it('should keep a quoted title with a colon, an ampersand and a hash', () => {
    expect(checkFixtures('valid/title-with-colon-quoted.md').reports[0]!.data.title).toBe('Werk: activering & zorg #1');
  });
});
