import { readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { completeQuiz, heldRoute, nextFrames, openPage, startGuest, stepOf, waitForQuiz, type Guest } from './guest-helpers';
import { readManifest } from '../../scripts/lib/manifest';

// Hosts that misbehave: their own scripts throw, they override common globals, their config
// endpoint fails or stalls, or they break a platform API under the widget. The widget keeps
// working (or fails alone, visibly and reported), and the host page keeps working.

const json = (res: ServerResponse, body: string, status = 200) =>
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(body);

// Answered when the test says so; the hung one never is (the widget's own time limit is 5 s).
const slowConfig = heldRoute('{ "locale": "es" }');
const hungConfig = heldRoute('{ "locale": "es" }');

const ROUTES: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/__guest/config-500.json': (_req, res) => json(res, '{"error":"boom"}', 500),
  '/__guest/config-404.json': (_req, res) => json(res, 'not found', 404),
  '/__guest/config-abort.json': (req) => req.socket.destroy(),
  '/__guest/config-not-json.json': (_req, res) => json(res, '{ "locale": "es", '),
  '/__guest/config-slow.json': slowConfig.route,
  '/__guest/config-hang.json': hungConfig.route,
};

/**
 * Another version of the widget at /__guest/next/: the built files with the version changed, as
 * a plugin bundling a newer release would serve them.
 */
function nextVersionRoutes(): Record<string, (req: IncomingMessage, res: ServerResponse) => void> {
  const js = (body: string | Buffer) => (_req: IncomingMessage, res: ServerResponse) =>
    void res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = { '/__guest/next/treatment-quiz.js': js(readFileSync('dist/treatment-quiz.js')) };
  for (const file of readdirSync('dist/widget').filter((f) => f.endsWith('.js'))) {
    let body = readFileSync(`dist/widget/${file}`, 'utf8');
    if (file === 'quiz.js') {
      const next = body.replaceAll(`\`${version}\``, `\`${NEXT_VERSION}\``);
      if (next === body) throw new Error('the version string was not found in dist/widget/quiz.js');
      body = next;
    }
    routes[`/__guest/next/widget/${file}`] = js(body);
  }
  return routes;
}
const NEXT_VERSION = '99.0.0';

let guest: Guest;
beforeAll(async () => {
  guest = await startGuest({ ...ROUTES, ...nextVersionRoutes() });
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

describe('a host page that polluted Object.prototype before the script loaded', () => {
  it('takes no setting from the page: no lead form, no analytics, no page theme, and the owner\'s config still applies', async () => {
    const gp = await openPage(guest, '/tests/e2e/pages/polluted.html');
    const { page, problems, requests } = gp;
    try {
      const owner = await waitForQuiz(page, '#quiz');
      const plain = await waitForQuiz(page, '#quiz-div');
      // The owner's accent (#7d3553), not the page's #ff0000; the other quiz keeps the default.
      const accent = (root: typeof owner) => root.locator('.intro button.primary').evaluate((b) => getComputedStyle(b).backgroundColor);
      expect(await accent(owner)).toBe('rgb(125, 53, 83)');
      expect(await accent(plain)).toBe('rgb(29, 111, 95)');
      expect(await plain.getAttribute('lang')).toBe('es');

      await completeQuiz(owner);
      // The share part is requested in the same render as a lead form would be: once it shows,
      // a lead form (or analytics) would have asked for its file.
      await owner.locator('.tq-share').waitFor();
      const parts = readManifest().parts;
      const optIn = ['lead-form', 'lead-delivery', 'analytics'].map((name) => parts[name]!.files[0]!);
      const files = requests.map((r) => r.url).filter((u) => optIn.some((f) => u.endsWith(`/widget/${f}`)));
      expect(files).toEqual([]);
      expect(await owner.locator('.lead').count()).toBe(0);
      expect(await page.evaluate(() => 'dataLayer' in window)).toBe(false);
      expect(requests.filter((r) => r.url.includes('/__guest/evil'))).toEqual([]);
      expect(widgetProblems(problems)).toEqual([]);
      // The page's own helper is still there for the page.
      expect(await page.evaluate(() => (({}) as { myHelper: () => string }).myHelper())).toBe('host helper');
    } finally {
      await gp.context.close();
    }
  });
});

describe('a host page that gets in the way of the element', () => {
  it('a sealed element registry and a broken Promise.all: the data- div still mounts with its settings, and one warning says why', async () => {
    const gp = await openPage(guest, '/tests/e2e/pages/registry-broken.html');
    try {
      const root = await waitForQuiz(gp.page, '#quiz-div');
      expect(await root.getAttribute('lang')).toBe('es');
      // The owner's inline settings were checked (the validator loads without Promise.all).
      expect(await root.locator('.intro button.primary').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(125, 53, 83)');
      await completeQuiz(root);
      expect(widgetProblems(gp.problems)).toEqual([]);
      expect(gp.warnings).toEqual([
        'treatment-quiz: <treatment-quiz> does not work here (this page does not allow new elements); use <div data-treatment-quiz>',
      ]);
    } finally {
      await gp.context.close();
    }
  });

  it('a tag name another script has taken: the data- div still mounts, the page keeps its element, and one warning says why', async () => {
    const gp = await openPage(guest, '/tests/e2e/pages/registry-taken.html');
    try {
      const root = await waitForQuiz(gp.page, '#quiz-div');
      await completeQuiz(root);
      expect(await gp.page.locator('#theirs').textContent()).toBe('the page\u2019s own element');
      expect(await gp.page.locator('#theirs').evaluate((el) => el.shadowRoot)).toBeNull();
      expect(widgetProblems(gp.problems)).toEqual([]);
      await expect.poll(() => gp.warnings).toEqual([
        'treatment-quiz: <treatment-quiz> does not work here (another script defined it); use <div data-treatment-quiz>',
      ]);
    } finally {
      await gp.context.close();
    }
  });

  it('two versions on one page: the first one loaded runs every quiz, the later one warns once naming both', async () => {
    const gp = await openPage(guest, '/tests/e2e/pages/two-versions.html');
    const { page } = gp;
    try {
      const element = await waitForQuiz(page, '#quiz');
      const div = await waitForQuiz(page, '#quiz-div');
      // The later copy's last act is the warning: once it is there, that copy has run.
      await expect.poll(() => gp.warnings.filter((w) => w.includes(NEXT_VERSION)), { timeout: 10_000 }).toHaveLength(1);
      expect(gp.warnings).toEqual([
        `treatment-quiz ${NEXT_VERSION}: version ${version} already runs here, so this copy does nothing`,
      ]);
      expect(gp.requests.some((r) => r.url.endsWith('/__guest/next/widget/quiz.js'))).toBe(true);
      expect(await page.evaluate(() => window.TreatmentQuiz?.version)).toBe(version);
      for (const host of ['#quiz', '#quiz-div']) expect(await page.locator(host).evaluate((el) => el.shadowRoot!.querySelectorAll('.tq').length)).toBe(1);
      await completeQuiz(element);
      await completeQuiz(div);
      expect(widgetProblems(gp.problems)).toEqual([]);
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

  it('a slow config keeps the space reserved, then shows the quiz with that config', async () => {
    const gp = await mountWithConfig('/__guest/config-slow.json');
    try {
      // The quiz has asked for its config and the page has laid out: space kept, no quiz yet.
      // The reservation is the intro's height (359 px at full width).
      await slowConfig.requested;
      await nextFrames(gp.page);
      const box = await gp.page.locator('#quiz').boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(359);
      expect(await gp.page.locator('#quiz .tq h2').count()).toBe(0);
      slowConfig.answer();
      const root = await waitForQuiz(gp.page, '#quiz');
      expect(await root.getAttribute('lang')).toBe('es');
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
      // On defaults (English): the config (Spanish) never came.
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
