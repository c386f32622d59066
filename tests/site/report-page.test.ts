import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkContent } from '../../src/validate/content.ts';
import { defaultConfig, projectRoot } from '../helpers/fixtures.ts';
import { accessibleName, attributes, page, select, selectAll, text, texts } from '../helpers/site.ts';

const { real, corpus } = inject('sites');

describe('the report page of the shipped 1.3 report', () => {
  const report = page(real, '/rapporten/1-3-activering-stimuleren/');

  it('should show the title with its section number, the status with its meaning, and the themes', () => {
    expect(text(report, 'h1')).toBe('1.3 Activering stimuleren');
    expect(text(report, '.report-status')).toBe('◔ In uitvoering De regering werkt aan de uitvoering.');
    expect(attributes(report, '.report-themes a', 'href')).toEqual([
      '/themas/activering/',
      '/themas/integratie/',
      '/themas/arbeidsmarkt/',
      '/themas/opleiding/',
    ]);
  });

  it('should put the agreement text inside a closed <details> with the summary "Vlaams Regeerakkoord, sectie 1.3" (the agreement named in site.yaml)', () => {
    const details = select('details.agreement', report)!;
    expect(details.properties.open).toBeUndefined();
    expect(text(details, 'summary')).toBe('Vlaams Regeerakkoord, sectie 1.3');
    expect(text(details, '.agreement-text')).toMatch(
      /^We proberen zoveel als mogelijk .* We streven naar meetbare impact\.$/,
    );
  });

  it('should link every citation to its reference, and every reference back to each citation of it', () => {
    const citations = selectAll('.report-body a.citation', report);
    expect(citations.length).toBeGreaterThanOrEqual(39);
    for (const citation of citations) {
      const target = String(citation.properties.href).slice(1);
      const reference = select(`li#${target}`, report);
      expect(reference, `${target} exists`).toBeDefined();
      const backlinks = attributes(reference!, '.backlinks a', 'href');
      expect(backlinks).toContain(`#${citation.properties.id}`);
    }
  });

  it('should give each citation an accessible name that says what it points to', () => {
    const citation = select('a.citation[href="#bron-10"]', report)!;
    expect(accessibleName(citation)).toBe('bron 10: beslissing van 10 juli 2020, titel onbekend');
    const first = select('a.citation[href="#bron-0"]', report)!;
    expect(accessibleName(first)).toBe(
      'bron 0: Wijziging uitvoeringsbesluiten decreet over sociale werkplaatsen en decreet over de werk- en zorgtrajecten: activeringstrajecten en arbeidsmatige activiteiten',
    );
    // What sighted readers see, small, and the tooltip shown on hover and focus.
    expect(text(first, '[aria-hidden=true]')).toBe('[0]');
    expect(text(first, '.citation-tip')).toBe(accessibleName(first));
  });

  it('should list the 39 references in id order with Dutch dates, linking each title to its URL', () => {
    const items = selectAll('.reference-list > li', report);
    expect(items.map((li) => li.properties.id)).toEqual([...Array(39).keys()].map((i) => `bron-${i}`));
    expect(text(items[0]!, '.ref-date')).toBe('8 januari 2021');
    expect(text(items[1]!, '.ref-date')).toBe('16 oktober 2020');
    expect(attributes(items[0]!, '.ref-title a', 'href')[0]).toMatch(
      /^https:\/\/beslissingenvlaamseregering\.vlaanderen\.be\/\?search=Wijziging%20uitvoeringsbesluiten/,
    );
  });

  it('should link every reference URL of the report, each in its own reference', () => {
    const file = path.join(projectRoot, 'content/reports/1-3-activering-stimuleren.md');
    const { reports } = checkContent([{ file, text: readFileSync(file, 'utf8') }], defaultConfig);
    const withUrl = reports[0]!.data.references.filter((r) => r.url !== undefined);
    expect(withUrl).toHaveLength(37);
    for (const reference of withUrl) {
      expect(attributes(report, `li#bron-${reference.id} .ref-title a`, 'href')).toEqual([reference.url]);
    }
  });

  it('should show "titel onbekend" without a link for references 10 and 37', () => {
    for (const id of [10, 37]) {
      const item = select(`li#bron-${id}`, report)!;
      expect(text(item, '.ref-title')).toBe('titel onbekend');
      expect(selectAll('.ref-title a', item)).toHaveLength(0);
    }
  });

  it('should draw a timeline of the cited decisions, its years labelled, each mark linking to its reference', () => {
    const strip = select('.timeline .timeline-strip', report)!;
    // A box of its own that keyboard users can scroll, named for screen readers.
    expect(strip.properties.tabIndex).toBe(0);
    expect(strip.properties.ariaLabel).toBeTruthy();
    // The decisions date from 2020 to 2023; the axis runs to the last update, 1 March 2024.
    expect(texts(strip, '.timeline-axis text')).toEqual(['2020', '2021', '2022', '2023', '2024']);
    const marks = selectAll('.timeline-marks a', strip);
    const anchors = selectAll('.reference-list > li', report).map((li) => `#${li.properties.id}`);
    expect(marks.map((a) => String(a.properties.href)).sort()).toEqual([...anchors].sort());
    // In date order, each named by its number and date as the reference list gives them.
    const listed = (href: string) => select(`li${href}`, report)!;
    const dates = marks.map((a) => String(select('time', listed(String(a.properties.href)))!.properties.dateTime));
    expect(dates).toEqual([...dates].sort());
    for (const mark of marks) {
      const item = listed(String(mark.properties.href));
      expect(accessibleName(mark)).toBe(`Bron ${text(item, '.ref-id').slice(1, -1)}: ${text(item, '.ref-date')}`);
    }
  });

  it('should show the status history with its notes', () => {
    expect(text(report, '.history-list li')).toBe('1 maart 2024 ◔ In uitvoering Eerste beoordeling.');
    expect(text(report, '.updated')).toBe('Bijgewerkt op 1 maart 2024');
  });

  it('should list the body headings under "Op deze pagina"', () => {
    const toc = texts(report, '.toc li');
    expect(toc.slice(0, 2)).toEqual([
      'Integratie via werkplekken en trajecten',
      'Outreachend werken en verplichte inschrijving',
    ]);
    expect(toc.at(-1)).toBe('Bronnen');
  });
});

describe('the report pages of the fixture corpus', () => {
  const report = page(corpus, '/rapporten/1-2-werk-zoeken/');

  it('should link back from one reference to each of its two citations', () => {
    expect(attributes(report, 'li#bron-0 .backlinks a', 'href')).toEqual(['#citaat-0-1', '#citaat-0-2']);
  });

  it('should show breadcrumbs to the chapter, named from the site config', () => {
    expect(texts(report, '.breadcrumbs a')).toEqual(['Overzicht', 'Werk en activering']);
    expect(attributes(report, '.breadcrumbs a', 'href')).toEqual(['/', '/hoofdstukken/1/']);
  });

  it('should link to the previous and next section in natural order', () => {
    expect(attributes(report, '.prev-next a', 'href')).toEqual(['/rapporten/1-3-activering/']);
    expect(attributes(page(corpus, '/rapporten/1-3-activering/'), '.prev-next a', 'href')).toEqual([
      '/rapporten/1-2-werk-zoeken/',
      '/rapporten/1-10-werk-houden/',
    ]);
  });

  it('should link "bewerk deze pagina" to the file and "meld een fout" to a pre-filled new issue', () => {
    const [edit, issue] = attributes(report, '.page-actions a', 'href');
    expect(edit).toBe(
      'https://github.com/example/monitor/edit/main/tests/fixtures/sites/corpus/reports/1-2-werk-zoeken.md',
    );
    const url = new URL(issue!);
    expect(url.origin + url.pathname).toBe('https://github.com/example/monitor/issues/new');
    expect(url.searchParams.get('title')).toBe('Fout in 1.2 Werk zoeken');
    expect(url.searchParams.get('body')).toContain('https://monitor.example.org/rapporten/1-2-werk-zoeken/');
  });

  it('should show the history newest first, with Markdown notes rendered', () => {
    expect(texts(report, '.history-list time')).toEqual(['2 mei 2024', '10 januari 2023']);
    expect(text(report, '.history-list li:first-child .history-note em')).toBe('genomen');
  });

  it('should show theme labels from the site config, one theme however it is spelled', () => {
    expect(texts(report, '.report-themes a')).toEqual(['Activering', 'Werk']);
  });

  it('should not link a citation that sits in code', () => {
    const hostile = page(corpus, '/rapporten/2-1-vijandige-invoer/');
    expect(text(hostile, '.report-body code')).toBe('[0]');
    expect(selectAll('.report-body code a', hostile)).toHaveLength(0);
  });
});
