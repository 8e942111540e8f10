import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axe, screenshot, watchCsp, watchProblems } from './harness';
import { browserAndServer } from './suite';
import { quiz } from './quiz-driver';

// The test server is on 127.0.0.1, a local page: config problems show above the quiz, for the
// owner. (A live host never shows them: that is the unit test of isDebugPage, since a test
// cannot serve from another host name.)

const suite = browserAndServer();
let close = async () => {};
afterEach(() => close());

async function open(path: string, width: number): Promise<{ page: Page; errors: string[]; csp: string[] }> {
  const context = await suite.browser.newContext({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
  close = () => context.close();
  const page = await context.newPage();
  const csp = await watchCsp(page);
  const errors = watchProblems(page);
  await page.goto(suite.server.url + path);
  await quiz(page, 'en').stepHeading('intro').waitFor();
  return { page, errors, csp };
}

const panel = (page: Page) => page.getByRole('region', { name: 'Quiz settings: problems to fix' });

describe('the config problems panel on a local page', () => {
  it('lists the console\'s lines above the quiz, as text, under a strict CSP, with no axe violation', async () => {
    const { page, errors, csp } = await open('/tests/e2e/pages/bad-config-csp.html', 1280);
    await panel(page).waitFor();
    await expect.poll(() => errors.length).toBe(1);
    const logged = errors[0]!.replace(/^console: /, '').split('\n  ').slice(1);
    expect(logged.length).toBeGreaterThanOrEqual(4);
    expect(await panel(page).getByRole('listitem').allTextContents()).toEqual(logged);
    expect(logged).toEqual(expect.arrayContaining([expect.stringMatching(/^leads\.privacyUrl: must not be empty/), expect.stringMatching(/^practices\[0\]\.url: /)]));

    const [box, quizBox] = await Promise.all([panel(page).boundingBox(), quiz(page, 'en').root.locator('.tq').boundingBox()]);
    expect(box!.y + box!.height).toBeLessThanOrEqual(quizBox!.y);
    // Styled (by its constructable sheet: the page's CSP allows no other way).
    expect(await panel(page).evaluate((el) => getComputedStyle(el).borderTopWidth)).toBe('2px');
    expect(csp).toEqual([]);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'owners-debug-1280');
  });

  it('reflows at 320 px', async () => {
    const { page } = await open('/tests/e2e/pages/bad-config-csp.html', 320);
    await panel(page).waitFor();
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(320);
    const box = await panel(page).boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'owners-debug-320');
  });

  it('does not show for the demo site\'s clean config', async () => {
    const { page, errors } = await open('/', 1280);
    await quiz(page, 'en').root.locator('.tq').waitFor();
    expect(await page.locator('treatment-quiz').evaluate((el) => el.shadowRoot!.querySelectorAll('.tq-debug').length)).toBe(0);
    expect(errors).toEqual([]);
  });
});
