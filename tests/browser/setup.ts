import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { chromePath, launchChromium } from '../../src/cli/browser.ts';
import { serveFolder } from '../../src/cli/static-server.ts';

export const chrome = chromePath();

/** Why browser tests are skipped here; on CI a missing browser is a failure instead. */
export const skipReason = `no Chromium at ${process.env.CHROME_PATH ?? '/usr/bin/chromium'} (apt-get install -y chromium, or set CHROME_PATH)`;
if (!chrome && process.env.CI === 'true') throw new Error(`browser tests cannot run on CI: ${skipReason}`);

/**
 * A browser and a local server for a built site, for the tests of one file.
 * Call at the top of a `describe.skipIf(!chrome)` block.
 */
export function useBrowser(site: () => string) {
  const state: { browser?: Browser; url?: string; close?: () => Promise<void> } = {};
  beforeAll(async () => {
    const server = await serveFolder(site());
    state.url = server.url;
    state.close = server.close;
    state.browser = await launchChromium(chrome!);
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.close?.();
  });
  return {
    /** A fresh page (own context) at the given width and colour scheme. */
    async open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
      const context = await state.browser!.newContext({ viewport: { width: 1280, height: 900 }, ...options });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(state.url + path);
      (page as Page & { errors: string[] }).errors = errors;
      return page;
    },
    url: (path: string) => state.url + path,
  };
}
