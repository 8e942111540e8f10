import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { completeQuiz, nextFrames, openPage, startGuest, waitForQuiz, type Guest } from './guest-helpers';

// XSS payloads in every string and URL of the config (owner wording, rule reasons, practice
// names and addresses, URLs, theme values): nothing executes. Each payload would set
// window.__xss; the page has no CSP, so only the widget's own handling stands in the way.

const CONFIG = JSON.parse(readFileSync(new URL('./pages/xss-config.json', import.meta.url), 'utf8')) as Record<string, unknown>;

let guest: Guest;
beforeAll(async () => {
  guest = await startGuest();
});
afterAll(async () => {
  await guest?.close();
});

/** Everything in the widgets' shadow roots that could run code or load something. */
async function activeContent(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walk = (root: ParentNode) => {
      for (const el of root.querySelectorAll('*')) {
        const tag = el.localName;
        if (['script', 'iframe', 'img', 'object', 'embed', 'style', 'link', 'animate', 'foreignobject', 'math'].includes(tag)) found.push(tag);
        // The result page's own disclosures (details, share menu) are the only details allowed.
        if (tag === 'details' && !el.matches('.more > details, details.tq-share')) found.push(tag);
        for (const a of el.attributes) {
          if (/^on/i.test(a.name) || /^\s*(javascript|data|vbscript):/i.test(a.value)) found.push(`${tag}[${a.name}=${a.value}]`);
        }
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    for (const host of document.querySelectorAll('treatment-quiz, [data-treatment-quiz]')) if (host.shadowRoot) walk(host.shadowRoot);
    return found;
  });
}

const xss = (page: Page) => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);

describe('XSS payloads in the config', () => {
  it('inline and fetched: shown as text, refused where they are URLs, and never executed', async () => {
    const gp = await openPage(guest, '/tests/e2e/pages/xss.html');
    const { page, problems } = gp;
    try {
      for (const host of ['#quiz', '#quiz-url']) {
        const root = await waitForQuiz(page, host);
        // The owner's wording is used, as text.
        expect(await root.locator('h2').first().textContent()).toContain('<script>window.__xss="script"</script>');
        await completeQuiz(root);
        // The owner rule's reason (payloads) is on the result, as text.
        expect(await root.locator('.result').textContent()).toContain('<img src=x onerror=');
        // Interact with whatever the result offers (links, buttons) without leaving the page.
        for (const link of await root.locator('a[href]').all()) {
          const href = (await link.getAttribute('href')) ?? '';
          expect(href).toMatch(/^(https?:|tel:|mailto:|#|\/|\?)/);
        }
      }
      // Nothing in the widgets that could run code or load something, so nothing can run later;
      // and nothing ran already.
      expect(await activeContent(page)).toEqual([]);
      await nextFrames(page);
      expect(await xss(page)).toBeUndefined();
      expect(problems.filter((p) => p.startsWith('dialog') || p.startsWith('pageerror'))).toEqual([]);
      // Each widget reports the refused parts once: the unsafe URLs and theme values by path.
      const reports = problems.filter((p) => p.includes('the quiz config has problems'));
      expect(reports).toHaveLength(2);
      for (const report of reports) {
        for (const path of ['practices[1].url', 'practices[2].url', 'practicesUrl', 'directoryUrl', 'utmCampaign', 'theme.accent', 'theme.font']) expect(report).toContain(`${path}:`);
      }
    } finally {
      await gp.context.close();
    }
  });

  it('given to TreatmentQuiz.mount() as an object: never executed', async () => {
    const gp = await openPage(guest, '/tests/e2e/pages/spa.html');
    const { page } = gp;
    try {
      await page.waitForFunction(() => 'TreatmentQuiz' in window);
      await page.evaluate((config) => {
        const el = document.createElement('div');
        el.id = 'quiz';
        document.getElementById('frame')?.append(el);
        const w = window as unknown as { TreatmentQuiz: { mount: (el: Element, o: unknown) => unknown } };
        w.TreatmentQuiz.mount(el, { config, locale: 'en', theme: { accent: 'red;}</style><script>window.__xss=1</script>' } });
      }, CONFIG);
      const root = await waitForQuiz(page, '#quiz');
      await completeQuiz(root);
      expect(await activeContent(page)).toEqual([]);
      await nextFrames(page);
      expect(await xss(page)).toBeUndefined();
    } finally {
      await gp.context.close();
    }
  });

  it('would be caught: a payload that does run sets the flag (the check can fail)', async () => {
    const gp = await openPage(guest, '/tests/e2e/pages/spa.html');
    try {
      await gp.page.evaluate(() => {
        const d = document.createElement('div');
        d.innerHTML = '<img src=x onerror="window.__xss=\'img\'">';
        document.body.append(d);
      });
      await expect.poll(() => xss(gp.page)).toBe('img');
    } finally {
      await gp.context.close();
    }
  });
});
