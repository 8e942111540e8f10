import type { ConsoleMessage } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCHEMES } from '../../src/ui/theme/palette';
import { parseHex } from '../../src/ui/theme/color';
import { quiz } from './quiz-driver';
import { browserAndServer, hostPage } from './suite';

// Theming in a real browser: the owner's colours reach the shadow root, a colour that fails
// WCAG AA is named in a console warning, and text on the accent is picked to be readable.

const page = (element: string) => hostPage('Theme test', element);

const suite = browserAndServer({
  routes: {
    '/yellow.html': page('<treatment-quiz accent="#ffdd00"></treatment-quiz>'),
    '/dark.html': page('<treatment-quiz scheme="dark"></treatment-quiz>'),
    '/auto.html': page('<treatment-quiz><script type="application/json">{ "theme": { "scheme": "auto", "accent": "#1d6f5f" } }</script></treatment-quiz>'),
    '/good.html': page('<treatment-quiz accent="#1d6f5f" background="#fdf8f5" text="#241c20"></treatment-quiz>'),
    // An owner pasting a font list with a quote missing.
    '/font-quote.html': page('<treatment-quiz accent="#7d3553" background="#fdf8f5" font="&quot;Open Sans, serif"></treatment-quiz>'),
  },
});

const rgb = (hex: string) => `rgb(${parseHex(hex)!.join(', ')})`;

async function open(path: string, colorScheme: 'light' | 'dark' = 'light') {
  const context = await suite.browser.newContext({ viewport: { width: 390, height: 800 }, colorScheme });
  const p = await context.newPage();
  const warnings: string[] = [];
  const errors: string[] = [];
  p.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'warning') warnings.push(m.text());
    if (m.type() === 'error') errors.push(m.text());
  });
  await p.goto(`${suite.server.url}${path}`);
  const q = quiz(p, 'en');
  await q.stepHeading('intro').waitFor();
  const colours = (selector: string) =>
    q.root.locator(selector).first().evaluate((el) => {
      const s = getComputedStyle(el);
      return { color: s.color, background: s.backgroundColor };
    });
  return { context, page: p, q, warnings, errors, colours };
}

describe('theming in the browser', () => {
  it('warns in the console naming an accent that fails AA, and puts black text on it', async () => {
    const { context, q, warnings, colours } = await open('/yellow.html');
    expect(warnings).toContainEqual(expect.stringContaining('theme.accent "#ffdd00" on background "#ffffff" has contrast 1.3:1; needs 4.5:1'));
    const start = await q.button(q.t.start).evaluate((el) => ({ color: getComputedStyle(el).color, background: getComputedStyle(el).backgroundColor }));
    expect(start).toEqual({ color: 'rgb(0, 0, 0)', background: rgb('#ffdd00') });
    // Text that would be accent-coloured falls back to the text colour on the white background.
    expect((await colours('.tq')).background).toBe(rgb('#ffffff'));
    await context.close();
  });

  it('says nothing about colours that pass, and uses them', async () => {
    const { context, q, warnings, colours } = await open('/good.html');
    expect(warnings.filter((w) => w.includes('contrast'))).toEqual([]);
    expect(await colours('.tq')).toEqual({ color: rgb('#241c20'), background: rgb('#fdf8f5') });
    const start = await q.button(q.t.start).evaluate((el) => getComputedStyle(el).color);
    expect(start).toBe('rgb(255, 255, 255)');
    await context.close();
  });

  it('keeps every colour when the font has an unbalanced quote, and names theme.font in the console', async () => {
    const { context, q, errors, colours } = await open('/font-quote.html');
    expect((await colours('.tq')).background).toBe(rgb('#fdf8f5'));
    expect(await q.button(q.t.start).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(rgb('#7d3553'));
    expect(await q.root.locator('.tq').first().evaluate((el) => getComputedStyle(el).fontFamily)).not.toContain('Open Sans');
    expect(errors).toEqual([expect.stringContaining('theme.font: must be a font list such as')]);
    await context.close();
  });

  it('forces the dark scheme from the attribute', async () => {
    const { context, colours } = await open('/dark.html');
    expect(await colours('.tq')).toEqual({ color: rgb(SCHEMES.dark.text), background: rgb(SCHEMES.dark.background) });
    await context.close();
  });

  it('follows prefers-color-scheme under "auto", keeping a brand accent only where it reads', async () => {
    const light = await open('/auto.html', 'light');
    expect((await light.colours('.tq')).background).toBe(rgb(SCHEMES.light.background));
    expect(await light.q.button(light.q.t.start).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(rgb('#1d6f5f'));
    await light.context.close();
    const dark = await open('/auto.html', 'dark');
    expect((await dark.colours('.tq')).background).toBe(rgb(SCHEMES.dark.background));
    expect(await dark.q.button(dark.q.t.start).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(rgb(SCHEMES.dark.accent));
    expect(dark.warnings.filter((w) => w.includes('contrast'))).toEqual([]);
    await dark.context.close();
  });
});
