import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/config/validate';
import { defaultRules } from '../../src/engine/default-rules';
import { axe, screenshot, watchProblems } from './harness';
import { browserAndServer } from './suite';
import { quiz } from './quiz-driver';

// The embed builder: the owner's choices update the live widget, the same validator as the
// widget reports problems beside the field, and the copied code is what the widget reads.

const suite = browserAndServer();
let context: BrowserContext;
let page: Page;
let problems: string[];

beforeEach(async () => {
  context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  problems = watchProblems(page);
  await page.goto(`${suite.server.url}/demo/builder.html`);
  await quiz(page, 'en', '#preview').stepHeading('intro').waitFor();
});
afterEach(async () => {
  await context?.close();
});

const hostVar = (name: string) => page.locator('#preview').evaluate((el, n) => getComputedStyle(el).getPropertyValue(n).trim(), name);

describe('the embed builder', () => {
  it('starts with a valid config, a snippet and a live preview', async () => {
    const json = JSON.parse(await page.getByLabel('Config JSON (to host as a file instead)').inputValue());
    expect(validateConfig(json).errors).toEqual([]);
    // Self-hosted by default: the script from the site kit's folder on the owner's own site.
    const snippet = await page.getByLabel('Snippet').inputValue();
    expect(snippet).toMatch(/^<script src="\/treatment-quiz\/treatment-quiz\.js" async><\/script>\n<treatment-quiz locale="en">/);
    expect(snippet).toContain('"name": "Flawless Med Spa"');
    expect(await page.getByText('No other company sees your visitors.').isVisible()).toBe(true);
    const kit = await page.getByRole('link', { name: 'site kit' }).getAttribute('href');
    expect(kit).toMatch(/^\/dist\/treatment-quiz-site-\d+\.\d+\.\d+\.zip$/);
    const download = await fetch(`${suite.server.url}${kit}`);
    expect([download.status, (await download.arrayBuffer()).byteLength > 100_000]).toEqual([200, true]);
    expect(await page.getByRole('button', { name: 'Copy snippet' }).isEnabled()).toBe(true);
    expect(await hostVar('--tq-accent')).toBe('#7d3553');
    expect(problems).toEqual([]);
  });

  it('updates the widget when the owner changes the accent colour', async () => {
    await page.getByLabel('Accent colour', { exact: true }).fill('#0b5394');
    await expect.poll(() => hostVar('--tq-accent')).toBe('#0b5394');
    expect(await hostVar('--tq-on-accent')).toBe('#ffffff');
    const start = quiz(page, 'en', '#preview').button('Start the quiz');
    expect(await start.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(11, 83, 148)');
    expect(await page.getByLabel('Config JSON (to host as a file instead)').inputValue()).toContain('"accent": "#0b5394"');
  });

  it('names a colour that fails contrast in the checks', async () => {
    await page.getByLabel('Accent colour', { exact: true }).fill('#ffdd00');
    await page.locator('#problems .warning', { hasText: 'theme.accent "#ffdd00" on background "#ffffff" has contrast 1.3:1; needs 4.5:1' }).waitFor();
  });

  it('shows an invalid practice website inline and keeps the last valid preview', async () => {
    const url = page.getByLabel('Website');
    await url.fill('stayflawless');
    const error = page.locator('#practice-url-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('https://');
    expect(await url.getAttribute('aria-invalid')).toBe('true');
    await page.locator('#problems .problem', { hasText: 'practices[0].url' }).waitFor();
    expect(await page.locator('#preview-note').textContent()).toContain('last valid settings');
    await url.fill('https://stayflawless.com');
    await error.waitFor({ state: 'hidden' });
    expect(await url.getAttribute('aria-invalid')).toBeNull();
  });

  it('offers the CDN snippet as the alternative, and says what it means', async () => {
    await page.getByLabel("Where the quiz's files load from").selectOption('cdn');
    expect(await page.getByLabel('Snippet').inputValue()).toMatch(/^<script src="https:\/\/cdn\.jsdelivr\.net\/npm\/treatment-quiz@\d+\.\d+\.\d+\/dist\/treatment-quiz\.js" async><\/script>\n<treatment-quiz locale="en">/);
    await page.getByText('Nothing to upload: the files come from cdn.jsdelivr.net').waitFor();
    expect(await page.getByText('No other company sees your visitors.').isVisible()).toBe(false);
    await page.getByLabel("Where the quiz's files load from").selectOption('self');
    expect(await page.getByLabel('Snippet').inputValue()).toMatch(/^<script src="\/treatment-quiz\/treatment-quiz\.js" async>/);
  });

  it('turns Copy off while there are problems, says why, and back on once they are fixed', async () => {
    const copySnippet = page.getByRole('button', { name: 'Copy snippet' });
    const copyConfig = page.getByRole('button', { name: 'Copy config JSON' });
    const reason = page.locator('#copy-blocked');
    await page.getByLabel('Website').fill('stayflawless');
    await reason.getByText('Copy is off until the problem under Checks is fixed').waitFor();
    expect([await copySnippet.isDisabled(), await copyConfig.isDisabled()]).toEqual([true, true]);
    expect(await copySnippet.getAttribute('aria-describedby')).toBe('copy-blocked');

    // Leads half filled in: the privacy page is missing, a second problem, named by its path.
    await page.getByLabel('Lead form: address your server receives leads at').fill('https://stayflawless.com/api/quiz-leads');
    await reason.getByText('Copy is off until the 2 problems under Checks are fixed').waitFor();
    await page.locator('#problems .problem', { hasText: 'leads.privacyUrl' }).waitFor();
    expect(await page.locator('#leads-privacy-error').textContent()).toContain('must not be empty');
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'owners-builder-blocked-1280');

    await page.getByLabel('Lead form: your privacy policy page').fill('https://stayflawless.com/privacy');
    await page.getByLabel('Website').fill('https://stayflawless.com');
    await reason.waitFor({ state: 'hidden' });
    expect([await copySnippet.isEnabled(), await copyConfig.isEnabled()]).toEqual([true, true]);
    expect(JSON.parse(await page.getByLabel('Config JSON (to host as a file instead)').inputValue()).leads).toEqual({
      endpoint: 'https://stayflawless.com/api/quiz-leads',
      privacyUrl: 'https://stayflawless.com/privacy',
    });
  });

  it('copies a snippet that works when pasted into a page', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.server.url });
    await page.getByLabel('Accent colour', { exact: true }).fill('#0b5394');
    await page.getByRole('radio', { name: 'Floating button that opens it' }).check();
    await page.getByRole('button', { name: 'Copy snippet' }).click();
    await page.getByText('Copied.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.getByLabel('Snippet').inputValue());

    // Paste it, as it is, into a blank page of a site with the kit's folder uploaded (the demo
    // server serves it at /treatment-quiz/), and use it.
    const pasted = copied;
    await page.route(`${suite.server.url}/pasted.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body>${pasted}</body></html>` }),
    );
    const errors = watchProblems(page);
    await page.goto(`${suite.server.url}/pasted.html`);
    await page.getByRole('button', { name: 'Botox or filler? Take the 1-minute quiz' }).click();
    await quiz(page, 'en').stepHeading('intro').waitFor();
    expect(await page.locator('treatment-quiz').evaluate((el) => getComputedStyle(el).getPropertyValue('--tq-accent').trim())).toBe('#0b5394');
    expect(errors).toEqual([]);
  });

  it('pastes a practice named "Spa <!--<script> Deluxe" without swallowing the page after the snippet', async () => {
    const name = 'Spa <!--<script> Deluxe';
    await page.getByLabel('Practice name').fill(name);
    await expect.poll(() => page.getByLabel('Snippet').inputValue()).toContain('Deluxe');
    const pasted = await page.getByLabel('Snippet').inputValue();
    await page.route(`${suite.server.url}/pasted-name.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body>${pasted}<p id="after">Call us to book: (505) 317-2563</p><footer id="footer">© Flawless</footer></body></html>`,
      }),
    );
    const errors = watchProblems(page);
    await page.goto(`${suite.server.url}/pasted-name.html`);
    const q = quiz(page, 'en', 'treatment-quiz', defaultRules);
    await q.stepHeading('intro').waitFor();
    // The page's own content after the snippet is still the page's, not script text.
    expect(await page.locator('body > *').evaluateAll((els) => els.map((e) => `${e.tagName.toLowerCase()} ${e.id}`.trim()))).toEqual(['script', 'treatment-quiz', 'p after', 'footer footer']);
    expect(await page.locator('#after').textContent()).toBe('Call us to book: (505) 317-2563');
    expect(await page.locator('#footer').textContent()).toBe('© Flawless');

    await q.complete({ areas: ['lips'] });
    await q.root.locator('.tq-practice-name', { hasText: name }).waitFor();
    expect(errors).toEqual([]);
  });

  it('is accessible and reflows at 320 px', async () => {
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'owners-builder-1280');
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await screenshot(page, 'owners-builder-320');
    await page.getByLabel('Website').fill('stayflawless');
    await page.locator('#copy-blocked').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await screenshot(page, 'owners-builder-blocked-320', page.locator('section[aria-labelledby="snippet-title"]'));
  });

  it('switches the preview to Spanish and the snippet to the div form', async () => {
    await page.getByLabel('Language').selectOption('es');
    await quiz(page, 'es', '#preview').stepHeading('intro').waitFor();
    await page.getByLabel('Format').selectOption('div');
    expect(await page.getByLabel('Snippet').inputValue()).toContain('<div data-treatment-quiz data-locale="es">');
  });
});
