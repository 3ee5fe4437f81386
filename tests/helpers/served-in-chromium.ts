import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { AXE_SCRIPT, launchBrowser } from '../../src/checks/output/browser.ts';
import { serveFolder, type StaticServer } from '../../scripts/lib/static-server.ts';

/** A served folder and a Chromium page to open it in (servedInChromium). */
export interface ServedPage {
  readonly server: StaticServer;
  readonly browser: Browser;
  readonly page: Page;
}

/**
 * Serves a folder over HTTP and opens a page in Debian's Chromium for the tests of the calling
 * file or describe block: registers the hooks that start both before its tests and close them
 * after (register it after any beforeAll that builds the folder). `folder` may be a function,
 * for a folder known only once an earlier hook has run; `axe` also serves axe-core at
 * AXE_SCRIPT.path, as `npm run check` does.
 */
export function servedInChromium(
  folder: string | (() => string),
  options: { axe?: boolean; viewport?: { width: number; height: number }; timeout?: number } = {},
): ServedPage {
  let served: { server: StaticServer; browser: Browser; page: Page } | undefined;
  beforeAll(async () => {
    const server = await serveFolder(
      typeof folder === 'function' ? folder() : folder,
      options.axe ? { [AXE_SCRIPT.path]: AXE_SCRIPT.file } : {},
    );
    const browser = await launchBrowser();
    const page = await browser.newPage();
    if (options.viewport) await page.setViewportSize(options.viewport);
    served = { server, browser, page };
  }, options.timeout ?? 60_000);
  afterAll(async () => {
    await served?.browser.close();
    await served?.server.close();
  });
  const ready = () => {
    if (!served) throw new Error('servedInChromium: the page is opened in beforeAll; use it inside a test.');
    return served;
  };
  return {
    get server() {
      return ready().server;
    },
    get browser() {
      return ready().browser;
    },
    get page() {
      return ready().page;
    },
  };
}
