import { describe, expect, inject, it } from 'vitest';
import { chrome, skipReason, useBrowser } from './setup.ts';

// The shipped 1.3 report is long enough to scroll far past its table of contents.
describe.skipIf(!chrome)(`the report's "Op deze pagina"${chrome ? '' : ` (skipped: ${skipReason})`}`, () => {
  const browser = useBrowser(() => inject('sites').real);
  const url = '/rapporten/1-3-activering-stimuleren/';

  /** Where the contents box is in the window after scrolling to the sources. */
  async function afterScrolling(width: number) {
    const page = await browser.open(url, { viewport: { width, height: 800 } });
    await page.locator('#bronnen').scrollIntoViewIfNeeded();
    const box = await page.locator('.toc').boundingBox();
    const text = await page.locator('.report-body').boundingBox();
    await page.context().close();
    return { box: box!, text: text! };
  }

  it('should stay in view beside the text on a wide screen', async () => {
    const { box, text } = await afterScrolling(1280);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(800);
    expect(box.x).toBeGreaterThan(text.x + text.width);
  });

  it('should stay where it is, above the text, on a phone', async () => {
    const { box } = await afterScrolling(375);
    expect(box.y + box.height).toBeLessThan(0);
  });
});
