import { describe, expect, inject, it } from 'vitest';
import { chrome, skipReason, useBrowser } from './setup.ts';

describe.skipIf(!chrome)(`searching${chrome ? '' : ` (skipped: ${skipReason})`}`, () => {
  const real = useBrowser(() => inject('sites').real);
  const corpus = useBrowser(() => inject('sites').corpus);

  it.each(['VDAB', 'NEET'])('should find the 1.3 report for "%s" from the header field and open it', async (query) => {
    const page = await real.open('/');
    await page.getByRole('searchbox', { name: 'Zoek in de rapporten' }).fill(query);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/zoeken/');
    const result = page.locator('.pagefind-ui__result-link').first();
    await result.waitFor();
    // The section number and status are shown with the result.
    expect(await result.innerText()).toBe('1.3 Activering stimuleren (In uitvoering)');
    await result.click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/rapporten/1-3-activering-stimuleren/');
  });

  it('should link a sub-result to the heading inside the report', async () => {
    const page = await real.open('/zoeken/?q=NEET');
    const sub = page.locator('.pagefind-ui__result-nested .pagefind-ui__result-link').first();
    await sub.waitFor();
    expect(await sub.getAttribute('href')).toMatch(/^\/rapporten\/1-3-activering-stimuleren\/#[a-z0-9-]+$/);
  });

  it('should narrow the results by theme', async () => {
    const page = await corpus.open('/zoeken/?q=regering');
    // The first link of each result is the page; the others are headings in it.
    const titles = () =>
      page
        .locator('li.pagefind-ui__result')
        .evaluateAll((results) => results.map((li) => li.querySelector('.pagefind-ui__result-link')!.textContent));
    await page.locator('.pagefind-ui__result-link').first().waitFor();
    await expect.poll(async () => (await titles()).length).toBeGreaterThan(1);
    await page.locator('.pagefind-ui__filter-name', { hasText: 'thema' }).click();
    await page.getByLabel(/^Werk/).check();
    await expect.poll(titles).toEqual(['1.2 Werk zoeken (Uitgevoerd)']);
  });

  it('should leave a plain link to the search page when JavaScript is off', async () => {
    const page = await real.open('/', { javaScriptEnabled: false });
    const link = page.locator('.site-search a');
    expect(await link.getAttribute('href')).toBe('/zoeken/');
    expect(await page.locator('.site-search input').count()).toBe(0);
  });
});
