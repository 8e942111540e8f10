import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/engine/types';
import { axe, screenshot, watchProblems, type AxeViolation } from './harness';
import { browserAndServer } from './suite';
import { quiz } from './quiz-driver';

// WCAG 2.2 AA on every step, on a phone (320 px, the reflow width) and a desktop (1280 px):
// axe-core finds nothing (inside the shadow root too), nothing scrolls sideways at 320 px,
// and every control is at least 44 px. Screenshots of each step land in tests/e2e/screenshots/.

const suite = browserAndServer();

/** Controls inside the widget smaller than 44 × 44 px: a native input counts with its label. */
function smallTargets(page: Page, host: string): Promise<string[]> {
  return page.evaluate((host) => {
    const root = document.querySelector(host)?.shadowRoot;
    if (!root) return ['(no shadow root)'];
    const small: string[] = [];
    const visible = (r: DOMRect) => r.width > 0 && r.height > 0;
    for (const el of root.querySelectorAll<HTMLElement>('input, button, select, textarea, [role="button"], [role="checkbox"], [role="radio"]')) {
      const input = el instanceof HTMLInputElement ? el : null;
      if (input?.type === 'hidden') continue;
      const own = el.getBoundingClientRect();
      const label = input?.labels?.[0];
      // A checkbox wrapped in its label is clicked anywhere on the label; a text field with a
      // label above it is clicked on the field. Otherwise the bigger of the two is the target.
      const labelBox = label?.getBoundingClientRect();
      const area = (r: DOMRect) => r.width * r.height;
      const box = !label || !labelBox || !visible(labelBox) ? own : label.contains(el) || area(labelBox) > area(own) ? labelBox : own;
      if (!visible(box)) continue;
      // SVG face-map regions are exempt: the same choice is a full-size list item (2.5.8 "equivalent").
      if (el instanceof SVGElement || el.closest('svg')) continue;
      if (box.width < 44 || box.height < 44) {
        const name = (label?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
        small.push(`${el.tagName.toLowerCase()}${input ? `[${input.type}]` : ''} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return small;
  }, host);
}

const sideways = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth);

/**
 * Words inside the widget split across lines ("Lla / ma / r"): what `overflow-wrap: anywhere`
 * does to a word squeezed by its neighbours at 320 px. Breaks at spaces and hyphens are fine.
 */
function brokenWords(page: Page, host: string): Promise<string[]> {
  return page.evaluate((host) => {
    const root = document.querySelector(host)?.shadowRoot;
    if (!root) return ['(no shadow root)'];
    const broken: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const m of text.matchAll(/[^\s\-‐–—/·]+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(m[0]);
      }
    }
    return broken;
  }, host);
}

const visit: Answers = { areas: ['forehead', 'cheeks', 'lip-lines'], appearance: { forehead: 'at-rest', 'lip-lines': 'with-expression' }, safety: ['blood-thinners'] };

interface Finding {
  readonly step: string;
  readonly violations: readonly AxeViolation[];
  readonly small: readonly string[];
  readonly scrollWidth: number;
  readonly broken: readonly string[];
}

for (const width of [320, 1280] as const) {
  describe(`at ${width} px`, () => {
    it('has no axe violations, no sideways scroll and 44 px targets on every step', async () => {
      const context = await suite.browser.newContext({ viewport: { width, height: width === 320 ? 640 : 900 }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const problems = watchProblems(page);
      await page.goto(`${suite.server.url}/`);
      const q = quiz(page, 'en');
      const findings: Finding[] = [];
      const check = async (step: string) => {
        await q.root.scrollIntoViewIfNeeded();
        await screenshot(page, `${width}-${String(findings.length + 1).padStart(2, '0')}-${step}`, q.root);
        findings.push({
          step,
          violations: await axe(page),
          small: await smallTargets(page, 'treatment-quiz'),
          scrollWidth: await sideways(page),
          broken: await brokenWords(page, 'treatment-quiz'),
        });
      };

      await q.stepHeading('intro').waitFor();
      await screenshot(page, `${width}-00-page`);
      await check('intro');
      await q.start();
      await check('areas');
      await q.button(q.t.next).click();
      await q.root.getByText(q.t.areasError, { exact: true }).waitFor();
      await check('areas-error');
      for (const a of visit.areas) await q.area(a).check();
      await check('areas-chosen');
      await q.button(q.t.next).click();
      await q.stepHeading('appearance').waitFor();
      await check('appearance');
      await q.appearance('forehead', 'at-rest').check();
      // A phone asks one area at a time.
      if (width === 320) await q.button(q.t.next).click();
      await q.appearance('lip-lines', 'with-expression').check();
      await check('appearance-answered');
      await q.button(q.t.next).click();
      await q.stepHeading('safety').waitFor();
      await check('safety');
      await q.age('22-or-older').check();
      await q.flag('blood-thinners').check();
      await q.button(q.t.seeResult).click();
      await q.stepHeading('result').waitFor();
      await check('result');

      const bad = findings.filter((f) => f.violations.length || (width === 320 && (f.small.length || f.scrollWidth > 320 || f.broken.length)));
      expect(bad, JSON.stringify(bad, null, 2)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  });
}

describe('the Spanish page at 320 px', () => {
  it('has no axe violations on the intro and the result', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 320, height: 640 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${suite.server.url}/demo/es.html`);
    const q = quiz(page, 'es');
    await q.stepHeading('intro').waitFor();
    expect(await axe(page)).toEqual([]);
    await q.complete({ areas: ['nasolabial-folds', 'frown-lines'], appearance: { 'frown-lines': 'not-sure' } });
    await q.root.scrollIntoViewIfNeeded();
    await screenshot(page, '320-es-result', q.root);
    expect(await axe(page)).toEqual([]);
    expect(await sideways(page)).toBeLessThanOrEqual(320);
    expect(await smallTargets(page, 'treatment-quiz')).toEqual([]);
    expect(await brokenWords(page, 'treatment-quiz')).toEqual([]);
    await context.close();
  });
});

describe('the checks themselves', () => {
  it('catch a page that breaks them', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.setContent('<main><h1>x</h1><img src="data:,"><button></button><div style="width:600px">wide</div></main>');
    const ids = (await axe(page)).map((v) => v.id);
    expect(ids).toContain('image-alt');
    expect(ids).toContain('button-name');
    expect(await sideways(page)).toBeGreaterThan(320);
    await page.setContent('<div id="h"></div>');
    await page.evaluate(() => {
      const root = document.getElementById('h')!.attachShadow({ mode: 'open' });
      root.innerHTML = '<label><input type="checkbox"> tiny</label><button style="width:20px;height:20px"></button>';
    });
    expect(await smallTargets(page, '#h')).toHaveLength(2);
    // axe looks inside open shadow roots, where the widget lives.
    const inShadow = (await axe(page)).find((v) => v.id === 'button-name');
    expect(inShadow?.targets.join()).toMatch(/#h/);
    await page.evaluate(() => {
      const root = document.getElementById('h')!.shadowRoot!;
      root.innerHTML = '<p style="width:24px;overflow-wrap:anywhere">Call Llamar-ahora (505)</p>';
    });
    expect(await brokenWords(page, '#h')).toContain('Llamar');
    await context.close();
  });
});
