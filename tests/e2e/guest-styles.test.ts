import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS } from './harness';
import type { Locator } from 'playwright-core';
import { comparePixels, decodePng, openPage, startGuest, stepOf, waitForQuiz, type Guest, type GuestPage } from './guest-helpers';

// Host CSS cannot reach the widget: on a page with Bootstrap plus aggressive global rules
// (`* { … !important }`, a 62.5% root font size, button/input/svg rules, a fixed header with
// a huge z-index) every step looks the same, pixel for pixel, as on a clean page.

// Antialiasing may differ by a hair where text meets a background; anything more is a leak.
const CHANNEL_TOLERANCE = 8;
const MAX_DIFFERING_PIXELS = 10;

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
  { name: 'safety-chosen', step: 'safety', act: (r) => r.locator('#tq-flag-none').check() },
  { name: 'result', step: 'result', act: (r) => r.locator('button[type="submit"]').click() },
];

/** Takes two quizzes through the same answers, calling `atStep` whenever both have settled. */
async function walkTogether(roots: readonly Locator[], atStep: (name: string) => Promise<void>): Promise<void> {
  for (const { name, step, act } of WALK) {
    for (const root of roots) {
      await act?.(root);
      await expect.poll(() => stepOf(root), { timeout: 5000 }).toBe(step);
    }
    await atStep(name);
  }
}
