import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AREA_IDS, SAFETY_FLAGS } from '../../src/engine/types';
import { completeQuiz, openPage, startGuest, waitForQuiz, type Guest } from './guest-helpers';

// What the README promises a visitor, checked on the demo site as a customer embeds it: no
// cookies, no third-party requests, nothing sent anywhere by default, answers kept only in
// this tab's sessionStorage.

let guest: Guest;
beforeAll(async () => {
  guest = await startGuest();
});
afterAll(async () => {
  await guest?.close();
});

describe('on the demo site, with the owner opting in to nothing', () => {
  it('makes only same-origin GET requests, sets no cookies, and keeps answers in sessionStorage only', async () => {
    const gp = await openPage(guest, '/');
    const { page, context, requests } = gp;
    try {
      const root = await waitForQuiz(page, 'treatment-quiz');
      await completeQuiz(root);
      // Use the practice finder too: it looks up a ZIP and fetches practices.
      const zip = root.locator('input[name="zip"]');
      if (await zip.count()) {
        await zip.fill('87101');
        await zip.press('Enter');
        // The finder has looked the ZIP up and listed what it found (every request it needed is done).
        await root.locator('.tq-status').getByText(/87101/).waitFor();
      }

      // The finder did fetch (so the checks below cover its requests too).
      expect(requests.map((r) => new URL(r.url).pathname)).toContain('/demo/practices.json');

      const origin = new URL(guest.server.url).origin;
      const foreign = requests.filter((r) => !r.url.startsWith(origin) && !r.url.startsWith('data:'));
      expect(foreign).toEqual([]);
      expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
      // No answer travels in any address.
      const answerWords = [...AREA_IDS, ...SAFETY_FLAGS, 'with-expression', 'none'];
      for (const r of requests) {
        const query = new URL(r.url).search;
        for (const word of answerWords) expect(query, r.url).not.toContain(word);
      }

      expect(await context.cookies()).toEqual([]);
      const storage = await page.evaluate(() => ({
        cookie: document.cookie,
        local: Object.keys(localStorage),
        session: Object.keys(sessionStorage),
        dataLayer: 'dataLayer' in window,
      }));
      expect(storage.cookie).toBe('');
      expect(storage.local).toEqual([]);
      expect(storage.dataLayer).toBe(false);
      expect(storage.session.every((k) => k.startsWith('treatment-quiz:'))).toBe(true);
    } finally {
      await gp.context.close();
    }
  });
});

describe('on a page whose address carries the visitor\'s details and whose Referrer-Policy is unsafe-url', () => {
  it('shares the page without its query string, and links out send only the site\'s origin', async () => {
    const gp = await openPage(guest, '/tests/e2e/pages/referrer.html?email=ana%40example.com&gclid=EAIaIQ&session=s3cret#start');
    const { page, context } = gp;
    const referrers: Record<string, string | null> = {};
    await context.route(/^https:\/\/(spa\.example\.com|www\.facebook\.com)\//, async (route) => {
      referrers[new URL(route.request().url()).hostname] = await route.request().headerValue('referer');
      await route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>elsewhere</title>' });
    });
    try {
      const root = await waitForQuiz(page, '#quiz');
      await completeQuiz(root);
      const origin = new URL(guest.server.url).origin;
      // Share is one button: where the browser has no share sheet, it opens a small menu.
      if (await root.locator('details.tq-share').count()) await root.locator('.tq-share summary').click();
      const facebook = root.locator('.tq-share a', { hasText: 'Facebook' });
      expect(new URL((await facebook.getAttribute('href'))!).searchParams.get('u')).toBe(`${origin}/tests/e2e/pages/referrer.html?tq=compare`);

      for (const [link, host] of [
        [facebook, 'www.facebook.com'],
        [root.locator('.tq-practice a', { hasText: 'Website' }), 'spa.example.com'],
      ] as const) {
        const popup = context.waitForEvent('page');
        await link.click();
        await (await popup).close();
        await expect.poll(() => referrers[host]).toBe(`${origin}/`);
      }
    } finally {
      await gp.context.close();
    }
  });
});
