import { describe, expect, inject, it } from 'vitest';
import { attributes, page, selectAll, text, texts } from '../helpers/site.ts';

const { corpus } = inject('sites');

describe('the home page', () => {
  const home = page(corpus, '/');

  it('should show each chapter as a row linking to its page, in natural order, and leave the sections to those pages', () => {
    expect(texts(home, '.chapter-progress > li > a')).toEqual(['1. Werk en activering', 'Hoofdstuk 2']);
    expect(selectAll('.report-list', home)).toEqual([]);
  });

  it('should count the reports by status, each count linking to its status page', () => {
    const legend = selectAll('.progress-legend li', home).map((li) => [
      text(li, '.badge'),
      text(li, '.progress-count'),
    ]);
    expect(legend).toEqual([
      ['● Uitgevoerd', '1'],
      ['◐ Gedeeltelijk uitgevoerd', '0'],
      ['◔ In uitvoering', '0'],
      ['○ Niet gestart', '1'],
      ['✕ Niet uitgevoerd', '0'],
      ['? Niet toetsbaar', '1'],
      ['– Nog niet beoordeeld', '1'],
    ]);
    expect(attributes(home, '.progress-legend a', 'href')[0]).toBe('/status/uitgevoerd/');
    expect(selectAll('.progress-bar rect', home).map((r) => r.properties.width)).toEqual(['25', '25', '25', '25']);
  });

  it('should list recently changed reports, newest first', () => {
    expect(texts(home, '.recent-list li')).toEqual([
      '2 mei 2024 1.2 Werk zoeken ● Uitgevoerd',
      '1 februari 2024 2.1 Vijandige invoer ? Niet toetsbaar',
    ]);
  });
});

describe('theme, status and chapter pages', () => {
  it('should list every theme with its number of sections', () => {
    expect(texts(page(corpus, '/themas/'), '.theme-index > li > a')).toEqual(['Activering', 'Veiligheid', 'Werk']);
  });

  it('should list the reports of a theme in natural order, with the theme description', () => {
    const theme = page(corpus, '/themas/activering/');
    expect(text(theme, 'h1')).toBe('Thema: Activering');
    expect(text(theme, '.lead')).toBe('Mensen aan het werk helpen.');
    expect(texts(theme, '.report-link')).toEqual(['1.2 Werk zoeken', '1.3 Activering', '1.10 Werk houden']);
  });

  it('should have a page for every status, also the empty ones', () => {
    expect(texts(page(corpus, '/status/niet-gestart/'), '.report-link')).toEqual(['1.10 Werk houden']);
    expect(text(page(corpus, '/status/gedeeltelijk/'), 'main p:not(.lead)')).toBe(
      'Er zijn (nog) geen secties met deze status.',
    );
  });

  it('should list the sections of a chapter', () => {
    const chapter = page(corpus, '/hoofdstukken/1/');
    expect(text(chapter, 'h1')).toBe('Hoofdstuk 1: Werk en activering');
    expect(texts(chapter, '.report-link')).toEqual(['1.2 Werk zoeken', '1.3 Activering', '1.10 Werk houden']);
  });
});

describe('the decisions index', () => {
  it('should list the years newest first with their number of decisions', () => {
    expect(texts(page(corpus, '/beslissingen/'), '.year-list li')).toEqual(['2022 (2)', '2021 (1)', '2020 (1)']);
  });

  it('should show a decision cited by two reports once, with both reports', () => {
    const year = page(corpus, '/beslissingen/2021/');
    const decisions = selectAll('.decision-list > li', year);
    expect(decisions).toHaveLength(1);
    expect(text(decisions[0]!, '.ref-date')).toBe('5 maart 2021');
    expect(text(decisions[0]!, '.ref-title')).toBe('Gedeeld besluit over werk');
    expect(attributes(decisions[0]!, '.cited-by a', 'href')).toEqual([
      '/rapporten/1-2-werk-zoeken/#bron-0',
      '/rapporten/1-10-werk-houden/#bron-0',
    ]);
  });

  it('should list a year newest first', () => {
    expect(texts(page(corpus, '/beslissingen/2022/'), '.decision-list .ref-date')).toEqual([
      '31 december 2022',
      '1 januari 2022',
    ]);
  });
});

describe('the about and 404 pages', () => {
  it('should render the about page from content/over.md, its headings under the h1', () => {
    const about = page(corpus, '/over/');
    expect(text(about, 'h1')).toBe('Over de testmonitor');
    expect(text(about, '.prose h2')).toBe('Waarom');
  });

  it('should have a 404 page that leads back to the overview', () => {
    const notFound = page(corpus, '/404.html');
    expect(text(notFound, 'h1')).toBe('Pagina niet gevonden');
    expect(attributes(notFound, 'main a', 'href')).toContain('/');
  });
});
