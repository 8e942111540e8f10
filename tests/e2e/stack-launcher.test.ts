import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axe, screenshot, watchProblems } from './harness';
import { browserAndServer, hostPage } from './suite';
import { eventually, focused, quiz } from './quiz-driver';
import { partWords } from '../../src/content/locales';

// Launcher mode in a real browser: a floating button opens the quiz in a native modal dialog;
// focus goes in and comes back, Esc closes, and the page behind neither scrolls nor jumps.

const filler = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i + 1} of the practice's page.</p>`).join('');
const page = (element: string) =>
  hostPage('Launcher test', `<main><h1 id="marker">Flawless Med Spa</h1>${filler}</main>${element}`, '<style>#marker { width: 12rem; margin: 0 auto; }</style>');

let context: BrowserContext;

// Playwright hides scrollbars in headless mode; "the page does not jump when its scrollbar
// goes away" needs a real one, so this file's Chromium has classic scrollbars.
const suite = browserAndServer({
  routes: {
    '/launcher.html': page('<treatment-quiz mode="launcher"></treatment-quiz>'),
    '/left.html': page('<div data-treatment-quiz data-mode="launcher" data-locale="es"><script type="application/json">{ "launcher": { "position": "bottom-left", "offsetX": 30, "offsetY": 90 } }</script></div>'),
    '/inline.html': page('<treatment-quiz></treatment-quiz>'),
  },
}, { scrollbars: true });
afterEach(async () => {
  await context?.close();
});

async function open(path: string, width = 1280, height = 800): Promise<{ p: Page; problems: string[] }> {
  context = await suite.browser.newContext({ viewport: { width, height } });
  const p = await context.newPage();
  const problems = watchProblems(p);
  await p.goto(`${suite.server.url}${path}`);
  return { p, problems };
}

const state = (p: Page) =>
  p.evaluate(() => ({
    scrollY: Math.round(scrollY),
    // Fractional: a half-scrollbar shift of a centred element is 7.5 px.
    markerX: document.getElementById('marker')!.getBoundingClientRect().x,
    markerY: Math.round(document.getElementById('marker')!.getBoundingClientRect().y),
    scrollbar: innerWidth - document.documentElement.clientWidth,
  }));

/**
 * Turns the mouse wheel, then waits until the page has had the wheel event and drawn two
 * frames since: a scroll it causes shows by then (Chromium applies it within those frames).
 */
async function wheelSeen(p: Page, dy: number): Promise<void> {
  const count = () =>
    p.evaluate(() => {
      const w = window as unknown as { __wheels?: number };
      if (w.__wheels === undefined) {
        w.__wheels = 0;
        addEventListener('wheel', () => w.__wheels!++, { capture: true, passive: true });
      }
      return w.__wheels;
    });
  const before = await count();
  await p.mouse.wheel(0, dy);
  await expect.poll(count).toBeGreaterThan(before);
  await p.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

const dialogOpen = (p: Page) => p.locator('treatment-quiz, [data-treatment-quiz]').evaluate((el) => !!el.shadowRoot?.querySelector('dialog')?.open);

describe('launcher mode', () => {
  it('opens a modal with focus inside, Esc closes it and focus returns, the page never scrolls or jumps', async () => {
    const { p, problems } = await open('/launcher.html');
    const launcher = p.getByRole('button', { name: partWords.en.launcher.open });
    await launcher.waitFor();
    const box = (await launcher.boundingBox())!;
    expect(Math.round(1280 - (box.x + box.width) - (await state(p)).scrollbar)).toBe(20); // bottom-right by default
    expect(Math.round(800 - (box.y + box.height))).toBe(20);

    await p.mouse.wheel(0, 600);
    await eventually(() => state(p), (s) => s.scrollY > 0, 'the page to scroll');
    const before = await state(p);
    expect(before.scrollbar).toBeGreaterThan(0); // a real scrollbar, so "no jump" is tested

    await launcher.click();
    await eventually(() => dialogOpen(p), (o) => o, 'the dialog to open');
    const q = quiz(p, 'en');
    await eventually(() => focused(p), (f) => f?.name === q.t.introTitle, 'focus on the quiz heading');
    // A centred heading would shift by half the scrollbar's width if the layout widened.
    expect(await state(p)).toEqual({ ...before, scrollbar: 0 }); // no jump sideways or up
    await wheelSeen(p, 800);
    expect((await state(p)).scrollY).toBe(before.scrollY); // the page behind does not scroll
    expect(await axe(p)).toEqual([]);

    await q.start(); // the quiz works inside the dialog
    await p.keyboard.press('Escape');
    await eventually(() => dialogOpen(p), (o) => !o, 'the dialog to close');
    await eventually(() => focused(p), (f) => f?.name === partWords.en.launcher.open, 'focus back on the launcher');
    expect(await state(p)).toEqual(before);
    await p.mouse.wheel(0, 300);
    await eventually(() => state(p), (s) => s.scrollY > before.scrollY, 'the page to scroll again');

    await launcher.click(); // answers survive closing: it reopens where the visitor was
    await q.stepHeading('areas').waitFor();
    expect(problems).toEqual([]);
  });

  it('works at 320 px: the button fits, the dialog reflows without horizontal scroll', async () => {
    const { p } = await open('/launcher.html', 320, 640);
    const launcher = p.getByRole('button', { name: partWords.en.launcher.open });
    const box = (await launcher.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(box.height).toBeGreaterThanOrEqual(44);
    await launcher.click();
    const q = quiz(p, 'en');
    await q.start();
    const overflow = await p.locator('treatment-quiz').evaluate((el) => {
      const d = el.shadowRoot!.querySelector('dialog')!;
      return { scroll: d.scrollWidth - d.clientWidth, right: d.getBoundingClientRect().right };
    });
    expect(overflow.scroll).toBe(0);
    expect(overflow.right).toBeLessThanOrEqual(320);
    await screenshot(p, 'launcher-320-open');
    await p.getByRole('button', { name: partWords.en.launcher.close }).click();
    await eventually(() => focused(p), (f) => f?.name === partWords.en.launcher.open, 'focus back on the launcher');
  });

  it('sits where the owner puts it, in Spanish, from a div with data-mode', async () => {
    const { p } = await open('/left.html', 390, 844);
    const launcher = p.getByRole('button', { name: partWords.es.launcher.open });
    const box = (await launcher.boundingBox())!;
    expect(Math.round(box.x)).toBe(30);
    expect(Math.round(844 - (box.y + box.height))).toBe(90);
  });

  it('stays inline by default, with no floating button', async () => {
    const { p } = await open('/inline.html');
    await quiz(p, 'en').stepHeading('intro').waitFor();
    expect(await p.getByRole('button', { name: partWords.en.launcher.open }).count()).toBe(0);
  });
});
