import { describe, expect, it } from 'vitest';
import {
  currentFirst,
  folderAgreement,
  reservedIds,
  singleAgreement,
  termOf,
  type Agreement,
} from '../../src/model/agreements.ts';
import { urls } from '../../src/model/urls.ts';
import { agreementFileSchema } from '../../src/schema/agreement.ts';
import { siteConfig } from '../helpers/model.ts';

const file = (fields: Record<string, unknown>) => agreementFileSchema.parse(fields);

describe('the agreement of a site with one', () => {
  it('should take its name, term and chapters from site.yaml, its id from the term, and live at the root', () => {
    const config = siteConfig({ agreement: { name: 'Testakkoord', period: '2019-2024' }, chapters: { 1: 'Werk' } });
    expect(singleAgreement(config)).toEqual({
      id: '2019-2024',
      name: 'Testakkoord',
      period: '2019-2024',
      chapters: { 1: 'Werk' },
      path: '/',
    });
  });

  it('should be called "regeerakkoord" when site.yaml gives no term', () => {
    expect(singleAgreement(siteConfig()).id).toBe('regeerakkoord');
    expect(singleAgreement(siteConfig({ agreement: { period: 'Sinds 2024' } })).id).toBe('sinds-2024');
  });
});

describe('an agreement read from its folder', () => {
  it('should show a finished term as its years and live under its id', () => {
    const agreement = folderAgreement(
      '2019-2024',
      file({
        name: 'Vlaams Regeerakkoord 2019-2024',
        government: 'Regering-Jambon',
        period: { start: '2019-10-02', end: '2024-09-29' },
        chapters: { 1: 'Werk' },
        description: 'Het akkoord van de regering-Jambon.',
      }),
    );
    expect(agreement).toEqual({
      id: '2019-2024',
      name: 'Vlaams Regeerakkoord 2019-2024',
      government: 'Regering-Jambon',
      start: '2019-10-02',
      end: '2024-09-29',
      period: '2019-2024',
      chapters: { 1: 'Werk' },
      description: 'Het akkoord van de regering-Jambon.',
      path: '/2019-2024/',
    });
  });

  it('should show a running term as "sinds <year>", with no end, government or description it was not given', () => {
    const agreement = folderAgreement('2024-2029', file({ name: 'Akkoord', period: { start: '2024-09-30' } }));
    expect(agreement).toEqual({
      id: '2024-2029',
      name: 'Akkoord',
      start: '2024-09-30',
      period: 'sinds 2024',
      chapters: {},
      path: '/2024-2029/',
    });
    expect(Object.keys(agreement)).not.toContain('end');
    expect(Object.keys(agreement)).not.toContain('government');
    expect(Object.keys(agreement)).not.toContain('description');
  });
});

describe('the order readers meet the agreements in', () => {
  const agreement = (id: string, start?: string, end?: string): Agreement => ({
    id,
    name: id,
    period: id,
    chapters: {},
    path: `/${id}/`,
    ...(start && { start }),
    ...(end && { end }),
  });
  const ids = (list: Agreement[]) => currentFirst(list).map((a) => a.id);

  it('should put the running term first, then the others newest first', () => {
    expect(
      ids([
        agreement('2014-2019', '2014-07-25', '2019-10-01'),
        agreement('2024-2029', '2024-09-30'),
        agreement('2019-2024', '2019-10-02', '2024-09-29'),
      ]),
    ).toEqual(['2024-2029', '2019-2024', '2014-2019']);
  });

  it('should put a running term first even when a finished one started later', () => {
    expect(ids([agreement('later', '2020-01-01', '2021-01-01'), agreement('running', '2010-01-01')])).toEqual([
      'running',
      'later',
    ]);
  });

  it('should put the one that started last first when every term is over', () => {
    expect(
      ids([
        agreement('a', '2009-01-01', '2014-01-01'),
        agreement('c', '2019-01-01', '2024-01-01'),
        agreement('b', '2014-01-02', '2019-01-01'),
      ]),
    ).toEqual(['c', 'b', 'a']);
  });

  it('should order terms that start on the same day by id, and those without a start last', () => {
    expect(
      ids([
        agreement('z', undefined, '2020-01-01'),
        agreement('b', '2019-01-01', '2020-01-01'),
        agreement('a', '2019-01-01', '2020-01-01'),
      ]),
    ).toEqual(['a', 'b', 'z']);
  });

  it('should have no agreements to order when there are none, and keep a single one', () => {
    expect(currentFirst([])).toEqual([]);
    expect(ids([agreement('enig')])).toEqual(['enig']);
  });
});

describe('the term a report is checked against', () => {
  it('should carry the id and the days the term starts and ends, when known', () => {
    expect(
      termOf({
        id: '2019-2024',
        name: 'x',
        period: '2019-2024',
        chapters: {},
        path: '/2019-2024/',
        start: '2019-10-02',
        end: '2024-09-29',
      }),
    ).toEqual({ id: '2019-2024', start: '2019-10-02', end: '2024-09-29' });
    expect(termOf({ id: 'regeerakkoord', name: 'x', period: '', chapters: {}, path: '/' })).toEqual({
      id: 'regeerakkoord',
    });
  });
});

describe('the ids no agreement may take', () => {
  it('should hold every folder the site writes at its root', () => {
    const rootFolders = [urls.themes, urls.decisions, urls.about, urls.search, urls.reportsJson, urls.report('x')]
      .concat([urls.status('uitgevoerd'), urls.chapters()])
      .map((url) => url.split('/')[1]);
    // The style sheets and scripts, and the search index.
    for (const folder of [...rootFolders, 'assets', 'pagefind']) expect(reservedIds).toContain(folder);
    expect([...reservedIds].sort()).toEqual([...new Set([...rootFolders, 'assets', 'pagefind'])].sort());
  });
});
