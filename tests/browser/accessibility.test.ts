import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { pageTypes } from '../../src/build/page-types.ts';
import { chrome, skipReason, useBrowser } from './setup.ts';

describe.skipIf(!chrome)(`axe-core, WCAG 2.1 A and AA${chrome ? '' : ` (skipped: ${skipReason})`}`, () => {
  const browser = useBrowser(() => inject('sites').real);

  describe.each(['light', 'dark'] as const)('in the %s colour scheme', (colorScheme) => {
    it.each(Object.entries(pageTypes))('should find no violations on the %s page', async (name, url) => {
      const page = await browser.open(url, { colorScheme });
      if (name === 'search') await page.locator('.pagefind-ui__result-link').first().waitFor();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const violations = results.violations.map(
        (v) =>
          `${v.id}: ${v.help} (${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join('; ')})`,
      );
      expect(violations).toEqual([]);
      await page.context().close();
    });
  });
});
