import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchProblems } from './harness';
import { browserAndServer } from './suite';
import { quiz } from './quiz-driver';
import { partWords } from '../../src/content/locales';

// The README's copy-paste instructions, tried in pages that insert the code the way each site
// builder does (demo/stacks/). Each must show a working quiz a visitor can start.

const suite = browserAndServer();
let context: BrowserContext;
let page: Page;
let problems: string[];

beforeEach(async () => {
  context = await suite.browser.newContext({ viewport: { width: 390, height: 844 } });
  page = await context.newPage();
  problems = watchProblems(page);
});
afterEach(async () => {
  await context?.close();
});

describe('site-builder stacks', () => {
  it('WordPress: a Custom HTML block with the element and inline config', async () => {
    await page.goto(`${suite.server.url}/demo/stacks/wordpress.html`);
    const q = quiz(page, 'en', '.wp-block-post-content treatment-quiz');
    await q.start();
    expect(problems).toEqual([]);
  });

  it('Squarespace: a Code block, in Spanish', async () => {
    await page.goto(`${suite.server.url}/demo/stacks/squarespace.html`);
    const q = quiz(page, 'es', '.sqs-block-code treatment-quiz');
    await q.start();
    expect(problems).toEqual([]);
  });

  it('Webflow: an Embed element with the div form and a data attribute theme', async () => {
    await page.goto(`${suite.server.url}/demo/stacks/webflow.html`);
    const q = quiz(page, 'en', '.w-embed [data-treatment-quiz]');
    await q.start();
    const accent = await page.locator('[data-treatment-quiz]').evaluate((el) => getComputedStyle(el).getPropertyValue('--tq-accent').trim());
    expect(accent).toBe('#3b3b98');
    expect(problems).toEqual([]);
  });

  it('Wix: Embed HTML, where the code runs inside an iframe', async () => {
    await page.goto(`${suite.server.url}/demo/stacks/wix.html`);
    const frame = page.frameLocator('iframe.wix-embed');
    const q = quiz(frame as unknown as Page, 'en');
    await q.start();
    expect(problems).toEqual([]);
  });

  it('Google Tag Manager: a Custom HTML tag injected after load, as a launcher above the chat bubble', async () => {
    await page.goto(`${suite.server.url}/demo/stacks/gtm.html`);
    const open = page.getByRole('button', { name: partWords.en.launcher.open });
    await open.waitFor();
    const button = (await open.boundingBox())!;
    const chat = (await page.locator('.fixed-chat').boundingBox())!;
    expect(button.y + button.height).toBeLessThanOrEqual(chat.y); // moved clear of the host's fixed UI
    await open.click();
    await quiz(page, 'en').stepHeading('intro').waitFor();
    const pushed = await page.evaluate(() => (window as { dataLayer?: { event: string }[] }).dataLayer?.map((e) => e.event));
    expect(pushed).toContain('treatment_quiz_open');
    expect(problems).toEqual([]);
  });
});
