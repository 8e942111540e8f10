import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/engine/types';
import { watchProblems } from './harness';
import { browserAndServer } from './suite';
import { expected, quiz } from './quiz-driver';

// What a visit leaves behind and tells the host page: progress in sessionStorage (this tab
// only) and the start/step/complete/restart events, which never carry the health answers.

const suite = browserAndServer();
let context: BrowserContext;
let page: Page;
let problems: string[];

beforeEach(async () => {
  context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  page = await context.newPage();
  problems = watchProblems(page);
});
afterEach(async () => {
  await context?.close();
});

const visit: Answers = { areas: ['forehead', 'cheeks'], appearance: { forehead: 'with-expression' }, safety: [] };

describe('a visit on the demo home page', () => {
  it('keeps progress across a reload in the middle of the quiz', async () => {
    await page.goto(`${suite.server.url}/`);
    const q = quiz(page, 'en');
    await q.start();
    await q.chooseAreas(visit.areas);
    await q.appearance('forehead', 'at-rest').check();
    await q.button(q.t.next).click();
    await q.stepHeading('safety').waitFor();

    // Only sessionStorage holds it: no cookie, nothing in localStorage.
    expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length > 0])).toEqual(['', 0, true]);
    await page.reload();
    await q.stepHeading('safety').waitFor();
    await q.button(q.t.back).click();
    await q.stepHeading('appearance').waitFor();
    expect(await q.appearance('forehead', 'at-rest').isChecked()).toBe(true);
    await q.button(q.t.back).click();
    for (const a of visit.areas) expect(await q.area(a).isChecked()).toBe(true);

    // A new tab (new session) starts fresh: progress lives in sessionStorage only.
    const other = await context.browser()!.newContext();
    const fresh = await other.newPage();
    await fresh.goto(`${suite.server.url}/`);
    await quiz(fresh, 'en').stepHeading('intro').waitFor();
    await other.close();
    expect(problems).toEqual([]);
  });

  it('fires start, step and complete events on the element, without the safety answers', async () => {
    const events: { name: string; detail: unknown; target: string; bubbles: boolean; composed: boolean }[] = [];
    await page.exposeFunction('__tqRecordEvent', (e: (typeof events)[number]) => void events.push(e));
    await page.addInitScript(() => {
      for (const name of ['start', 'step', 'complete', 'restart']) {
        document.addEventListener(`treatment-quiz:${name}`, (e) => {
          const ev = e as CustomEvent;
          (window as unknown as { __tqRecordEvent: (x: unknown) => void }).__tqRecordEvent({
            name,
            detail: JSON.parse(JSON.stringify(ev.detail ?? null)),
            target: (ev.target as Element).tagName.toLowerCase(),
            bubbles: ev.bubbles,
            composed: ev.composed,
          });
        });
      }
    });
    const answers: Answers = { areas: ['forehead', 'cheeks'], appearance: { forehead: 'with-expression' }, safety: ['blood-thinners'] };
    await page.goto(`${suite.server.url}/`);
    const q = quiz(page, 'en');
    await q.complete(answers);
    await q.button(q.t.restart).click();
    await q.stepHeading('areas').waitFor();
    await expect.poll(() => events.map((e) => e.name)).toEqual(['start', 'step', 'step', 'step', 'complete', 'step', 'restart', 'step']);

    for (const e of events) expect(e).toMatchObject({ target: 'treatment-quiz', bubbles: true, composed: true });
    expect(events.filter((e) => e.name === 'step').map((e) => e.detail)).toEqual([
      { step: 'areas' },
      { step: 'appearance' },
      { step: 'safety' },
      { step: 'result' },
      { step: 'areas' },
    ]);
    const r = expected(answers);
    const complete = events.find((e) => e.name === 'complete')!;
    expect(complete.detail).toEqual({ overall: r.overall, areas: r.areas.map((a) => ({ area: a.area, treatment: a.treatment })) });
    const text = JSON.stringify(complete.detail);
    expect(text).not.toMatch(/blood|safety|flag|caution/i);
  });
});
