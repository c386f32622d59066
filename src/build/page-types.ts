/** One page of each type on the shipped site, for screenshots and browser tests. */
export const pageTypes: Record<string, string> = {
  home: '/',
  report: '/rapporten/1-3-activering-stimuleren/',
  chapter: '/hoofdstukken/1/',
  themes: '/themas/',
  theme: '/themas/activering/',
  status: '/status/in-uitvoering/',
  decisions: '/beslissingen/',
  'decisions-year': '/beslissingen/2021/',
  search: '/zoeken/?q=VDAB',
  about: '/over/',
  'not-found': '/bestaat-niet/',
};
