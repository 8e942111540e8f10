import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS } from './harness';
import type { Locator } from 'playwright-core';
import { comparePixels, decodePng, nextFrames, openPage, startGuest, stepOf, waitForQuiz, type Guest, type GuestPage } from './guest-helpers';

// Host CSS cannot reach the widget: on a page with Bootstrap plus aggressive global rules
// (`* { … !important }`, a 62.5% root font size, button/input/svg rules, a fixed header with
// a huge z-index) every step looks the same, pixel for pixel, as on a clean page.

// Chromium's software raster antialiases an SVG edge slightly differently from run to run
// (seen: up to 18 pixels of a 420 x 1500 box, each off by at most 20 of 255; with the face map's
// drawing and its name pill on screen, up to 111 pixels of a 640 x 404 dialog on a busy machine,
// all on the pill's and the highlighted region's curved edges). Anything more is a leak: the
// smallest real one these tests caught changed a 420-pixel line; most changed tens of thousands
// of pixels or the box's size.
const CHANNEL_TOLERANCE = 8;
const MAX_DIFFERING_PIXELS = 200;

let guest: Guest;
beforeAll(async () => {
  guest = await startGuest();
});
afterAll(async () => {
  await guest?.close();
});

const HOSTS = ['#quiz', '#quiz-2'] as const;

async function shoot(gp: GuestPage, host: string): Promise<Buffer> {
  return gp.page.locator(host).screenshot({ animations: 'disabled', caret: 'hide' });
}

function keep(name: string, png: Buffer): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  writeFileSync(path, png);
  return path;
}

describe('a host page with Bootstrap and aggressive global CSS', () => {
  it('leaves every step of both embeds pixel-identical to a clean page, and the quiz completes on both', async () => {
    // Tall enough that no step scrolls under the fixed header.
    const size = { viewport: { width: 1280, height: 5200 } };
    const clean = await openPage(guest, '/tests/e2e/pages/clean.html', size);
    const hostile = await openPage(guest, '/tests/e2e/pages/hostile.html', size);
    try {
      // Bootstrap really is on the hostile page (the comparison would prove nothing otherwise).
      expect(await hostile.page.evaluate(() => getComputedStyle(document.querySelector('.btn') as Element).borderTopStyle)).toBe('dashed');
      expect(await hostile.page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('10px');

      const failures: string[] = [];
      const compare = async (host: string, step: string) => {
        const [a, b] = await Promise.all([shoot(clean, host), shoot(hostile, host)]);
        const diff = comparePixels(decodePng(a), decodePng(b), CHANNEL_TOLERANCE);
        if (!diff.sameSize || diff.differing > MAX_DIFFERING_PIXELS) {
          const name = `guest-styles-${host.slice(1)}-${step}`;
          failures.push(`${host} ${step}: ${diff.sameSize ? `${diff.differing} of ${diff.total} pixels differ` : `size ${diff.size}`} (see ${keep(`${name}-clean`, a)} and ${keep(`${name}-hostile`, b)})`);
        }
      };

      for (const host of HOSTS) {
        const roots = await Promise.all([waitForQuiz(clean.page, host), waitForQuiz(hostile.page, host)]);
        await walkTogether(roots, (step) => compare(host, step));
      }
      if (failures.length) throw new Error(`host CSS reached the widget:\n${failures.join('\n')}`);
      expect(clean.problems).toEqual([]);
      expect(hostile.problems).toEqual([]);
    } finally {
      await Promise.all([clean.context.close(), hostile.context.close()]);
    }
  });
});

describe('launcher mode on the hostile page', () => {
  it('keeps the button and the dialog pixel-identical, above a max z-index header, and usable', async () => {
    // Short enough that the open dialog overlaps the fixed header (top 100 px).
    const size = { viewport: { width: 1000, height: 420 } };
    const clean = await openPage(guest, '/tests/e2e/pages/launcher-clean.html', size);
    const hostile = await openPage(guest, '/tests/e2e/pages/launcher-hostile.html', size);
    try {
      const failures: string[] = [];
      const compare = async (target: string, step: string) => {
        const shot = async (gp: GuestPage) => {
          // The same scroll position inside the dialog on both pages (checking an input scrolls it).
          await gp.page.locator(target).evaluate((el) => el.scrollTo(0, 0));
          // The face map places its name pills after layout: let both pages finish that frame.
          await nextFrames(gp.page);
          return gp.page.locator(target).screenshot({ animations: 'disabled', caret: 'hide' });
        };
        const [a, b] = await Promise.all([shot(clean), shot(hostile)]);
        // Outside its rounded corners the dialog shows the (different) pages behind the backdrop.
        const diff = comparePixels(decodePng(a), decodePng(b), CHANNEL_TOLERANCE, target.endsWith('dialog') ? 12 : 0);
        if (!diff.sameSize || diff.differing > MAX_DIFFERING_PIXELS) {
          const name = `guest-styles-launcher-${step}`;
          failures.push(`${step}: ${diff.sameSize ? `${diff.differing} of ${diff.total} pixels differ` : `size ${diff.size}`} (see ${keep(`${name}-clean`, a)} and ${keep(`${name}-hostile`, b)})`);
        }
      };
      /** Whether the widget is what a pointer at (x, y) would hit (shadow content retargets to the host). */
      const onTop = (gp: GuestPage, x: number, y: number) => gp.page.evaluate(([px, py]) => document.elementFromPoint(px as number, py as number)?.id, [x, y]);

      for (const gp of [clean, hostile]) await gp.page.locator('#quiz .launcher').waitFor({ state: 'visible' });
      await compare('#quiz .launcher', 'button');
      const button = await hostile.page.locator('#quiz .launcher').boundingBox();
      expect(button).not.toBeNull();
      expect(await onTop(hostile, (button?.x ?? 0) + 10, (button?.y ?? 0) + 10)).toBe('quiz');

      for (const gp of [clean, hostile]) await gp.page.locator('#quiz .launcher').click();
      for (const gp of [clean, hostile]) await gp.page.locator('#quiz dialog[open] .tq h2').waitFor({ state: 'visible' });
      // The dialog is in the top layer: above the header's z-index 2147483647 where they overlap.
      const box = await hostile.page.locator('#quiz dialog').boundingBox();
      expect(box?.y).toBeLessThan(60);
      expect(await onTop(hostile, (box?.x ?? 0) + 40, 60)).toBe('quiz');
      expect(await hostile.page.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);

      const roots = [clean.page.locator('#quiz dialog .tq'), hostile.page.locator('#quiz dialog .tq')];
      await walkTogether(roots, (step) => compare('#quiz dialog', step));
      if (failures.length) throw new Error(`host CSS reached the launcher:\n${failures.join('\n')}`);

      // Closing gives the page its scrolling back: the scroll lock sheet is gone.
      await hostile.page.locator('#quiz .launcher-close').click();
      await expect.poll(() => hostile.page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
      expect(clean.problems).toEqual([]);
      expect(hostile.problems).toEqual([]);
    } finally {
      await Promise.all([clean.context.close(), hostile.context.close()]);
    }
  });
});

// The quiz, one action at a time, with what each page should show afterwards.
const WALK: readonly { name: string; step: string; act?: (root: Locator) => Promise<void> }[] = [
  { name: 'intro', step: 'intro' },
  { name: 'areas', step: 'areas', act: (r) => r.locator('.intro button.primary').click() },
  { name: 'areas-error', step: 'areas', act: (r) => r.locator('button[type="submit"]').click() },
  {
    name: 'areas-chosen',
    step: 'areas',
    act: async (r) => {
      await r.locator('#tq-area-forehead').check();
      await r.locator('#tq-area-lips').check();
    },
  },
  { name: 'appearance', step: 'appearance', act: (r) => r.locator('button[type="submit"]').click() },
  { name: 'appearance-chosen', step: 'appearance', act: (r) => r.locator('#tq-forehead-with-expression').check() },
  { name: 'safety', step: 'safety', act: (r) => r.locator('button[type="submit"]').click() },
  {
    name: 'safety-chosen',
    step: 'safety',
    act: async (r) => {
      await r.locator('#tq-age-22-or-older').check();
      await r.locator('#tq-flag-none').check();
    },
  },
  { name: 'result', step: 'result', act: (r) => r.locator('button[type="submit"]').click() },
];

/** Takes two quizzes through the same answers, calling `atStep` whenever both have settled. */
async function walkTogether(roots: readonly Locator[], atStep: (name: string) => Promise<void>): Promise<void> {
  for (const { name, step, act } of WALK) {
    for (const root of roots) {
      await act?.(root);
      await expect.poll(() => stepOf(root)).toBe(step);
      // The areas step has settled once its face drawing (a file of its own) is there.
      if (step === 'areas') await root.locator('.face svg').waitFor();
    }
    await atStep(name);
  }
}
