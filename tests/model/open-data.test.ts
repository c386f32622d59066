import { describe, expect, it } from 'vitest';
import { openDataSchemaVersion, referencesCsv, reportsJson } from '../../src/model/open-data.ts';
import { csvRecords, dataFile, siteModel, type ReportSpec } from '../helpers/model.ts';

const hosts = { referenceHosts: ['data.example.org'] };
const site = {
  ...hosts,
  baseUrl: 'https://example.org/monitor',
  agreement: { name: 'Testakkoord', period: '2019-2024' },
};
const full: ReportSpec = {
  section: '1.3',
  file: '1-3-activering.md',
  title: 'Activering',
  text: 'De regering activeert.',
  themes: ['activering', 'werk'],
  status: 'in-uitvoering',
  updated: '2024-03-01',
  history: [{ date: '2024-03-01', status: 'in-uitvoering', note: 'Eerste beoordeling.' }],
  references: [
    { id: 0, date: '2021-01-08', title: 'Besluit over activering', url: 'https://data.example.org/besluit/0' },
    { id: 10, date: '2020-07-10' },
  ],
};
const bare: ReportSpec = { section: '1.10', file: '1-10-werk.md', title: 'Werk', text: 'Werk voor iedereen.' };

interface ReportsJson {
  schemaVersion: number;
  reports: Record<string, unknown>[];
}

describe('/data/reports.json', () => {
  it('should hold each report’s front matter as validated, with its address and agreement', () => {
    const model = siteModel({ site, reports: [bare, full] });
    const json = JSON.parse(dataFile(model, '/data/reports.json')) as ReportsJson;
    expect(json.schemaVersion).toBe(1);
    expect(openDataSchemaVersion).toBe(1);
    expect(json.reports[0]).toEqual({
      slug: '1-3-activering',
      url: 'https://example.org/monitor/rapporten/1-3-activering/',
      title: 'Activering',
      agreement: { id: '2019-2024', name: 'Testakkoord', section: '1.3', text: 'De regering activeert.' },
      themes: ['activering', 'werk'],
      status: 'in-uitvoering',
      updated: '2024-03-01',
      history: [{ date: '2024-03-01', status: 'in-uitvoering', note: 'Eerste beoordeling.' }],
      references: [
        { id: 0, date: '2021-01-08', title: 'Besluit over activering', url: 'https://data.example.org/besluit/0' },
        { id: 10, date: '2020-07-10' },
      ],
    });
  });

  it('should leave out optional fields a report does not have, and always give status, history and references', () => {
    const model = siteModel({ site, reports: [bare] });
    const [report] = (JSON.parse(dataFile(model, '/data/reports.json')) as ReportsJson).reports;
    expect(report).toEqual({
      slug: '1-10-werk',
      url: 'https://example.org/monitor/rapporten/1-10-werk/',
      title: 'Werk',
      agreement: { id: '2019-2024', name: 'Testakkoord', section: '1.10', text: 'Werk voor iedereen.' },
      themes: ['werk'],
      status: 'niet-beoordeeld',
      history: [],
      references: [],
    });
  });

  it('should list the reports in natural section order', () => {
    const model = siteModel({ site, reports: [bare, { section: '1.2' }, full] });
    const json = JSON.parse(dataFile(model, '/data/reports.json')) as ReportsJson;
    expect(json.reports.map((report) => (report.agreement as { section: string }).section)).toEqual([
      '1.2',
      '1.3',
      '1.10',
    ]);
  });

  it('should give site paths when the site has no address', () => {
    const model = siteModel({ site: hosts, reports: [full] });
    const json = JSON.parse(dataFile(model, '/data/reports.json')) as ReportsJson;
    expect(json.reports.map((report) => report.url)).toEqual(['/rapporten/1-3-activering/']);
  });

  it('should be laid out as JSON.stringify with two spaces lays it out, for one report and for several', () => {
    for (const reports of [[full], [full, bare, { section: '2.1' }]]) {
      const text = dataFile(siteModel({ site, reports }), '/data/reports.json');
      expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2));
    }
  });

  it('should keep a newline inside a text escaped, so the file stays valid JSON', () => {
    const model = siteModel({ site, reports: [{ ...bare, text: 'Eerste regel.\n\nTweede regel.' }] });
    const text = dataFile(model, '/data/reports.json');
    const json = JSON.parse(text) as ReportsJson;
    expect((json.reports[0]!.agreement as { text: string }).text).toBe('Eerste regel.\n\nTweede regel.');
    expect(text).toBe(JSON.stringify(json, null, 2));
  });

  it('should be a valid file with no reports for a site without reports', () => {
    const text = [...reportsJson([], undefined)].join('');
    expect(text).toBe(JSON.stringify({ schemaVersion: 1, reports: [] }, null, 2));
  });

  it('should hold, on a site with several agreements, each report’s agreement, the current one first', () => {
    const model = siteModel({
      site: hosts,
      agreements: {
        '2019-2024': { name: 'Vlaams Regeerakkoord 2019-2024', period: { start: '2019-10-02', end: '2024-09-29' } },
        '2024-2029': { name: 'Vlaams Regeerakkoord 2024-2029', period: { start: '2024-09-30' } },
      },
      reports: [
        { section: '1.1', agreement: '2019-2024' },
        { section: '1.3', agreement: '2024-2029', continues: { agreement: '2019-2024', section: '1.1' } },
      ],
    });
    const json = JSON.parse(dataFile(model, '/data/reports.json')) as ReportsJson;
    expect(json.reports.map((report) => [report.url, report.agreement, report.continues])).toEqual([
      [
        '/2024-2029/rapporten/1-3/',
        { id: '2024-2029', name: 'Vlaams Regeerakkoord 2024-2029', section: '1.3', text: 'Belofte 1.3.' },
        { agreement: '2019-2024', section: '1.1' },
      ],
      [
        '/2019-2024/rapporten/1-1/',
        { id: '2019-2024', name: 'Vlaams Regeerakkoord 2019-2024', section: '1.1', text: 'Belofte 1.1.' },
        undefined,
      ],
    ]);
  });
});

describe('/data/references.csv', () => {
  const header = ['agreement', 'report_section', 'report_title', 'report_url', 'reference_id', 'date', 'title', 'url'];

  it('should have a header and one row per reference, linking each to its entry on the report page', () => {
    const model = siteModel({
      site,
      reports: [full, bare, { section: '2.1', references: [{ id: 3, date: '2022-02-02', title: 'Ander besluit' }] }],
    });
    expect(csvRecords(dataFile(model, '/data/references.csv'))).toEqual([
      header,
      [
        '2019-2024',
        '1.3',
        'Activering',
        'https://example.org/monitor/rapporten/1-3-activering/#bron-0',
        '0',
        '2021-01-08',
        'Besluit over activering',
        'https://data.example.org/besluit/0',
      ],
      // An unknown title or address is an empty field.
      [
        '2019-2024',
        '1.3',
        'Activering',
        'https://example.org/monitor/rapporten/1-3-activering/#bron-10',
        '10',
        '2020-07-10',
        '',
        '',
      ],
      [
        '2019-2024',
        '2.1',
        'Sectie 2.1',
        'https://example.org/monitor/rapporten/2-1/#bron-3',
        '3',
        '2022-02-02',
        'Ander besluit',
        '',
      ],
    ]);
  });

  it('should end every line with CRLF', () => {
    const text = dataFile(siteModel({ site, reports: [full] }), '/data/references.csv');
    expect(text.split('\r\n')).toHaveLength(4);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('should quote fields with commas, quotes or line breaks, doubling the quotes', () => {
    const model = siteModel({
      site,
      reports: [
        {
          section: '1.3',
          title: 'Werk, "overal"',
          references: [{ id: 0, date: '2021-01-08', title: 'Besluit "A", met komma' }],
        },
      ],
    });
    const text = dataFile(model, '/data/references.csv');
    expect(text.split('\r\n')[1]).toBe(
      '2019-2024,1.3,"Werk, ""overal""",https://example.org/monitor/rapporten/1-3/#bron-0,0,2021-01-08,"Besluit ""A"", met komma",',
    );
    const [, row] = csvRecords(text);
    expect([row![2], row![6]]).toEqual(['Werk, "overal"', 'Besluit "A", met komma']);
  });

  it('should quote a field with a line break, so it stays one field', () => {
    const rows = csvRecords(
      [
        ...referencesCsv(
          [
            {
              slug: 'x',
              url: '/rapporten/x/',
              agreement: { id: 'a', name: 'A' },
              data: {
                title: 'Twee\r\nregels',
                agreement: { section: '1.1', text: 't' },
                themes: ['t'],
                status: 'niet-beoordeeld',
                history: [],
                references: [{ id: 1, date: '2020-01-01', title: 'Een\nbesluit' }],
              },
            },
          ],
          undefined,
        ),
      ].join(''),
    );
    expect(rows[1]).toEqual([
      'a',
      '1.1',
      'Twee\r\nregels',
      '/rapporten/x/#bron-1',
      '1',
      '2020-01-01',
      'Een\nbesluit',
      '',
    ]);
  });

  it('should give site paths when the site has no address, and only the header without references', () => {
    const model = siteModel({
      site: hosts,
      reports: [{ section: '1.1', references: [{ id: 2, date: '2020-01-01' }] }],
    });
    expect(csvRecords(dataFile(model, '/data/references.csv'))[1]![3]).toBe('/rapporten/1-1/#bron-2');
    expect(dataFile(siteModel({ site: hosts, reports: [bare] }), '/data/references.csv')).toBe(
      `${header.join(',')}\r\n`,
    );
  });
});
