import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pageTypes, severalPageTypes } from '../../src/build/page-types.ts';
import { projectRoot } from '../helpers/fixtures.ts';
import { chrome, skipReason, useBrowser } from './setup.ts';

const screenshots = path.join(projectRoot, 'test-output/screenshots');

const sites = [
  ['one agreement', 'real', pageTypes],
  ['several agreements', 'several', severalPageTypes],
] as const;

describe.skipIf(!chrome).each(sites)(
  `layout at phone and desktop width, on a site with %s${chrome ? '' : ` (skipped: ${skipReason})`}`,
  (_, site, types) => {
    const browser = useBrowser(() => inject('sites')[site]);
    mkdirSync(screenshots, { recursive: true });

    describe.each([375, 1280])('at %i px', (width) => {
      // One tab at this width, taken from page to page (the site keeps no state in the browser).
      let page: Page;
      beforeAll(async () => {
        page = await browser.open('/', { viewport: { width, height: 900 } });
      });
      afterAll(async () => {
        await page.context().close();
      });

      it.each(Object.entries(types))(
        'should not scroll sideways on the %s page, and save a screenshot',
        async (name, url) => {
          await page.goto(browser.url(url));
          if (name === 'search') await page.locator('.pagefind-ui__result-link').first().waitFor();
          const { scrollWidth, clientWidth } = await page.evaluate(() => ({
            scrollWidth: document.documentElement.scrollWidth,
            clientWidth: document.documentElement.clientWidth,
          }));
          expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
          await page.screenshot({ path: path.join(screenshots, `${name}-${width}.png`), fullPage: true });
        },
      );
    });
  },
);
