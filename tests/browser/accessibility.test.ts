import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { pageTypes, severalPageTypes } from '../../src/build/page-types.ts';
import { chrome, skipReason, useBrowser } from './setup.ts';

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join('; ')})`,
  );
}

// The shipped site (one agreement), and a site with several: its home, an agreement's overview, reports linked across terms.
const sites = [
  ['one agreement', 'real', pageTypes],
  ['several agreements', 'several', severalPageTypes],
] as const;

describe.skipIf(!chrome).each(sites)(
  `axe-core, WCAG 2.1 A and AA, on a site with %s${chrome ? '' : ` (skipped: ${skipReason})`}`,
  (_, site, types) => {
    const browser = useBrowser(() => inject('sites')[site]);

    // Each page is loaded once and checked in both colour schemes: the stylesheet
    // switches by prefers-color-scheme alone, without transitions, so switching
    // the scheme restyles the loaded page as loading it in that scheme would.
    it.each(Object.entries(types))(
      'should find no violations on the %s page, in the light and in the dark colour scheme',
      async (name, url) => {
        const page = await browser.open(url, { colorScheme: 'light' });
        if (name === 'search') await page.locator('.pagefind-ui__result-link').first().waitFor();
        expect(await violations(page), 'light').toEqual([]);
        await page.emulateMedia({ colorScheme: 'dark' });
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
        expect(await violations(page), 'dark').toEqual([]);
        await page.context().close();
      },
    );
  },
);
