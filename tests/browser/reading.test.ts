import { describe, expect, inject, it } from 'vitest';
import { chrome, skipReason, useBrowser } from './setup.ts';

describe.skipIf(!chrome)(`reading the 1.3 report in a browser${chrome ? '' : ` (skipped: ${skipReason})`}`, () => {
  const browser = useBrowser(() => inject('sites').real);

  it('should go from the home page to the report, its agreement text, a citation, its reference, back, and a theme', async () => {
    const page = await browser.open('/');
    await page.getByRole('link', { name: '1.3 Activering stimuleren' }).first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/rapporten/1-3-activering-stimuleren/');

    // The agreement text is folded away until the reader opens it.
    const agreement = page.locator('details.agreement');
    await expect.poll(() => agreement.locator('.agreement-text').isVisible()).toBe(false);
    await agreement.locator('summary').click();
    await expect.poll(() => agreement.locator('.agreement-text').isVisible()).toBe(true);
    expect(await agreement.locator('.agreement-text').innerText()).toContain('We streven naar meetbare impact.');

    // Citation [10] leads to reference 10, scrolled into view.
    await page.getByRole('link', { name: 'bron 10: beslissing van 10 juli 2020, titel onbekend' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#bron-10');
    const reference = page.locator('#bron-10');
    await expect
      .poll(() =>
        reference.evaluate((el) => {
          const box = el.getBoundingClientRect();
          return box.top > -1 && box.top < window.innerHeight && box.bottom > 0;
        }),
      )
      .toBe(true);
    expect(await reference.innerText()).toContain('titel onbekend');

    // The back-link returns to the citation.
    await reference.locator('.backlinks a').first().click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#citaat-10-1');
    await expect.poll(() => page.locator('#citaat-10-1').isVisible()).toBe(true);

    // A theme link opens the theme page, which lists the report.
    await page.locator('.report-themes').getByRole('link', { name: 'Integratie' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/themas/integratie/');
    expect(await page.locator('.report-link').allInnerTexts()).toEqual(['1.3 Activering stimuleren']);
    expect((page as typeof page & { errors: string[] }).errors).toEqual([]);
  });

  it('should show the decision title when a citation is hovered', async () => {
    const page = await browser.open('/rapporten/1-3-activering-stimuleren/');
    const citation = page.locator('a.citation[href="#bron-0"]').first();
    const tip = citation.locator('.citation-tip');
    expect(await tip.boundingBox().then((box) => box!.width)).toBeLessThanOrEqual(1);
    await citation.hover();
    await expect.poll(() => tip.boundingBox().then((box) => box!.width)).toBeGreaterThan(100);
    expect(await tip.innerText()).toContain('Wijziging uitvoeringsbesluiten decreet over sociale werkplaatsen');
  });

  it('should give every citation a touch target of at least 24 by 24 pixels', async () => {
    const page = await browser.open('/rapporten/1-3-activering-stimuleren/', { viewport: { width: 375, height: 800 } });
    const sizes = await page.locator('a.citation').evaluateAll((links) =>
      links.map((link) => {
        const box = link.getBoundingClientRect();
        return [Math.round(box.width), Math.round(box.height)];
      }),
    );
    expect(sizes.length).toBeGreaterThan(30);
    expect(sizes.filter(([w, h]) => w! < 24 || h! < 24)).toEqual([]);
  });
});
