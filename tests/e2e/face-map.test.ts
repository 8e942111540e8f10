import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AREA_IDS, type AreaId } from '../../src/engine/types';
import { quiz } from './quiz-driver';
import { browserAndServer } from './suite';
import { readManifest } from '../../scripts/lib/manifest';

// The face map on a 320 × 640 phone, the way a visitor's thumb meets it: every region has a
// 24 × 24 px target of its own (WCAG 2.2 2.5.8), lips and lip lines are separate targets,
// the drawing arrives without moving anything, and Next stays on screen.

const suite = browserAndServer();

async function phone(width = 320, height = 640) {
  const context = await suite.browser.newContext({ viewport: { width, height }, hasTouch: true, reducedMotion: 'reduce' });
  const page = await context.newPage();
  return { page, close: () => context.close() };
}

/**
 * For each area, the side of the largest square of screen pixels where a tap lands on that
 * area's region and nothing else, sampling every pixel of the map with elementFromPoint.
 */
function ownedSquares(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const root = document.querySelector('treatment-quiz')!.shadowRoot!;
    const map = root.querySelector('.face svg')!.getBoundingClientRect();
    const w = Math.floor(map.width);
    const h = Math.floor(map.height);
    const side: Record<string, number> = {};
    let above: (string | null)[] = [];
    let run: number[] = [];
    for (let y = 0; y < h; y++) {
      const row: (string | null)[] = [];
      const next: number[] = [];
      for (let x = 0; x < w; x++) {
        const hit = root.elementFromPoint(map.left + x + 0.5, map.top + y + 0.5);
        const area = hit?.closest('[data-area]')?.getAttribute('data-area') ?? null;
        row.push(area);
        // Largest one-area square whose bottom-right corner is this pixel.
        const n = area && x && y && above[x] === area && row[x - 1] === area && above[x - 1] === area ? 1 + Math.min(run[x]!, next[x - 1]!, run[x - 1]!) : area ? 1 : 0;
        next.push(n);
        if (area) side[area] = Math.max(side[area] ?? 0, n);
      }
      above = row;
      run = next;
    }
    return side;
  });
}

/** The centre of an area's tap target (for a pair, the one on the visitor's left). */
function targetCentre(page: Page, area: AreaId): Promise<{ x: number; y: number }> {
  return page.evaluate((area) => {
    const hit = document.querySelector('treatment-quiz')!.shadowRoot!.querySelector(`[data-area="${area}"] .hit`)!;
    const r = hit.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, area);
}

async function onAreas(page: Page, path = '/') {
  await page.goto(suite.server.url + path);
  const q = quiz(page, path.includes('es') ? 'es' : 'en');
  await q.start();
  await q.root.locator('.face svg').waitFor();
  return q;
}

describe('the face map on a 320 px phone', () => {
  it('gives every region a tap target of at least 24 × 24 px of its own', async () => {
    const { page, close } = await phone();
    try {
      const q = await onAreas(page);
      // The whole map on screen, clear of the sticky Back/Next row.
      await q.root.locator('.face').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      const sides = await ownedSquares(page);
      const small = AREA_IDS.filter((a) => !((sides[a] ?? 0) >= 24)).map((a) => `${a}: ${sides[a] ?? 0} px`);
      expect(small).toEqual([]);
    } finally {
      await close();
    }
  });

  it('selects lip lines, not lips, when the middle of the lip-lines target is tapped, and lips on the lips', async () => {
    const { page, close } = await phone();
    try {
      const q = await onAreas(page);
      await q.root.locator('.face').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      const lipLines = await targetCentre(page, 'lip-lines');
      await page.touchscreen.tap(lipLines.x, lipLines.y);
      await expect.poll(() => q.area('lip-lines').isChecked()).toBe(true);
      expect(await q.area('lips').isChecked()).toBe(false);
      const lips = await targetCentre(page, 'lips');
      await page.touchscreen.tap(lips.x, lips.y);
      await expect.poll(() => q.area('lips').isChecked()).toBe(true);
      expect(await q.area('lip-lines').isChecked()).toBe(true);
      // The list is the same choice: unticking it there clears the region on the map.
      await q.area('lips').uncheck();
      expect(await q.root.locator('[data-area="lips"]').getAttribute('class')).not.toMatch(/\bon\b/);
    } finally {
      await close();
    }
  });

  it('keeps Next on screen, uncovered, from the top of the step to the end of the list', async () => {
    for (const path of ['/', '/demo/es.html']) {
      const { page, close } = await phone();
      try {
        const q = await onAreas(page, path);
        const next = q.button(q.t.next);
        for (const at of ['.progress-text', '.face', '[id="tq-area-chin"]']) {
          await q.root.locator(at).evaluate((el) => el.scrollIntoView({ block: 'start' }));
          const box = (await next.boundingBox())!;
          expect(box.y, `${path} ${at}`).toBeGreaterThanOrEqual(0);
          expect(box.y + box.height, `${path} ${at}`).toBeLessThanOrEqual(640);
          // Nothing drawn over it: a tap at its centre reaches the button.
          const onTop = await page.evaluate(
            ({ x, y }) => document.querySelector('treatment-quiz')!.shadowRoot!.elementFromPoint(x, y)?.closest('button')?.type,
            { x: box.x + box.width / 2, y: box.y + box.height / 2 },
          );
          expect(onTop, `${path} ${at}`).toBe('submit');
        }
        // And it works from there: with nothing chosen, its error shows right above it.
        await next.click();
        const error = await q.root.getByText(q.t.areasError, { exact: true }).boundingBox();
        expect(error!.y + error!.height).toBeLessThanOrEqual(640);
      } finally {
        await close();
      }
    }
  });

  // The v2 area names (14, some with both a plain and a medical name in Spanish) need a little more room.
  it('is at most 1,500 px tall in English and Spanish (it was 1,867 and 1,999)', async () => {
    for (const path of ['/', '/demo/es.html']) {
      const { page, close } = await phone();
      try {
        const q = await onAreas(page, path);
        const height = await q.root.evaluate((el) => el.shadowRoot!.querySelector('.tq')!.getBoundingClientRect().height);
        expect(height, path).toBeLessThanOrEqual(1500);
      } finally {
        await close();
      }
    }
  });

  it('keeps its place while the drawing downloads, and the list works meanwhile', async () => {
    const { page, close } = await phone();
    try {
      // Hold the drawing's file until the list has been used.
      let release = () => {};
      const held = new Promise<void>((r) => (release = r));
      const drawing = readManifest().parts['face-drawing']!.files[0]!;
      await page.route((url) => url.pathname.endsWith(`/widget/${drawing}`), async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(suite.server.url + '/');
      const q = quiz(page, 'en');
      await q.start();
      // Where the map and the last choice sit inside the widget (the page may scroll meanwhile).
      const layout = () =>
        q.root.evaluate((el) => {
          const root = el.shadowRoot!;
          const top = root.querySelector('.tq')!.getBoundingClientRect().top;
          return ['.face', '#tq-area-neck-bands'].map((s) => {
            const r = root.querySelector(s)!.closest('.face, label')!.getBoundingClientRect();
            return [r.left, r.top - top, r.width, r.height];
          });
        });
      const before = await layout();
      expect(before[0]![3]).toBeGreaterThan(200);
      expect(await q.root.locator('.face svg').count()).toBe(0);
      await q.area('lips').check();
      release();
      await q.root.locator('.face svg').waitFor();
      expect(await layout()).toEqual(before);
      // The drawing shows what was chosen before it arrived.
      expect(await q.root.locator('[data-area="lips"]').getAttribute('class')).toMatch(/\bon\b/);
    } finally {
      await close();
    }
  });

  it('leaves the list working, with no error screen, when the drawing cannot be downloaded', async () => {
    const { page, close } = await phone();
    try {
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      const drawing = readManifest().parts['face-drawing']!.files[0]!;
      await page.route((url) => url.pathname.endsWith(`/widget/${drawing}`), (route) => route.abort());
      await page.goto(suite.server.url + '/');
      const q = quiz(page, 'en');
      await q.start();
      await q.chooseAreas(['lips']);
      await q.stepHeading('safety').waitFor();
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
