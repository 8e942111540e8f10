import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeQuiz, openPage, startGuest, stepOf, waitForQuiz, type Guest } from './guest-helpers';

// Hosts that misbehave: their own scripts throw, they override common globals, their config
// endpoint fails or stalls, or they break a platform API under the widget. The widget keeps
// working (or fails alone, visibly and reported), and the host page keeps working.

const json = (res: ServerResponse, body: string, status = 200) =>
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(body);

const ROUTES: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/__guest/config-500.json': (_req, res) => json(res, '{"error":"boom"}', 500),
  '/__guest/config-404.json': (_req, res) => json(res, 'not found', 404),
  '/__guest/config-abort.json': (req) => req.socket.destroy(),
  '/__guest/config-not-json.json': (_req, res) => json(res, '{ "locale": "es", '),
  '/__guest/config-slow.json': (_req, res) => void setTimeout(() => json(res, '{ "locale": "es" }'), 2500),
  // Answers long after the widget's own time limit (5 s).
  '/__guest/config-hang.json': (_req, res) => void setTimeout(() => json(res, '{ "locale": "es" }'), 9000),
};

let guest: Guest;
beforeAll(async () => {
  guest = await startGuest(ROUTES);
});
afterAll(async () => {
  await guest?.close();
});

const widgetProblems = (problems: readonly string[]) => problems.filter((p) => /treatment-quiz/i.test(p));

describe('a host page whose own scripts throw and that overrides common globals', () => {
  it('does not break the widget, and the widget does not break the host', async () => {
    const gp = await openPage(guest, '/tests/e2e/pages/globals.html');
    const { page, problems } = gp;
    try {
      const first = await waitForQuiz(page, '#quiz');
      const second = await waitForQuiz(page, '#quiz-fetch');
      await completeQuiz(first);
      await completeQuiz(second);

      const host = await page.evaluate(() => {
        const w = window as unknown as Record<string, unknown> & { $: { fn: { jquery: string } }; module: { exports: object } };
        return {
          quiz: typeof (w.TreatmentQuiz as { mount?: unknown } | undefined)?.mount,
          amd: w.__amdDefined,
          exports: Object.keys(w.module.exports),
          jquery: w.$.fn.jquery,
          arrayExtras: typeof ([] as unknown as { remove?: unknown }).remove,
          ready: w.__hostReady,
          hostErrors: w.__hostErrors,
        };
      });
      expect(host).toEqual({
        quiz: 'function',
        // The bundle is a plain IIFE: it neither registers with the page's AMD loader nor
        // writes into a CommonJS-looking `module.exports`.
        amd: [],
        exports: [],
        jquery: '1.12.4',
        arrayExtras: 'function',
        ready: true,
        hostErrors: expect.arrayContaining([expect.stringContaining('undefinedHostFunction'), 'rejection: host promise rejected']),
      });
      await page.locator('#host-counter').click();
      expect(await page.locator('#host-counter').textContent()).toBe('1');

      // The host's fetch is broken: the config-URL widget runs on defaults and says why, once.
      const accent = await second.locator('.tq-share .button').first().evaluate((b) => getComputedStyle(b).borderTopColor);
      expect(accent).toBe('rgb(29, 111, 95)');
      expect(widgetProblems(problems)).toEqual([expect.stringMatching(/config "\/tests\/e2e\/pages\/config-es\.json": could not be loaded \(fetch is broken by the host page\)/)]);
    } finally {
      await gp.context.close();
    }
  });
});

async function mountWithConfig(path: string) {
  const gp = await openPage(guest, '/tests/e2e/pages/spa.html');
  await gp.page.waitForFunction(() => 'TreatmentQuiz' in window);
  const started = Date.now();
  await gp.page.evaluate((url) => {
    const el = document.createElement('treatment-quiz');
    el.id = 'quiz';
    el.setAttribute('config', url);
    document.getElementById('frame')?.append(el);
  }, path);
  return { ...gp, started };
}

describe('a config URL that fails', () => {
  const cases: [string, RegExp][] = [
    ['/__guest/config-500.json', /could not be loaded \(HTTP 500\)/],
    ['/__guest/config-404.json', /could not be loaded \(HTTP 404\)/],
    ['/__guest/config-abort.json', /could not be loaded \(/],
    ['/__guest/config-not-json.json', /is not valid JSON/],
  ];
  for (const [path, why] of cases) {
    it(`${path.replace('/__guest/', '')}: shows the quiz on its defaults and says why in the console`, async () => {
      const gp = await mountWithConfig(path);
      try {
        const root = await waitForQuiz(gp.page, '#quiz');
        expect(await root.getAttribute('lang')).toBe('en');
        expect(await stepOf(root)).toBe('intro');
        await completeQuiz(root);
        const lines = widgetProblems(gp.problems);
        expect(lines).toHaveLength(1);
        expect(lines[0]).toContain(`config "${path}"`);
        expect(lines[0]).toMatch(why);
        expect(lines[0]).toMatch(/default/);
      } finally {
        await gp.context.close();
      }
    });
  }

  it('a slow config (2.5 s) keeps the space reserved, then shows the quiz with that config', async () => {
    const gp = await mountWithConfig('/__guest/config-slow.json');
    try {
      await gp.page.waitForTimeout(500);
      const box = await gp.page.locator('#quiz').boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(400);
      const root = await waitForQuiz(gp.page, '#quiz');
      expect(await root.getAttribute('lang')).toBe('es');
      expect(Date.now() - gp.started).toBeGreaterThan(2000);
      expect(gp.problems).toEqual([]);
      await completeQuiz(root);
    } finally {
      await gp.context.close();
    }
  });

  it('a config that never answers in time: the quiz starts on its defaults after the time limit and says so', async () => {
    const gp = await mountWithConfig('/__guest/config-hang.json');
    try {
      const root = await waitForQuiz(gp.page, '#quiz');
      const waited = Date.now() - gp.started;
      expect(waited).toBeGreaterThan(4000);
      // On defaults (English): it gave up before the late answer (Spanish) arrived at 9 s.
      expect(await root.getAttribute('lang')).toBe('en');
      expect(widgetProblems(gp.problems)).toEqual([expect.stringMatching(/config "\/__guest\/config-hang\.json": no answer after 5 s/)]);
      await completeQuiz(root);
    } finally {
      await gp.context.close();
    }
  });
});

describe('an error inside the widget', () => {
  it('is contained: the quiz shows its own error, fires treatment-quiz:error, logs it, and the host and other quizzes keep working', async () => {
    const gp = await openPage(guest, '/tests/e2e/pages/globals.html');
    const { page, problems } = gp;
    try {
      const broken = await waitForQuiz(page, '#quiz');
      const other = await waitForQuiz(page, '#quiz-fetch');
      await page.evaluate(() => {
        const w = window as unknown as { __quizErrors: unknown[]; __realFocus: typeof HTMLElement.prototype.focus };
        w.__quizErrors = [];
        document.addEventListener('treatment-quiz:error', (e) => w.__quizErrors.push({ target: (e.target as Element).id, detail: (e as CustomEvent).detail }));
        // The host breaks a platform API the quiz calls when it moves to a step (focus).
        w.__realFocus = HTMLElement.prototype.focus;
        HTMLElement.prototype.focus = function () {
          throw new Error('host broke focus()');
        };
      });
      await broken.locator('.intro button.primary').click();
      await expect.poll(() => broken.locator('[role="alert"] h2').count()).toBe(1);
      const events = await page.evaluate(() => (window as unknown as { __quizErrors: unknown[] }).__quizErrors);
      expect(events).toEqual([{ target: 'quiz', detail: { message: 'host broke focus()' } }]);
      expect(problems.filter((p) => p.includes('something went wrong inside the quiz'))).toHaveLength(1);
      expect(problems.filter((p) => p.startsWith('pageerror') && p.includes('focus'))).toEqual([]);

      // The host page still works, and so does the other quiz once focus is repaired.
      await page.locator('#host-counter').click();
      expect(await page.locator('#host-counter').textContent()).toBe('1');
      await page.evaluate(() => {
        HTMLElement.prototype.focus = (window as unknown as { __realFocus: typeof HTMLElement.prototype.focus }).__realFocus;
      });
      await completeQuiz(other);
    } finally {
      await gp.context.close();
    }
  });
});
