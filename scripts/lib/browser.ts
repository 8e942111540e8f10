import { chromium as playwright, type Browser } from 'playwright-core';

// Headless Chromium for the browser bench and the real-browser tests (tests/e2e/harness.ts
// re-exports it; scripts never import tests). Chromium comes from an npm package
// (@sparticuz/chromium), so a fresh clone needs nothing installed by hand; CHROMIUM_PATH
// overrides it (the test setup sets it once, see tests/e2e/global-setup.ts).

// Our own flags: @sparticuz's serverless defaults run single-process (breaks multiple
// contexts) and disable web security; the network flags stop calls home on a closed network.
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--font-render-hinting=none',
];

export async function executablePath(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const { default: chromium } = await import('@sparticuz/chromium');
  return chromium.executablePath();
}

export interface LaunchOptions {
  /** Classic scrollbars instead of headless mode's hidden ones (for "the page does not jump"). */
  readonly scrollbars?: boolean;
}

export async function launchBrowser({ scrollbars = false }: LaunchOptions = {}): Promise<Browser> {
  return playwright.launch({
    executablePath: await executablePath(),
    args: FLAGS,
    headless: true,
    ...(scrollbars ? { ignoreDefaultArgs: ['--hide-scrollbars'] } : {}),
  });
}
