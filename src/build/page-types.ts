/** One page of each type on the shipped site, for screenshots and browser tests. */
export const pageTypes: Record<string, string> = {
  home: '/',
  report: '/rapporten/1-3-activering-stimuleren/',
  chapter: '/hoofdstukken/1/',
  chapters: '/hoofdstukken/',
  themes: '/themas/',
  theme: '/themas/activering/',
  status: '/status/in-uitvoering/',
  decisions: '/beslissingen/',
  'decisions-year': '/beslissingen/2021/',
  search: '/zoeken/?q=VDAB',
  about: '/over/',
  'not-found': '/bestaat-niet/',
};

/** The page types of a site with several agreements, on tests/fixtures/sites/three-agreements. */
export const severalPageTypes: Record<string, string> = {
  'several-home': '/',
  'agreement-overview': '/2019-2024/',
  'report-both-links': '/2019-2024/rapporten/1-3-activering-stimuleren/',
  'report-continues': '/2024-2029/rapporten/1-3-activering/',
  'status-scoped': '/status/in-uitvoering/',
  'decisions-several': '/beslissingen/2021/',
};
