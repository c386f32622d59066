import { describe, expect, it } from 'vitest';
import { siteConfigSchema } from '../../src/schema/config.ts';
import { check, reportText, where } from './report-text.ts';

const decisions = 'https://beslissingenvlaamseregering.vlaanderen.be/';

/** One reference as four lines (or fewer): `- id`, `date`, `title`, `url`. */
function reference(id: number, fields: { date?: string; title?: string; url?: string } = {}): string[] {
  const { date = '2021-01-08', title = `Besluit ${id}`, url = decisions } = fields;
  return [
    `  - id: ${id}`,
    `    date: ${date}`,
    ...(title === '' ? [] : [`    title: ${title}`]),
    ...(url === '' ? [] : [`    url: "${url}"`]),
  ];
}

/** A report whose references start on line 8; its body cites `cited`. */
function withReferences(lines: string[], cited: string) {
  return reportText(['references:', ...lines], [`Tekst ${cited}.`]);
}

describe('reference ids', () => {
  it('should report each later use of an id at its `id`, naming the line of the first use', () => {
    const text = withReferences([...reference(3), ...reference(3), ...reference(3)], '[3]');
    const { diagnostics, report } = check(text);
    expect(where(diagnostics)).toEqual([
      ['reference-id-duplicate', 'error', 12, 9],
      ['reference-id-duplicate', 'error', 16, 9],
    ]);
    // Both later ones point back at the first, not the one just before.
    for (const d of diagnostics) {
      expect(d.file).toBe('r.md');
      expect(d.message).toBe('reference id 3 is used twice (first on line 8)');
      expect(d.hint).toBe('give each reference its own number and check which one the body means');
    }
    // A duplicate id is a finding, not a reason to drop the report.
    expect(report).toBeDefined();
  });

  it('should name the line of the first id also when the reference starts with another key', () => {
    const first = ['  - date: 2021-01-08', '    title: Besluit 5', `    url: "${decisions}"`, '    id: 5'];
    const { diagnostics } = check(withReferences([...first, ...reference(5)], '[5]'));
    expect(where(diagnostics)).toEqual([['reference-id-duplicate', 'error', 12, 9]]);
    expect(diagnostics[0]!.message).toBe('reference id 5 is used twice (first on line 11)');
  });

  it('should accept distinct ids, in any order', () => {
    const text = withReferences([...reference(2), ...reference(0), ...reference(1)], '[0][1][2]');
    expect(check(text).diagnostics).toEqual([]);
  });
});

describe('references without a title or url', () => {
  it('should warn at the id of a reference with neither, and say where to look it up', () => {
    const text = withReferences(reference(10, { date: '2020-07-10', title: '', url: '' }), '[10]');
    const { diagnostics } = check(text);
    expect(where(diagnostics)).toEqual([['reference-untitled', 'warning', 8, 9]]);
    expect(diagnostics[0]!.message).toBe('reference 10 has no `title` and no `url`; readers see only its date');
    expect(diagnostics[0]!.hint).toBe(
      'look the decision of 2020-07-10 up on beslissingenvlaamseregering.vlaanderen.be and add what is missing',
    );
  });

  it('should name only the `url` when the title is there', () => {
    const { diagnostics } = check(withReferences(reference(0, { url: '' }), '[0]'));
    expect(where(diagnostics)).toEqual([['reference-untitled', 'warning', 8, 9]]);
    expect(diagnostics[0]!.message).toBe('reference 0 has no `url`; readers see only its date');
  });

  it('should name only the `title` when the url is there', () => {
    const { diagnostics } = check(withReferences(reference(0, { title: '' }), '[0]'));
    expect(where(diagnostics)).toEqual([['reference-untitled', 'warning', 8, 9]]);
    expect(diagnostics[0]!.message).toBe('reference 0 has no `title`; readers see only its date');
  });
});

describe('reference urls', () => {
  it('should report text that is no web address at the url, quoting it', () => {
    const { diagnostics, report } = check(withReferences(reference(0, { url: 'zie besluit' }), '[0]'));
    expect(where(diagnostics)).toEqual([['reference-url-invalid', 'error', 11, 10]]);
    expect(diagnostics[0]!.message).toBe('reference 0: "zie besluit" is not a web address');
    expect(diagnostics[0]!.hint).toBe('copy the full address from the browser, starting with https://');
    expect(report).toBeDefined();
  });

  it('should ask for https:// instead of http://', () => {
    const { diagnostics } = check(
      withReferences(reference(4, { url: 'http://beslissingenvlaamseregering.vlaanderen.be/' }), '[4]'),
    );
    expect(where(diagnostics)).toEqual([['reference-url-not-https', 'error', 11, 10]]);
    expect(diagnostics[0]!.message).toBe('reference 4: the url must start with https://, not http:');
    expect(diagnostics[0]!.hint).toBe('change http:// into https://');
  });

  it('should ask for a link to the decision itself for another scheme', () => {
    const { diagnostics } = check(
      withReferences(reference(0, { url: 'ftp://beslissingenvlaamseregering.vlaanderen.be/besluit.pdf' }), '[0]'),
    );
    expect(where(diagnostics)).toEqual([['reference-url-not-https', 'error', 11, 10]]);
    expect(diagnostics[0]!.message).toBe('reference 0: the url must start with https://, not ftp:');
    expect(diagnostics[0]!.hint).toBe('link to the decision itself, with an https:// address');
  });

  it('should report a host that is not allowed, with the hosts that are', () => {
    const { diagnostics } = check(withReferences(reference(0, { url: 'https://www.vlaanderen.be/besluit' }), '[0]'));
    expect(where(diagnostics)).toEqual([['reference-url-host', 'error', 11, 10]]);
    expect(diagnostics[0]!.message).toBe('reference 0: www.vlaanderen.be is not an allowed source');
    expect(diagnostics[0]!.hint).toBe(
      'link to beslissingenvlaamseregering.vlaanderen.be, or add the host to `referenceHosts` in the site config',
    );
  });

  it('should accept a host the site config allows, and list every allowed host when one is not', () => {
    const config = siteConfigSchema.parse({ referenceHosts: ['www.vlaanderen.be', 'www.vlaamsparlement.be'] });
    const allowed = withReferences(reference(0, { url: 'https://www.vlaanderen.be/besluit' }), '[0]');
    expect(check(allowed, { config }).diagnostics).toEqual([]);
    // The decisions site is then no longer allowed: the config replaces the default.
    const { diagnostics } = check(withReferences(reference(0), '[0]'), { config });
    expect(where(diagnostics)).toEqual([['reference-url-host', 'error', 11, 10]]);
    expect(diagnostics[0]!.hint).toBe(
      'link to www.vlaanderen.be or www.vlaamsparlement.be, or add the host to `referenceHosts` in the site config',
    );
  });

  it('should not compare the search and date of a url on another allowed host', () => {
    const config = siteConfigSchema.parse({ referenceHosts: ['www.vlaanderen.be'] });
    const url = 'https://www.vlaanderen.be/?search=Iets%20anders&startDate=2019-05-05T09%3A00%3A00Z';
    expect(check(withReferences(reference(0, { url }), '[0]'), { config }).diagnostics).toEqual([]);
  });
});

describe('decision search urls', () => {
  const search = (query: string) => `${decisions}?search=${query}`;

  it('should warn when the url searches for another title, quoting both', () => {
    const url = search('%20Besluit%20over%20zorg%20');
    const { diagnostics, report } = check(withReferences(reference(0, { title: 'Besluit over werk', url }), '[0]'));
    expect(where(diagnostics)).toEqual([['reference-search-mismatch', 'warning', 11, 10]]);
    expect(diagnostics[0]!.message).toBe(
      'reference 0: the url searches for "Besluit over zorg", but the title is "Besluit over werk"',
    );
    expect(diagnostics[0]!.hint).toBe('check that the url and the title belong to the same decision');
    expect(report).toBeDefined();
  });

  it('should take a search that differs only in case, spaces or accent encoding as the same title', () => {
    // "Ré" with a combining accent in the url, precomposed in the title.
    const url = search('BESLUIT%20%20over%0Are%CC%81integratie%20');
    const text = withReferences(reference(0, { title: '"Besluit over réintegratie"', url }), '[0]');
    expect(check(text).diagnostics).toEqual([]);
  });

  it('should warn when the search differs by a space or a letter that only looks alike in capitals', () => {
    const joined = search('Besluit%20overwerk');
    const a = check(withReferences(reference(0, { title: 'Besluit over werk', url: joined }), '[0]'));
    expect(a.diagnostics.map((d) => d.message)).toEqual([
      'reference 0: the url searches for "Besluit overwerk", but the title is "Besluit over werk"',
    ]);
    const capitals = search('BESLUIT%20OVER%20DE%20STRASSE');
    const b = check(withReferences(reference(0, { title: 'Besluit over de Straße', url: capitals }), '[0]'));
    expect(where(b.diagnostics)).toEqual([['reference-search-mismatch', 'warning', 11, 10]]);
  });

  it('should not compare a url without a search, nor a search with a reference without title', () => {
    expect(check(withReferences(reference(0, { url: `${decisions}?dateOption=select` }), '[0]')).diagnostics).toEqual(
      [],
    );
    const { diagnostics } = check(withReferences(reference(0, { title: '', url: search('Iets') }), '[0]'));
    expect(where(diagnostics)).toEqual([['reference-untitled', 'warning', 8, 9]]);
  });

  it('should warn when the startDate falls on another day in Brussels than the date', () => {
    const url = `${decisions}?startDate=2021-01-09T09%3A00%3A00Z`;
    const { diagnostics } = check(withReferences(reference(0, { url }), '[0]'));
    expect(where(diagnostics)).toEqual([['reference-date-mismatch', 'warning', 11, 10]]);
    expect(diagnostics[0]!.message).toBe("reference 0: the url's startDate is 2021-01-09, but the date is 2021-01-08");
    expect(diagnostics[0]!.hint).toBe('check that the url and the date belong to the same decision');
  });

  it('should read the startDate as a day in Brussels, not in UTC', () => {
    // 23:30 UTC on 7 January is half past midnight on 8 January in Brussels.
    const sameDay = `${decisions}?startDate=2021-01-07T23%3A30%3A00Z`;
    expect(check(withReferences(reference(0, { url: sameDay }), '[0]')).diagnostics).toEqual([]);
    // 23:30 UTC on 8 January is already 9 January there.
    const nextDay = `${decisions}?startDate=2021-01-08T23%3A30%3A00Z`;
    const { diagnostics } = check(withReferences(reference(0, { url: nextDay }), '[0]'));
    expect(diagnostics.map((d) => d.message)).toEqual([
      "reference 0: the url's startDate is 2021-01-09, but the date is 2021-01-08",
    ]);
  });

  it('should ignore a startDate that is no date', () => {
    const url = `${decisions}?startDate=gisteren`;
    expect(check(withReferences(reference(0, { url }), '[0]')).diagnostics).toEqual([]);
  });

  it('should report both a wrong search and a wrong startDate of one url', () => {
    const url = `${decisions}?search=Iets&startDate=2020-01-01T09%3A00%3A00Z`;
    const { diagnostics } = check(withReferences(reference(0, { url }), '[0]'));
    expect(where(diagnostics)).toEqual([
      ['reference-search-mismatch', 'warning', 11, 10],
      ['reference-date-mismatch', 'warning', 11, 10],
    ]);
  });
});
