import { describe, expect, it } from 'vitest';
import { watchProblems } from './harness';
import { browserAndServer } from './suite';
import { quiz } from './quiz-driver';
import { partWords } from '../../src/content/locales';

// Sharing in a real browser: plain links (no third-party script ever loads), copy-link through
// the async clipboard, and the share events the host page can listen to.

const suite = browserAndServer();
const s = partWords.en.share;

describe('sharing the result', () => {
  it('shares the result type with a link that opens the comparison, copies it, and loads nothing from the networks', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 320, height: 700 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.server.url });
    const outside: string[] = [];
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
      outside.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>outside</title>' });
    });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${suite.server.url}/`);
    await page.evaluate(() => {
      const w = window as unknown as { shares: unknown[] };
      w.shares = [];
      document.addEventListener('treatment-quiz:share', (e) => w.shares.push((e as CustomEvent).detail));
    });
    const q = quiz(page, 'en');
    await q.complete({ areas: ['lips', 'chin'], safety: ['blood-thinners'] });

    // Headless Chromium on Linux has no share sheet: Share is one button opening a small menu.
    expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
    const x = q.root.getByRole('link', { name: /^X \(Twitter\)/ });
    expect(await x.isVisible()).toBe(false);
    await q.root.getByText(s.share, { exact: true }).click();
    const href = new URL((await x.getAttribute('href'))!);
    expect(href.origin).toBe('https://x.com');
    expect(href.searchParams.get('url')).toBe(`${suite.server.url}/?tq=compare`);
    expect(href.searchParams.get('text')).toContain(q.m.treatments.filler.name);
    expect(decodeURIComponent(href.href)).not.toMatch(/lips|chin|thinner/i);

    await q.root.getByRole('button', { name: s.copy, exact: true }).click();
    await q.root.getByText(s.copied).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${suite.server.url}/?tq=compare`);

    const [popup] = await Promise.all([page.waitForEvent('popup'), q.root.getByRole('link', { name: /^Facebook/ }).click()]);
    expect(popup.url()).toContain('facebook.com/sharer');
    expect(await page.evaluate(() => (window as unknown as { shares: unknown[] }).shares)).toEqual([{ network: 'copy' }, { network: 'facebook' }]);
    // Only the click reached a network: no share scripts, pixels or widgets loaded with the page.
    expect(outside.every((u) => u.startsWith('https://www.facebook.com/sharer/'))).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});
