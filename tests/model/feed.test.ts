import { describe, expect, it } from 'vitest';
import { feedEntries } from '../../src/model/feed.ts';
import { siteModel, type ReportSpec } from '../helpers/model.ts';

const site = { baseUrl: 'https://example.org/monitor/', agreement: { name: 'Testakkoord', period: '2019-2024' } };
const judged: ReportSpec = {
  section: '1.2',
  title: 'Werk zoeken',
  status: 'uitgevoerd',
  updated: '2024-05-02',
  history: [
    { date: '2024-05-02', status: 'uitgevoerd' },
    { date: '2023-01-10', status: 'in-uitvoering' },
  ],
};
const updatedLater: ReportSpec = {
  section: '1.3',
  title: 'Activering',
  status: 'in-uitvoering',
  updated: '2024-06-01',
  history: [{ date: '2023-01-10', status: 'in-uitvoering' }],
};
const untouched: ReportSpec = { section: '2.1', title: 'Nooit bekeken' };

describe('the Atom feed’s entries', () => {
  it('should have one entry per status change and per update, newest first, at the report’s absolute address', () => {
    const model = siteModel({ site, reports: [judged, updatedLater, untouched] });
    expect(model.feed.map((entry) => [entry.date, entry.title, entry.url])).toEqual([
      ['2024-06-01', '1.3 Activering: bijgewerkt', 'https://example.org/monitor/rapporten/1-3/'],
      ['2024-05-02', '1.2 Werk zoeken: Uitgevoerd', 'https://example.org/monitor/rapporten/1-2/'],
      // The same day: the entries in the order of their ids.
      ['2023-01-10', '1.2 Werk zoeken: In uitvoering', 'https://example.org/monitor/rapporten/1-2/'],
      ['2023-01-10', '1.3 Activering: In uitvoering', 'https://example.org/monitor/rapporten/1-3/'],
    ]);
  });

  it('should give each change an id that stays the same from build to build', () => {
    const model = siteModel({ site, reports: [judged, updatedLater] });
    expect(model.feed.map((entry) => entry.id)).toEqual([
      'https://example.org/monitor/rapporten/1-3/#bijgewerkt-2024-06-01',
      'https://example.org/monitor/rapporten/1-2/#status-2024-05-02',
      'https://example.org/monitor/rapporten/1-2/#status-2023-01-10',
      'https://example.org/monitor/rapporten/1-3/#status-2023-01-10',
    ]);
    const again = siteModel({ site, reports: [updatedLater, judged, untouched] });
    expect(again.feed.map((entry) => entry.id)).toEqual(model.feed.map((entry) => entry.id));
  });

  it('should not announce an update on the day of a status change twice', () => {
    const model = siteModel({ site, reports: [judged] });
    expect(model.feed.filter((entry) => entry.date === '2024-05-02')).toHaveLength(1);
    expect(model.feed.some((entry) => entry.title.endsWith('bijgewerkt'))).toBe(false);
  });

  it('should announce an update of a report that has no history', () => {
    const model = siteModel({ site, reports: [{ section: '3.1', title: 'Wonen', updated: '2022-02-02' }] });
    expect(model.feed.map((entry) => [entry.id, entry.title, entry.date])).toEqual([
      ['https://example.org/monitor/rapporten/3-1/#bijgewerkt-2022-02-02', '3.1 Wonen: bijgewerkt', '2022-02-02'],
    ]);
  });

  it('should say in each summary what changed, in which section of which agreement', () => {
    const model = siteModel({ site, reports: [updatedLater] });
    expect(model.feed.map((entry) => entry.summary)).toEqual([
      'Het rapport over sectie 1.3 van het Testakkoord is bijgewerkt.',
      'De status van sectie 1.3 van het Testakkoord is nu: In uitvoering.',
    ]);
    for (const entry of model.feed) expect(entry.agreement).toEqual({ id: '2019-2024', name: 'Testakkoord' });
  });

  it('should hold no more than the newest entries asked for', () => {
    const model = siteModel({ site, reports: [judged, updatedLater, untouched] });
    expect(feedEntries(model.reports, site.baseUrl, 2).map((entry) => entry.date)).toEqual([
      '2024-06-01',
      '2024-05-02',
    ]);
  });

  it('should order the entries of one day by their ids, whatever the order of the sections', () => {
    const sameDay = (section: string): ReportSpec => ({
      section,
      status: 'uitgevoerd',
      history: [{ date: '2024-05-02', status: 'uitgevoerd' }],
    });
    const model = siteModel({ site, reports: [sameDay('1.2'), sameDay('1.10'), sameDay('1.3')] });
    expect(model.feed.map((entry) => entry.id)).toEqual([
      'https://example.org/monitor/rapporten/1-10/#status-2024-05-02',
      'https://example.org/monitor/rapporten/1-2/#status-2024-05-02',
      'https://example.org/monitor/rapporten/1-3/#status-2024-05-02',
    ]);
  });

  it('should hold the 50 newest entries of the site', () => {
    const days = Array.from({ length: 60 }, (_, i) => new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10));
    const model = siteModel({
      site,
      reports: [
        {
          section: '1.1',
          status: 'in-uitvoering',
          history: [...days].reverse().map((date) => ({ date, status: 'in-uitvoering' as const })),
        },
      ],
    });
    expect(model.feed.map((entry) => entry.date)).toEqual([...days].reverse().slice(0, 50));
  });

  it('should name the agreement of each report on a site with several', () => {
    const model = siteModel({
      site: { baseUrl: 'https://monitor.example.org' },
      agreements: {
        '2019-2024': { name: 'Vlaams Regeerakkoord 2019-2024', period: { start: '2019-10-02', end: '2024-09-29' } },
        '2024-2029': { name: 'Vlaams Regeerakkoord 2024-2029', period: { start: '2024-09-30' } },
      },
      reports: [
        { section: '1.1', agreement: '2019-2024', updated: '2024-01-01' },
        { section: '1.1', agreement: '2024-2029', updated: '2025-01-01' },
      ],
    });
    expect(model.feed.map((entry) => [entry.url, entry.agreement.id, entry.summary])).toEqual([
      [
        'https://monitor.example.org/2024-2029/rapporten/1-1/',
        '2024-2029',
        'Het rapport over sectie 1.1 van het Vlaams Regeerakkoord 2024-2029 is bijgewerkt.',
      ],
      [
        'https://monitor.example.org/2019-2024/rapporten/1-1/',
        '2019-2024',
        'Het rapport over sectie 1.1 van het Vlaams Regeerakkoord 2019-2024 is bijgewerkt.',
      ],
    ]);
  });

  it('should have no entries when the site has no address (then it has no feed)', () => {
    expect(siteModel({ reports: [judged, updatedLater] }).feed).toEqual([]);
  });
});
