import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { LEAK_PROBE, leaks, openPage, settle, startGuest, stepOf, waitForQuiz, type Guest, type Leaks } from './guest-helpers';

// The widget's life on a page: loaded twice, several at once, added and removed by a
// single-page app, mounted and destroyed from code. Nothing is shared between quizzes and
// nothing is left behind: no listeners, timers, observers or globals but TreatmentQuiz.

let guest: Guest;
beforeAll(async () => {
  guest = await startGuest({
    '/__guest/config-slow.json': (_req, res) => void setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{"locale":"es"}'), 1500),
  });
});
afterAll(async () => {
  await guest?.close();
});

const checked = (root: Locator, id: string) => root.locator(`#${id}`).isChecked();

async function startAndPick(root: Locator, area: string): Promise<void> {
  await root.locator('.intro button.primary').click();
  await expect.poll(() => stepOf(root)).toBe('areas');
  await root.locator(`#tq-area-${area}`).check();
}

describe('the script included twice, three quizzes on one page', () => {
  it('defines everything once, renders each quiz once, in its own language, with its own answers', async () => {
    const gp = await openPage(guest, '/tests/e2e/pages/multi.html', { init: LEAK_PROBE });
    const { page, problems } = gp;
    try {
      const en = await waitForQuiz(page, '#quiz-en');
      const es = await waitForQuiz(page, '#quiz-es');
      const mx = await waitForQuiz(page, '#quiz-mx');
      // Both copies of the script have run by now (the second is deferred).
      await page.waitForFunction(() => document.readyState === 'complete');
      await settle(page);
      // Both copies really were loaded (and so executed: scripts run each time they load).
      expect(await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/dist/treatment-quiz.js')).length)).toBe(2);
      expect(await page.evaluate(() => [...document.querySelectorAll('#quiz-en, #quiz-es, #quiz-mx')].map((h) => h.shadowRoot?.querySelectorAll('.tq').length))).toEqual([1, 1, 1]);
      expect([await en.getAttribute('lang'), await es.getAttribute('lang'), await mx.getAttribute('lang')]).toEqual(['en', 'es', 'es']);
      expect((await leaks(page)).globals).toEqual(['TreatmentQuiz']);

      // Answering one quiz changes no other.
      await startAndPick(en, 'forehead');
      expect(await stepOf(es)).toBe('intro');
      expect(await stepOf(mx)).toBe('intro');
      await startAndPick(es, 'lips');
      expect([await checked(en, 'tq-area-forehead'), await checked(en, 'tq-area-lips')]).toEqual([true, false]);
      expect([await checked(es, 'tq-area-forehead'), await checked(es, 'tq-area-lips')]).toEqual([false, true]);
      expect(await stepOf(mx)).toBe('intro');

      // Each keeps its own progress over a reload.
      await page.reload();
      const en2 = await waitForQuiz(page, '#quiz-en');
      const es2 = await waitForQuiz(page, '#quiz-es');
      const mx2 = await waitForQuiz(page, '#quiz-mx');
      expect([await stepOf(en2), await stepOf(es2), await stepOf(mx2)]).toEqual(['areas', 'areas', 'intro']);
      expect([await checked(en2, 'tq-area-forehead'), await checked(en2, 'tq-area-lips')]).toEqual([true, false]);
      expect([await checked(es2, 'tq-area-forehead'), await checked(es2, 'tq-area-lips')]).toEqual([false, true]);
      expect(problems).toEqual([]);
    } finally {
      await gp.context.close();
    }
  });
});

/** The page's listener/timer/observer/global counts once the widget script has loaded. */
async function baseline(page: Page): Promise<Leaks> {
  await page.waitForFunction(() => 'TreatmentQuiz' in window);
  await page.waitForFunction(() => document.readyState === 'complete');
  await settle(page);
  return leaks(page);
}

describe('a single-page app that adds, removes and re-adds the quiz', () => {
  it('leaves no listeners, timers, observers or globals behind, and keeps progress across re-adds', async () => {
    const gp = await openPage(guest, '/tests/e2e/pages/spa.html', { init: LEAK_PROBE });
    const { page, problems } = gp;
    try {
      const before = await baseline(page);
      expect(before.globals).toEqual(['TreatmentQuiz']);

      for (const kind of ['element', 'data-attribute'] as const) {
        const add = () =>
          page.evaluate((k) => {
            const el = k === 'element' ? document.createElement('treatment-quiz') : document.createElement('div');
            if (k === 'element') el.setAttribute('locale', 'en');
            else {
              el.setAttribute('data-treatment-quiz', '');
              el.setAttribute('data-locale', 'en');
            }
            el.id = 'quiz';
            document.getElementById('frame')?.append(el);
          }, kind);
        const remove = () => page.evaluate(() => document.getElementById('quiz')?.remove());

        await add();
        const root = await waitForQuiz(page, '#quiz');
        await startAndPick(root, 'cheeks');
        await remove();
        await settle(page);
        expect(await leaks(page), `${kind} removed`).toEqual(before);

        // Navigating back: the same quiz, where the visitor left it.
        await add();
        const again = await waitForQuiz(page, '#quiz');
        expect(await stepOf(again)).toBe('areas');
        expect(await checked(again, 'tq-area-cheeks')).toBe(true);
        await completeQuizFromAreas(again);
        await remove();
        await settle(page);
        expect(await leaks(page), `${kind} removed again`).toEqual(before);
        await page.evaluate(() => sessionStorage.clear());
      }

      // Launcher mode, removed while its dialog is open: the page gets its scrolling back.
      await page.evaluate(() => {
        const el = document.createElement('treatment-quiz');
        el.id = 'quiz';
        el.setAttribute('locale', 'en');
        const inline = document.createElement('script');
        inline.type = 'application/json';
        inline.textContent = '{ "mode": "launcher" }';
        el.append(inline);
        document.getElementById('frame')?.append(el);
      });
      await page.locator('#quiz .launcher').click();
      await page.locator('#quiz dialog[open] .tq h2').waitFor({ state: 'visible' });
      expect(await page.evaluate(() => [document.adoptedStyleSheets.length, getComputedStyle(document.documentElement).overflow])).toEqual([1, 'hidden']);
      await page.evaluate(() => document.getElementById('quiz')?.remove());
      await settle(page);
      expect(await page.evaluate(() => [document.adoptedStyleSheets.length, getComputedStyle(document.documentElement).overflow])).toEqual([0, 'visible']);
      expect(await leaks(page), 'launcher removed while open').toEqual(before);

      // Removed while its config is still loading: the request is dropped, nothing renders later.
      await page.evaluate(() => {
        const el = document.createElement('treatment-quiz');
        el.id = 'quiz';
        el.setAttribute('config', '/__guest/config-slow.json');
        document.getElementById('frame')?.append(el);
      });
      await page.waitForTimeout(200);
      const detached = await page.evaluate(() => {
        const el = document.getElementById('quiz') as Element;
        el.remove();
        (window as unknown as { __detached: Element }).__detached = el;
        return true;
      });
      expect(detached).toBe(true);
      await page.waitForTimeout(2000);
      await settle(page);
      expect(await page.evaluate(() => (window as unknown as { __detached: Element }).__detached.shadowRoot?.querySelector('.tq') ?? null)).toBeNull();
      const after = await leaks(page);
      expect({ ...after, globals: after.globals.filter((g) => g !== '__detached') }).toEqual(before);
      expect(problems).toEqual([]);
    } finally {
      await gp.context.close();
    }
  });
});

async function completeQuizFromAreas(root: Locator): Promise<void> {
  await root.locator('button[type="submit"]').click();
  // Cheeks are decided without the "when" question (volume), so safety comes next.
  await expect.poll(() => stepOf(root)).toMatch(/appearance|safety/);
  if ((await stepOf(root)) === 'appearance') {
    for (const group of await root.locator('[role="radiogroup"]').all()) await group.locator('input').first().check();
    await root.locator('button[type="submit"]').click();
  }
  await expect.poll(() => stepOf(root)).toBe('safety');
  await root.locator('#tq-age-22-or-older').check();
  await root.locator('#tq-flag-none').check();
  await root.locator('button[type="submit"]').click();
  await expect.poll(() => stepOf(root)).toBe('result');
}

describe('TreatmentQuiz.mount() and destroy()', () => {
  it('cleans up completely, is safe to call twice, and 20 mount/destroy cycles leave nothing behind', async () => {
    const gp = await openPage(guest, '/tests/e2e/pages/spa.html', { init: LEAK_PROBE });
    const { page, problems } = gp;
    try {
      const before = await baseline(page);
      await page.evaluate(() => {
        const el = document.createElement('div');
        el.id = 'quiz';
        document.getElementById('frame')?.append(el);
        const w = window as unknown as { TreatmentQuiz: { mount: (el: Element, o?: unknown) => { destroy(): void } }; __handle: { destroy(): void } };
        w.__handle = w.TreatmentQuiz.mount(el, { locale: 'es' });
      });
      const root = await waitForQuiz(page, '#quiz');
      expect(await root.getAttribute('lang')).toBe('es');
      await startAndPick(root, 'forehead');
      const state = await page.evaluate(() => {
        const w = window as unknown as { __handle: { destroy(): void } };
        w.__handle.destroy();
        w.__handle.destroy();
        const host = document.getElementById('quiz') as Element;
        return { children: host.shadowRoot?.childNodes.length, sheets: host.shadowRoot?.adoptedStyleSheets.length };
      });
      expect(state).toEqual({ children: 0, sheets: 0 });
      await settle(page);
      expect(await leaks(page)).toEqual({ ...before, globals: [...before.globals, '__handle'].sort() });

      await page.evaluate(async () => {
        const w = window as unknown as { TreatmentQuiz: { mount: (el: Element, o?: unknown) => { destroy(): void } } };
        const el = document.getElementById('quiz') as Element;
        for (let i = 0; i < 20; i++) {
          const h = w.TreatmentQuiz.mount(el, { locale: i % 2 ? 'en' : 'es', config: { theme: { accent: '#7d3553' } } });
          await new Promise((r) => requestAnimationFrame(r));
          h.destroy();
        }
      });
      await settle(page);
      expect(await leaks(page)).toEqual({ ...before, globals: [...before.globals, '__handle'].sort() });
      expect(problems).toEqual([]);
    } finally {
      await gp.context.close();
    }
  });
});

describe('quiz progress', () => {
  it('survives a reload at every step, then completes', async () => {
    const gp = await openPage(guest, '/tests/e2e/pages/clean.html');
    const { page } = gp;
    try {
      let root = await waitForQuiz(page, '#quiz');
      await startAndPick(root, 'forehead');
      await root.locator('#tq-area-lips').check();
      await page.reload();
      root = await waitForQuiz(page, '#quiz');
      expect(await stepOf(root)).toBe('areas');
      expect([await checked(root, 'tq-area-forehead'), await checked(root, 'tq-area-lips')]).toEqual([true, true]);
      await root.locator('button[type="submit"]').click();
      await root.locator('#tq-forehead-at-rest').check();
      await page.reload();
      root = await waitForQuiz(page, '#quiz');
      expect(await stepOf(root)).toBe('appearance');
      expect(await checked(root, 'tq-forehead-at-rest')).toBe(true);
      await root.locator('button[type="submit"]').click();
      await root.locator('#tq-age-22-or-older').check();
      await root.locator('#tq-flag-blood-thinners').check();
      await page.reload();
      root = await waitForQuiz(page, '#quiz');
      expect(await stepOf(root)).toBe('safety');
      expect([await checked(root, 'tq-age-22-or-older'), await checked(root, 'tq-flag-blood-thinners')]).toEqual([true, true]);
      await root.locator('button[type="submit"]').click();
      await expect.poll(() => stepOf(root)).toBe('result');
      await page.reload();
      root = await waitForQuiz(page, '#quiz');
      expect(await stepOf(root)).toBe('result');
      // Progress lives in this tab's sessionStorage only, under the quiz's own key.
      const storage = await page.evaluate(() => ({ session: Object.keys(sessionStorage), local: Object.keys(localStorage), cookie: document.cookie }));
      expect(storage.session.length).toBe(1);
      expect(storage.session[0]).toMatch(/^treatment-quiz:/);
      expect(storage.local).toEqual([]);
      expect(storage.cookie).toBe('');
    } finally {
      await gp.context.close();
    }
  });
});
