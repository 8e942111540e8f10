import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHex } from '../../src/ui/theme/color';
import { STRICT_CSP} from '../../scripts/serve';
import { axe, watchCsp, watchProblems } from './harness';
import { browserAndServer } from './suite';
import { quiz } from './quiz-driver';

// The widget under `style-src 'self'; script-src 'self'`: no inline styles or scripts, so its
// look must come from constructable stylesheets in the shadow root.

const suite = browserAndServer();

const demoConfig = JSON.parse(readFileSync(new URL('../../demo/quiz-config.json', import.meta.url), 'utf8')) as { theme: { accent: string } };
const rgb = (hex: string) => `rgb(${parseHex(hex)!.join(', ')})`;

describe('the strict-CSP demo page', () => {
  it('is served with the strict policy', async () => {
    const res = await fetch(`${suite.server.url}/demo/csp.html`);
    expect(res.headers.get('content-security-policy')).toBe(STRICT_CSP);
    expect(STRICT_CSP).not.toMatch(/unsafe/);
  });

  it('runs the whole quiz with no CSP violation and a styled widget', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const csp = await watchCsp(page);
    const problems = watchProblems(page);
    await page.goto(`${suite.server.url}/demo/csp.html`);
    const q = quiz(page, 'en');
    await q.stepHeading('intro').waitFor();

    // Styled: the primary button wears the configured accent, not the browser's grey.
    const look = await q.button(q.t.start).evaluate((el) => {
      const s = getComputedStyle(el);
      return { background: s.backgroundColor, minHeight: el.getBoundingClientRect().height, sheets: (el.getRootNode() as ShadowRoot).adoptedStyleSheets.length };
    });
    expect(look.background).toBe(rgb(demoConfig.theme.accent));
    expect(look.minHeight).toBeGreaterThanOrEqual(44);
    expect(look.sheets).toBeGreaterThan(0);
    // Nothing in the shadow root relies on a style attribute or a <style> element.
    const inline = await q.root.evaluate((host) => host.shadowRoot!.querySelectorAll('[style], style').length);
    expect(inline).toBe(0);

    await q.complete({ areas: ['temples', 'frown-lines'], appearance: { 'frown-lines': 'with-expression' } });
    await q.stepHeading('result').waitFor();
    expect(await axe(page)).toEqual([]);
    expect(csp).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('adds no global but window.TreatmentQuiz', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      const before = new Set(Object.getOwnPropertyNames(window));
      Object.defineProperty(window, '__tqNewGlobals', { value: () => Object.getOwnPropertyNames(window).filter((k) => !before.has(k)), enumerable: false });
    });
    await page.goto(`${suite.server.url}/demo/csp.html`);
    await quiz(page, 'en').stepHeading('intro').waitFor();
    const added = await page.evaluate(() => (window as unknown as { __tqNewGlobals: () => string[] }).__tqNewGlobals());
    expect(added.filter((k) => k !== '__tqNewGlobals')).toEqual(['TreatmentQuiz']);
    await context.close();
  });

  it('would notice a violation (the watcher is not blind)', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    const csp = await watchCsp(page);
    await page.goto(`${suite.server.url}/demo/csp.html`);
    await page.evaluate(() => {
      const s = document.createElement('style');
      s.textContent = 'body{color:red}';
      document.head.append(s);
    });
    await expect.poll(() => csp.length).toBeGreaterThan(0);
    expect(csp.join('\n')).toMatch(/style-src/);
    await context.close();
  });
});
