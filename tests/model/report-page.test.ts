import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { modelReport, pageLinks, reportPage, summaryOf, type PageLinks } from '../../src/model/report-page.ts';
import { statusInfo } from '../../src/model/statuses.ts';
import { compileContent } from '../../src/compile/compile-report.ts';
import { agreementOf, modelReports, reportText, siteConfig, type ReportFields } from '../helpers/model-pages.ts';

/** Theme labels as a site config gives them: the key capitalised. */
const label = (key: string) => `Thema ${key}`;
const noRepository: PageLinks = { branch: 'main', pageUrl: (path) => path, sourcePath: () => undefined };

/** The page of one report, on a site with one agreement and no repository. */
function pageOf(fields: ReportFields & { file?: string }, links = noRepository, agreement = agreementOf()) {
  const [report] = modelReports(siteConfig(), fields);
  return reportPage(report!, label, links, agreement);
}

describe('a report page', () => {
  it('should name the section, its chapter, title and status, at the address of its file name', () => {
    const page = pageOf({
      section: '3.12',
      title: 'Betaalbaar wonen',
      status: 'gedeeltelijk',
      file: 'content/reports/Wonen Één.md',
    });
    expect(page.slug).toBe('wonen-een');
    expect(page.url).toBe('/rapporten/wonen-een/');
    expect(page.file).toBe('content/reports/Wonen Één.md');
    expect(page.section).toBe('3.12');
    expect(page.chapter).toBe('3');
    expect(page.title).toBe('Betaalbaar wonen');
    expect(page.status).toEqual(statusInfo('gedeeltelijk'));
    expect(page.breadcrumbs).toEqual([{ label: 'Overzicht', url: '/' }]);
  });

  it("should live under its agreement's path on a site with several", () => {
    const agreement = agreementOf({ id: 'va-2024', path: '/va-2024/', url: '/va-2024/', start: '2024-09-30' });
    const page = pageOf({ section: '1.1', file: 'content/reports/1-1-x.md' }, noRepository, agreement);
    expect(page.url).toBe('/va-2024/rapporten/1-1-x/');
    expect(page.agreement).toBe(agreement);
  });

  it('should list each theme once, by its key, with its label and page', () => {
    const page = pageOf({ section: '1.1', themes: ['Activering', 'activering', 'Werk en zorg'] });
    expect(page.themes).toEqual([
      { slug: 'activering', label: 'Thema activering', url: '/themas/activering/' },
      { slug: 'werk-en-zorg', label: 'Thema werk-en-zorg', url: '/themas/werk-en-zorg/' },
    ]);
  });

  it('should list the references by number, each with its anchor and the citations that link back to it', () => {
    const page = pageOf({
      section: '1.1',
      references: [
        { id: 2, date: '2022-02-02', title: 'Tweede', url: 'https://beslissingenvlaamseregering.vlaanderen.be/?a=2' },
        { id: 0, date: '2020-01-01' },
      ],
      body: 'Eerst [2], dan [0], en nog eens [2].\n',
    });
    expect(page.references).toStrictEqual([
      { id: 0, date: '2020-01-01', anchor: 'bron-0', citedAt: ['citaat-0-1'] },
      {
        id: 2,
        date: '2022-02-02',
        anchor: 'bron-2',
        citedAt: ['citaat-2-1', 'citaat-2-2'],
        title: 'Tweede',
        url: 'https://beslissingenvlaamseregering.vlaanderen.be/?a=2',
      },
    ]);
    // Each anchor a reference links back to is a citation in the body that links to it.
    const body = fromHtml(page.body(), { fragment: true });
    for (const reference of page.references) {
      for (const anchor of reference.citedAt) {
        expect(select(`a#${anchor}`, body)?.properties.href).toBe(`#${reference.anchor}`);
      }
    }
  });

  it('should give a reference no citations when the body does not cite it', () => {
    const [report] = modelReports(siteConfig(), {
      section: '1.1',
      references: [
        { id: 0, date: '2020-01-01', title: 'A' },
        { id: 1, date: '2020-01-02', title: 'B' },
      ],
      body: 'Alleen [1].\n',
    });
    const page = reportPage(report!, label, noRepository, agreementOf());
    expect(page.references.map((reference) => reference.citedAt)).toEqual([[], ['citaat-1-1']]);
  });

  it('should show the status history with the notes rendered, only where an entry has one', () => {
    const page = pageOf({
      section: '1.1',
      status: 'uitgevoerd',
      history: [
        { date: '2024-05-02', status: 'uitgevoerd' },
        { date: '2023-01-10', status: 'in-uitvoering', note: 'Eerste *beoordeling*.' },
      ],
    });
    expect(page.history).toHaveLength(2);
    expect(page.history[0]).toStrictEqual({ date: '2024-05-02', status: statusInfo('uitgevoerd') });
    expect(page.history[1]!.date).toBe('2023-01-10');
    expect(page.history[1]!.status).toEqual(statusInfo('in-uitvoering'));
    const note = fromHtml(page.history[1]!.noteHtml!, { fragment: true });
    expect(select('em', note)?.children).toEqual([expect.objectContaining({ value: 'beoordeling' })]);
  });

  it('should date its last change by the newest of updated and the history', () => {
    const history = [
      { date: '2024-05-02', status: 'uitgevoerd' },
      { date: '2023-01-10', status: 'in-uitvoering' },
    ];
    const byHistory = pageOf({ section: '1.1', status: 'uitgevoerd', updated: '2024-01-01', history });
    expect(byHistory.updated).toBe('2024-01-01');
    expect(byHistory.lastChanged).toBe('2024-05-02');
    const byUpdate = pageOf({ section: '1.1', status: 'uitgevoerd', updated: '2024-06-01', history });
    expect(byUpdate.lastChanged).toBe('2024-06-01');
    const undated = pageOf({ section: '1.1' });
    expect('updated' in undated).toBe(false);
    expect('lastChanged' in undated).toBe(false);
  });

  it('should keep the agreement text, as written and rendered, and the body with its hash and contents', () => {
    const page = pageOf({
      section: '1.1',
      text: 'De regering **verhoogt** de premie.',
      body: '## Analyse\n\nTekst.\n\n## Conclusie\n\nMeer tekst.\n',
    });
    expect(page.agreementText).toBe('De regering **verhoogt** de premie.');
    expect(select('strong', fromHtml(page.agreementHtml, { fragment: true }))?.children).toEqual([
      expect.objectContaining({ value: 'verhoogt' }),
    ]);
    const headings = selectAll('h2', fromHtml(page.body(), { fragment: true }));
    expect(headings).toHaveLength(2);
    expect(page.toc.map((entry) => entry.text)).toEqual(['Analyse', 'Conclusie']);
    expect(page.bodyHash).toMatch(/\S{8,}/);
    expect(pageOf({ section: '1.1', body: 'Iets anders.\n' }).bodyHash).not.toBe(page.bodyHash);
  });

  it('should describe itself by agreement, section, status and the agreement text as plain text', () => {
    const page = pageOf({ section: '2.4', status: 'niet-gestart', text: 'De regering  **bouwt**\n scholen.' });
    expect(page.description).toBe('Testakkoord, sectie 2.4: Niet gestart. De regering bouwt scholen.');
  });

  it('should cut a long agreement text in its description after a whole word, at most 150 characters', () => {
    const words = Array.from({ length: 40 }, (_, i) => `woord${i}`).join(' ');
    const page = pageOf({ section: '1.1', text: words });
    const prefix = 'Testakkoord, sectie 1.1: Nog niet beoordeeld. ';
    expect(page.description.startsWith(prefix)).toBe(true);
    const shown = page.description.slice(prefix.length);
    expect(shown).toMatch(/ …$/);
    const kept = shown.slice(0, -2);
    expect(kept.length).toBeLessThanOrEqual(150);
    // Whole words only, as many as fit.
    expect(words.startsWith(`${kept} `)).toBe(true);
    expect(kept.length + ` ${words.split(' ')[kept.split(' ').length]}`.length).toBeGreaterThan(150);
    // Exactly 150 characters stay whole.
    const exact = 'a'.repeat(150);
    expect(pageOf({ section: '1.1', text: exact }).description).toBe(`${prefix}${exact}`);
    expect(pageOf({ section: '1.1', text: `${exact}b` }).description).toBe(`${prefix}${exact} …`);
  });

  it('should draw its cited decisions on a time axis from the agreement start to its last change', () => {
    const page = pageOf(
      {
        section: '1.1',
        status: 'uitgevoerd',
        history: [{ date: '2024-01-01', status: 'uitgevoerd' }],
        references: [
          { id: 0, date: '2021-01-01', title: 'A' },
          { id: 1, date: '2022-01-01', title: 'B' },
        ],
      },
      noRepository,
      agreementOf({ start: '2019-10-02' }),
    );
    const strip = fromHtml(page.timeline()!, { fragment: true });
    expect(selectAll('.timeline-marks a', strip).map((a) => a.properties.href)).toEqual(['#bron-0', '#bron-1']);
    // The axis is labelled from the agreement's first year to the year of the last change.
    const years = selectAll('.timeline-axis text', strip).map((text) => (text.children[0] as { value: string }).value);
    expect(years[0]).toBe('2019');
    expect(years.at(-1)).toBe('2024');
    expect(pageOf({ section: '1.1' }).timeline()).toBeUndefined();
  });
});

describe('the links from a report page to its source', () => {
  const links = (sourcePath: (file: string) => string | undefined, yaml = '') =>
    pageLinks(
      siteConfig(
        `siteName: M\nagreement:\n  name: A\n  period: "2019-2024"\nrepositoryUrl: https://github.com/example/monitor/\nbaseUrl: https://monitor.example.org/sub/\n${yaml}`,
      ),
      sourcePath,
    );

  it('should open the file on its branch for editing, by its path in the repository', () => {
    const page = pageOf(
      { section: '1.3', title: 'Werk & zorg', file: '/tmp/build/content/reports/1-3 werk.md' },
      links((file) => `content/reports/${file.split('/').at(-1)}`, 'repositoryBranch: release/2024\n'),
    );
    expect(page.editUrl).toBe('https://github.com/example/monitor/edit/release/2024/content/reports/1-3%20werk.md');
  });

  it('should make the links of a repository address ending in "/" without a double slash', () => {
    const links: PageLinks = {
      repositoryUrl: 'https://git.example.org/monitor/',
      branch: 'main',
      pageUrl: (path) => `https://example.org${path}`,
      sourcePath: (file) => file,
    };
    const page = pageOf({ section: '1.3', file: 'content/reports/1-3.md' }, links);
    expect(page.editUrl).toBe('https://git.example.org/monitor/edit/main/content/reports/1-3.md');
    expect(page.issueUrl!.startsWith('https://git.example.org/monitor/issues/new?')).toBe(true);
  });

  it('should open a new issue naming the page, its address and its file', () => {
    const page = pageOf(
      { section: '1.3', title: 'Werk & zorg', file: 'content/reports/1-3-werk.md' },
      links((file) => file),
    );
    const issue = new URL(page.issueUrl!);
    expect(`${issue.origin}${issue.pathname}`).toBe('https://github.com/example/monitor/issues/new');
    expect(issue.searchParams.get('title')).toBe('Fout in 1.3 Werk & zorg');
    expect(issue.searchParams.get('body')).toBe(
      'Pagina: https://monitor.example.org/sub/rapporten/1-3-werk/\nBestand: content/reports/1-3-werk.md\n\nWat is er fout, en wat zou er moeten staan?\n',
    );
  });

  it('should still offer an issue, but no edit link, for a file outside the repository', () => {
    const page = pageOf(
      { section: '1.3', file: 'content/reports/1-3-werk.md' },
      links(() => undefined),
    );
    expect(page.editUrl).toBeUndefined();
    expect(new URL(page.issueUrl!).searchParams.get('body')).toBe(
      'Pagina: https://monitor.example.org/sub/rapporten/1-3-werk/\n\nWat is er fout, en wat zou er moeten staan?\n',
    );
  });

  it('should offer neither without a repository', () => {
    const config = siteConfig();
    const plain = pageLinks(config, (file) => file);
    expect(plain.repositoryUrl).toBeUndefined();
    expect('repositoryUrl' in plain).toBe(false);
    expect(plain.branch).toBe('main');
    // Without the site's address, a page is named by its path.
    expect(plain.pageUrl('/rapporten/x/')).toBe('/rapporten/x/');
    const page = pageOf({ section: '1.3' }, plain);
    expect(page.editUrl).toBeUndefined();
    expect(page.issueUrl).toBeUndefined();
  });

  it('should take the repository, branch and address from the config, and no file by default', () => {
    const config = siteConfig(
      'siteName: M\nagreement:\n  name: A\n  period: "2019-2024"\nrepositoryUrl: https://github.com/e/m\nrepositoryBranch: gh\nbaseUrl: https://x.example.org/\n',
    );
    const made = pageLinks(config);
    expect(made.repositoryUrl).toBe('https://github.com/e/m');
    expect(made.branch).toBe('gh');
    expect(made.pageUrl('/rapporten/x/')).toBe('https://x.example.org/rapporten/x/');
    expect(made.sourcePath('content/reports/x.md')).toBeUndefined();
  });
});

describe('what listings show of a report', () => {
  it('should be its address, section, chapter, title, status, themes and last change', () => {
    const page = pageOf({
      section: '4.2',
      title: 'Zorg',
      status: 'in-uitvoering',
      history: [{ date: '2023-03-03', status: 'in-uitvoering' }],
    });
    expect(summaryOf(page)).toStrictEqual({
      slug: page.slug,
      agreement: page.agreement,
      url: page.url,
      section: '4.2',
      chapter: '4',
      title: 'Zorg',
      status: statusInfo('in-uitvoering'),
      themes: page.themes,
      lastChanged: '2023-03-03',
    });
    expect('lastChanged' in summaryOf(pageOf({ section: '4.2' }))).toBe(false);
  });
});

describe('a rendered report as the model takes it', () => {
  it('should give its body when asked and keep the rest of what was rendered', () => {
    const config = siteConfig();
    const source = { file: 'content/reports/1-1-x.md', text: reportText({ section: '1.1', body: 'Een *tekst*.\n' }) };
    const [compiled] = compileContent([source], config).reports;
    const report = modelReport(compiled!);
    expect(report.body()).toBe(compiled!.rendered.bodyHtml);
    expect('bodyHtml' in report.rendered).toBe(false);
    expect(report.rendered.bodyHash).toBe(compiled!.rendered.bodyHash);
    expect(report.file).toBe('content/reports/1-1-x.md');
    expect(report.data).toBe(compiled!.data);
  });
});
