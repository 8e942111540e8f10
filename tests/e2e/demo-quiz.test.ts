import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Answers, Locale } from '../../src/engine/types';
import { axe, watchProblems } from './harness';
import { browserAndServer } from './suite';
import { eventually, expected, fill, quiz } from './quiz-driver';

// The demo med-spa pages with the built dist/treatment-quiz.js, completed by roles and names.

const suite = browserAndServer();
let context: BrowserContext;
let page: Page;
let problems: string[];

beforeEach(async () => {
  // Reduced motion: no smooth scrolling or step transitions for Playwright to wait out (the
  // keyboard test keeps full motion).
  context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  page = await context.newPage();
  problems = watchProblems(page);
});
afterEach(async () => {
  await context?.close();
});

const visit: Answers = { areas: ['forehead', 'cheeks'], appearance: { forehead: 'with-expression' }, safety: [] };

/** What a visitor must see for `answers`: every word comes from the engine's recommendation. */
async function expectResultFor(q: ReturnType<typeof quiz>, answers: Answers, locale: Locale) {
  const r = expected(answers, locale);
  expect(r.areas.length).toBe(answers.areas.length);
  await q.stepHeading('result').waitFor();
  // The overall answer: the recommended treatment's summary appears only for that treatment.
  await q.root.getByText(q.m.treatments[r.overall].summary, { exact: true }).waitFor();
  for (const other of Object.keys(q.m.treatments) as (keyof typeof q.m.treatments)[]) {
    if (other !== r.overall) expect(await q.root.getByText(q.m.treatments[other].summary, { exact: true }).count()).toBe(0);
  }
  // One line per group of areas ("Forehead lines · Crow's feet — Neuromodulator"), reasons in view.
  for (const a of r.areas) {
    const lines = await q.root.locator('.why-line').filter({ hasText: q.m.areas[a.area].label }).allTextContents();
    expect(lines.some((l) => l.endsWith(`— ${q.m.treatments[a.treatment].name}`)), lines.join(' | ')).toBe(true);
    for (const reason of a.reasons) await q.root.getByText(reason.text, { exact: true }).first().waitFor();
  }
  // The comparison is one tap away, in a disclosure named by its title.
  await q.root.getByText(q.m.comparison.title, { exact: true }).click();
  for (const row of Object.values(q.m.comparison.rows)) {
    await q.root.getByText(row.neuromodulator, { exact: true }).waitFor();
    expect(await q.root.getByText(row.filler, { exact: true }).count()).toBe(1);
  }
  await q.root.getByText(q.m.disclaimer, { exact: true }).waitFor();
  return r;
}

describe('the demo home page', () => {
  it('lets a screen-reader user complete the quiz and shows the engine’s recommendation', async () => {
    await page.goto(`${suite.server.url}/`);
    const q = quiz(page, 'en');
    await q.stepHeading('intro').waitFor();
    await q.complete(visit);
    const r = await expectResultFor(q, visit, 'en');
    expect(r.overall).not.toBe('consult-first');
    // The result is announced: a live region carries the "result is ready" sentence.
    const ready = fill(q.t.resultReady, { name: q.m.treatments[r.overall].name });
    await q.root.locator('[aria-live], [role="status"], [role="alert"]').filter({ hasText: ready }).first().waitFor({ state: 'attached' });
    expect(problems).toEqual([]);
  });

  it('explains a consult-first result with the caution for the safety answer given', async () => {
    const answers: Answers = { areas: ['lips'], safety: ['bleeding-disorder'] };
    await page.goto(`${suite.server.url}/`);
    const q = quiz(page, 'en');
    await q.complete(answers);
    const r = await expectResultFor(q, answers, 'en');
    expect(r.overall).toBe('consult-first');
    expect(r.cautions.length).toBeGreaterThan(0);
    for (const c of r.cautions) await q.root.getByText(c.text, { exact: true }).waitFor();
    expect(problems).toEqual([]);
  });

  it('lets a phone visitor tap the face map, in step with the checkboxes', async () => {
    const phone = await suite.browser.newContext({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });
    const tab = await phone.newPage();
    await tab.goto(`${suite.server.url}/`);
    const q = quiz(tab, 'en');
    await q.start();
    // The map is for eyes and fingers only (aria-hidden); its regions carry the area id, and
    // each has a tap target (two for a pair: the left one here).
    const region = (area: string) => q.root.locator(`svg [data-area="${area}"]`);
    const tap = (area: string) => region(area).locator('.hit').first().tap();
    await tap('forehead');
    await tap('cheeks');
    expect(await q.area('forehead').isChecked()).toBe(true);
    expect(await q.area('cheeks').isChecked()).toBe(true);
    await tap('cheeks');
    expect(await q.area('cheeks').isChecked()).toBe(false);
    await q.area('chin').check();
    expect(await region('chin').getAttribute('class')).toMatch(/\bon\b/);
    await phone.close();
  });

  it('brings each new step’s heading into view on a phone', async () => {
    const phone = await suite.browser.newContext({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });
    const tab = await phone.newPage();
    await tab.goto(`${suite.server.url}/`);
    const q = quiz(tab, 'en');
    // Polled: the widget may scroll on the frame after it renders the new step.
    const inView = (step: string) =>
      eventually(
        () => q.stepHeading(step).boundingBox(),
        (box) => box !== null && box.y >= 0 && box.y + box.height <= 640,
        `the "${step}" heading inside the 640 px viewport`,
      ).then(() => true);
    await q.start();
    expect(await inView('areas')).toBe(true);
    // The Next button sits below twelve areas, far under the heading.
    await q.chooseAreas(['jawline', 'forehead']);
    await q.stepHeading('appearance').waitFor();
    expect(await inView('appearance')).toBe(true);
    await q.appearance('forehead', 'not-sure').tap();
    await q.button(q.t.next).tap();
    await q.stepHeading('safety').waitFor();
    expect(await inView('safety')).toBe(true);
    await q.age('22-or-older').tap();
    await q.none().tap();
    await q.button(q.t.seeResult).tap();
    await q.stepHeading('result').waitFor();
    expect(await inView('result')).toBe(true);
    await phone.close();
  });

  it('goes back a step with the answers kept', async () => {
    await page.goto(`${suite.server.url}/`);
    const q = quiz(page, 'en');
    await q.start();
    await q.chooseAreas(visit.areas);
    await q.stepHeading('appearance').waitFor();
    await q.button(q.t.back).click();
    await q.stepHeading('areas').waitFor();
    for (const a of visit.areas) expect(await q.area(a).isChecked()).toBe(true);
    expect(await q.area('lips').isChecked()).toBe(false);
  });

  it('refuses to go on without an area and says why', async () => {
    await page.goto(`${suite.server.url}/`);
    const q = quiz(page, 'en');
    await q.start();
    await q.button(q.t.next).click();
    await q.root.getByText(q.t.areasError, { exact: true }).waitFor();
    await q.stepHeading('areas').waitFor();
  });
});

describe('the Spanish page', () => {
  it('completes the quiz in Spanish', async () => {
    const answers: Answers = { areas: ['crows-feet', 'lips'], appearance: { 'crows-feet': 'at-rest' }, safety: [] };
    await page.goto(`${suite.server.url}/demo/es.html`);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    const q = quiz(page, 'es');
    await q.stepHeading('intro').waitFor();
    await q.complete(answers);
    await expectResultFor(q, answers, 'es');
    // No English leaks into the result.
    const en = quiz(page, 'en');
    expect(await en.root.getByText(en.m.disclaimer).count()).toBe(0);
    expect(await en.heading(en.t.resultTitle).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('follows the page’s language when the element names none', async () => {
    // A Mexican-Spanish page ("es-MX") with a bare element: <html lang> picks the locale.
    const html = `<!doctype html><html lang="es-MX"><head><meta charset="utf-8"><title>Página</title>
      <script src="/dist/treatment-quiz.js" async></script></head>
      <body><main><h1>Clínica</h1><treatment-quiz></treatment-quiz></main></body></html>`;
    await page.route(`${suite.server.url}/lang-es-mx.html`, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
    await page.goto(`${suite.server.url}/lang-es-mx.html`);
    const q = quiz(page, 'es');
    await q.stepHeading('intro').waitFor();
    await q.button(q.t.start).waitFor();
    expect(problems).toEqual([]);
  });
});

describe('the site-builder page', () => {
  it('auto-mounts the quiz into a data-treatment-quiz div and completes it', async () => {
    await page.goto(`${suite.server.url}/demo/site-builder.html`);
    const q = quiz(page, 'en', '[data-treatment-quiz]');
    await q.stepHeading('intro').waitFor();
    expect(await axe(page)).toEqual([]);
    await q.complete(visit);
    await expectResultFor(q, visit, 'en');
    expect(await axe(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
