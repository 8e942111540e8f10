import { describe, expect, it } from 'vitest';
import { browserAndServer } from './suite';

// The widget reserves its height, so the host page below it does not jump when the quiz
// appears: on phones too, where the intro wraps taller, and in Spanish, the longer language.

const suite = browserAndServer();

describe('when the quiz appears on the demo page', () => {
  for (const page of ['/demo/index.html', '/demo/es.html']) {
    for (const width of [320, 375, 414, 1280]) {
      it(`moves nothing below it (${page}, ${width} px wide)`, async () => {
        const context = await suite.browser.newContext({ viewport: { width, height: 800 }, reducedMotion: 'reduce' });
        try {
          const tab = await context.newPage();
          // Start watching before anything renders; shifts after input do not count (CLS).
          await tab.addInitScript(() => {
            const w = window as unknown as { __shifts: number[] };
            w.__shifts = [];
            new PerformanceObserver((list) => {
              for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
                if (!e.hadRecentInput) w.__shifts.push(e.value);
              }
            }).observe({ type: 'layout-shift', buffered: true });
          });
          await tab.goto(suite.server.url + page);
          await tab.waitForFunction(() => !!document.querySelector('treatment-quiz')?.shadowRoot?.querySelector('h2'));
          // Two frames for any late shift to be reported.
          await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          const shifts = await tab.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
          expect(shifts.reduce((a, b) => a + b, 0)).toBe(0);
          // And the quiz's first screen fits in the space it reserved, with no more than about
          // a line of it left blank under the intro (the reservation follows the intro's
          // height, which shrinks in steps as lines unwrap).
          const [reserved, drawn, intro] = await tab.evaluate(() => {
            const host = document.querySelector('treatment-quiz') as HTMLElement;
            const tq = host.shadowRoot!.querySelector('.tq')!;
            const reserved = parseFloat(getComputedStyle(host).minHeight);
            const drawn = tq.scrollHeight;
            // The intro's own height: what the quiz would take with nothing reserved.
            host.style.minHeight = '0px';
            const intro = tq.getBoundingClientRect().height;
            host.style.minHeight = '';
            return [reserved, drawn, intro];
          });
          expect(drawn).toBeLessThanOrEqual(reserved + 1);
          expect(reserved - intro).toBeLessThanOrEqual(36);
        } finally {
          await context.close();
        }
      });
    }
  }
});
