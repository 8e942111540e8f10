import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRICT_CSP } from '../../scripts/serve';
import { completeQuiz, openPage, startGuest, waitForQuiz, type Guest } from './guest-helpers';

// Under `default-src 'self'; script-src 'self'; style-src 'self'` the widget needs nothing the
// policy forbids: no inline style, no inline script, no eval, no other origin.

let guest: Guest;
beforeAll(async () => {
  guest = await startGuest();
});
afterAll(async () => {
  await guest?.close();
});

describe('a page with a strict Content-Security-Policy', () => {
  it('runs both embeds, styled and themed, through the whole quiz with zero violations', async () => {
    const gp = await openPage(guest, '/tests/e2e/pages/csp-strict.html');
    const { page, problems } = gp;
    try {
      const policy = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
      expect(policy).toBe(STRICT_CSP);

      const first = await waitForQuiz(page, '#quiz');
      const second = await waitForQuiz(page, '#quiz-2');
      // Styled from constructable stylesheets: the owner's accent (attribute wins over the
      // config file) and font reach the shadow tree, which inline <style> could not under this policy.
      expect(await first.locator('.intro button.primary').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(125, 53, 83)');
      expect(await second.locator('.intro button.primary').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(29, 79, 145)');
      expect(await second.evaluate((el) => getComputedStyle(el).fontFamily)).toContain('Georgia');
      expect(await first.evaluate((el) => getComputedStyle(el).paddingTop)).not.toBe('0px');
      // The config file (fetched under connect-src 'self') applied; the attribute locale won.
      expect(await first.getAttribute('lang')).toBe('en');

      await completeQuiz(first);
      await completeQuiz(second);
      // One violation of our own, last: reports arrive in order, so once it is in, any the
      // quiz caused are in too, and it must be the only one.
      await page.evaluate(() => document.head.append(Object.assign(document.createElement('style'), { textContent: 'body {}' })));
      const violations = () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
      await expect.poll(violations).not.toEqual([]);
      expect(await violations()).toEqual([expect.stringMatching(/^style-src(-elem)? inline/)]);
      // The browser logs ours as an error too; nothing else was logged.
      await expect.poll(() => problems).toEqual([expect.stringContaining('inline style')]);
    } finally {
      await gp.context.close();
    }
  });

  it('records violations when something does break the policy (the check can fail)', async () => {
    const gp = await openPage(guest, '/tests/e2e/pages/csp-strict.html');
    try {
      await waitForQuiz(gp.page, '#quiz');
      await gp.page.evaluate(() => {
        const s = document.createElement('style');
        s.textContent = 'body { color: red }';
        document.head.append(s);
      });
      await expect.poll(() => gp.page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.length)).toBeGreaterThan(0);
    } finally {
      await gp.context.close();
    }
  });
});
