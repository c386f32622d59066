/**
 * npm run screenshots -- [--site _site] [--out test-output/screenshots] [--pages several]
 * Takes a screenshot of each page type at phone and desktop width, in light
 * and dark mode, to look at the site as a reader would. `--pages several`:
 * the page types of a site with several agreements (built from
 * tests/fixtures/sites/three-agreements).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromePath, launchChromium } from '../src/cli/browser.ts';
import { pageTypes, severalPageTypes } from '../src/build/page-types.ts';
import { serveFolder } from '../src/cli/static-server.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: '_site' },
    out: { type: 'string', default: 'test-output/screenshots' },
    pages: { type: 'string', default: 'one' },
  },
});

const executablePath = chromePath();
if (!executablePath) {
  console.error('screenshots: no Chromium found; install it (apt-get install -y chromium) or set CHROME_PATH');
  process.exit(2);
}
mkdirSync(values.out, { recursive: true });
const server = await serveFolder(path.resolve(values.site));
const browser = await launchChromium(executablePath);
try {
  for (const [name, url] of Object.entries(values.pages === 'several' ? severalPageTypes : pageTypes)) {
    for (const width of [375, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
        await page.goto(server.url + url);
        const file = path.join(values.out, `${name}-${width}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        await page.close();
      }
    }
  }
  console.log(`screenshots written to ${values.out}/`);
} finally {
  await browser.close();
  await server.close();
}
