import { describe, expect, inject, it } from 'vitest';
import { chrome, skipReason, useBrowser } from './setup.ts';

// tests/fixtures/sites/three-agreements: 2019-2024 was published at the site's root before.
describe.skipIf(!chrome)(`a site with several agreements${chrome ? '' : ` (skipped: ${skipReason})`}`, () => {
  const browser = useBrowser(() => inject('sites').several);
  const moved = '/2019-2024/rapporten/1-3-activering-stimuleren/';

  it('should take a reader from an old address to the new one, to the same source', async () => {
    const page = await browser.open('/rapporten/1-3-activering-stimuleren/#bron-3');
    await expect.poll(() => new URL(page.url()).pathname).toBe(moved);
    expect(new URL(page.url()).hash).toBe('#bron-3');
    await page.context().close();
  });

  it('should take a reader without JavaScript there too', async () => {
    const page = await browser.open('/rapporten/1-3-activering-stimuleren/', { javaScriptEnabled: false });
    await expect.poll(() => new URL(page.url()).pathname).toBe(moved);
    await page.context().close();
  });

  it('should narrow search results to one agreement', async () => {
    const page = await browser.open('/zoeken/?q=activering');
    const titles = () =>
      page
        .locator('li.pagefind-ui__result')
        .evaluateAll((results) => results.map((li) => li.querySelector('.pagefind-ui__result-link')!.textContent));
    await page.locator('.pagefind-ui__result-link').first().waitFor();
    await expect.poll(async () => (await titles()).length).toBe(3);
    await page.locator('.pagefind-ui__filter-name', { hasText: 'akkoord' }).click();
    await page.getByLabel(/^Vlaams Regeerakkoord 2014-2019/).check();
    await expect.poll(titles).toEqual(['1.3 Activering (Gedeeltelijk uitgevoerd)']);
    await page.context().close();
  });

  it('should follow a promise from one term to the next by its links', async () => {
    const page = await browser.open(moved);
    await page.getByRole('link', { name: /^Vlaams Regeerakkoord 2024-2029, sectie 1\.3/ }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/2024-2029/rapporten/1-3-activering/');
    await page.getByRole('link', { name: /^Vlaams Regeerakkoord 2019-2024, sectie 1\.3/ }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(moved);
    await page.context().close();
  });
});
