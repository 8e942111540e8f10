import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/engine/types';
import { screenshot, watchProblems } from './harness';
import { browserAndServer } from './suite';
import { eventually, expected, focused, quiz, tabTo, type Focused } from './quiz-driver';

// A keyboard-only visitor: Tab, Shift+Tab, Space, Enter and arrow keys, never the mouse.
// After every move forward, focus must be on the new step's heading (WCAG 2.4.3). Full motion
// here (transitions and smooth scrolling on), unlike the other files.

const suite = browserAndServer();

const is = (name: string, extra: (f: Focused) => boolean = () => true) => (f: Focused) => f.name.startsWith(name) && extra(f);

async function expectFocusOnHeading(page: Page, name: string) {
  const f = await eventually(() => focused(page), (f) => f?.name === name, `focus on the "${name}" heading`);
  expect(f?.tag).toMatch(/^h[1-6]$/);
}

describe('keyboard-only use', () => {
  it('reaches the result with Tab, Space, Enter and arrow keys, focus on each new heading', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${suite.server.url}/`);
    const q = quiz(page, 'en');
    const { t, m } = q;
    await q.stepHeading('intro').waitFor();

    // From the top of the page, through the site's own links, to the quiz's start button.
    await tabTo(page, is(t.start, (f) => f.tag === 'button'), 'the start button');
    await page.keyboard.press('Enter');
    await expectFocusOnHeading(page, t.areasTitle);

    await screenshot(page, 'keyboard-1-areas-heading-focused', q.root);
    await tabTo(page, is(m.areas.forehead.label, (f) => f.type === 'checkbox'), 'the forehead checkbox');
    await page.keyboard.press('Space');
    await screenshot(page, 'keyboard-2-checkbox-focused', q.root);
    await tabTo(page, is(m.areas.cheeks.label, (f) => f.type === 'checkbox'), 'the cheeks checkbox');
    await page.keyboard.press('Space');
    expect(await q.area('forehead').isChecked()).toBe(true);
    expect(await q.area('cheeks').isChecked()).toBe(true);
    await tabTo(page, is(t.next, (f) => f.tag === 'button'), 'the next button');
    await page.keyboard.press('Enter');
    await expectFocusOnHeading(page, t.appearanceTitle);

    // Into the forehead's radio group; arrows move and select within the group.
    const first = await tabTo(page, (f) => f.type === 'radio', 'the first radio button');
    expect(first.name.startsWith(m.appearances['with-expression'].label)).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect((await focused(page))?.name.startsWith(m.appearances['at-rest'].label)).toBe(true);
    expect(await q.appearance('forehead', 'at-rest').isChecked()).toBe(true);
    await page.keyboard.press('ArrowUp');
    expect(await q.appearance('forehead', 'with-expression').isChecked()).toBe(true);
    await screenshot(page, 'keyboard-3-radio-focused', q.root);
    await tabTo(page, is(t.next, (f) => f.tag === 'button'), 'the next button');
    await page.keyboard.press('Enter');
    await expectFocusOnHeading(page, t.safetyTitle);

    // Age is one radio group: the arrows move to "22 or older" and select it.
    await tabTo(page, is(m.ages['under-18'], (f) => f.type === 'radio'), 'the first age radio');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await q.age('22-or-older').isChecked()).toBe(true);
    await tabTo(page, is(t.safetyNone, (f) => f.type === 'checkbox'), '"None of these"');
    await page.keyboard.press('Space');
    expect(await q.none().isChecked()).toBe(true);
    await tabTo(page, is(t.seeResult, (f) => f.tag === 'button'), 'the see-result button');
    await screenshot(page, 'keyboard-4-button-focused', q.root);
    await page.keyboard.press('Enter');
    await expectFocusOnHeading(page, t.resultTitle);

    const answers: Answers = { areas: ['forehead', 'cheeks'], appearance: { forehead: 'with-expression' }, safety: [] };
    const r = expected(answers);
    await q.root.getByText(m.treatments[r.overall].summary, { exact: true }).waitFor();
    for (const a of r.areas) {
      for (const reason of a.reasons) await q.root.getByText(reason.text, { exact: true }).first().waitFor();
    }

    // Start over is reachable by keyboard too and lands on the areas heading again.
    await tabTo(page, is(t.restart, (f) => f.tag === 'button'), 'the start-over button');
    await page.keyboard.press('Enter');
    await expectFocusOnHeading(page, t.areasTitle);
    expect(await q.area('forehead').isChecked()).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows a visible focus indicator on the quiz controls', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${suite.server.url}/`);
    const q = quiz(page, 'en');
    await q.stepHeading('intro').waitFor();
    await tabTo(page, is(q.t.start, (f) => f.tag === 'button'), 'the start button');
    const ring = await q.button(q.t.start).evaluate((el) => {
      const s = getComputedStyle(el);
      return { outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2, shadow: s.boxShadow !== 'none' };
    });
    expect(ring.outline || ring.shadow).toBe(true);
    await context.close();
  });
});
