import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chrome, skipReason, useBrowser } from './setup.ts';

/** Presses Tab until `selector` has focus; how many presses it took, or -1. */
async function tabTo(page: Page, selector: string, limit = 60): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return presses;
  }
  return -1;
}

/** Whether the focused element shows a focus indicator (outline, or the site's shadow and background). */
function focusRing(page: Page) {
  return page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return {
      outline:
        style.outlineStyle !== 'none' &&
        parseFloat(style.outlineWidth) >= 2 &&
        style.outlineColor !== 'rgba(0, 0, 0, 0)',
      shadow: style.boxShadow !== 'none',
      background: style.backgroundColor,
    };
  });
}

describe.skipIf(!chrome)(`keyboard only${chrome ? '' : ` (skipped: ${skipReason})`}`, () => {
  const browser = useBrowser(() => inject('sites').real);

  it('should reach the search field, the agreement summary and the first citation with Tab, each with a visible focus ring', async () => {
    const page = await browser.open('/rapporten/1-3-activering-stimuleren/');
    expect(await tabTo(page, '#zoekveld')).toBeGreaterThan(0);
    const search = await focusRing(page);
    expect(search.outline || search.shadow).toBe(true);

    expect(await tabTo(page, 'details.agreement > summary')).toBeGreaterThan(0);
    const summary = await focusRing(page);
    expect(summary.shadow).toBe(true);
    expect(summary.background).toBe('rgb(255, 221, 0)');
    // Enter opens it, as a click would.
    await page.keyboard.press('Enter');
    expect(await page.locator('details.agreement').getAttribute('open')).not.toBeNull();

    expect(await tabTo(page, 'a.citation')).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.activeElement!.getAttribute('href'))).toBe('#bron-0');
    const citation = await focusRing(page);
    expect(citation.shadow).toBe(true);
    expect(citation.background).toBe('rgb(255, 221, 0)');
    // Focus shows the decision's title, as hovering does.
    expect(
      await page.locator('a.citation:focus .citation-tip').evaluate((tip) => tip.getBoundingClientRect().width),
    ).toBeGreaterThan(100);
  });

  it('should offer a skip link as the first stop', async () => {
    const page = await browser.open('/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
  });
});
