// Local helper (not a test): screenshots of steps for a visual check. Run with npx tsx.
import { launchBrowser, serve } from './harness';
import { quiz } from './quiz-driver';
import type { Locale } from '../../src/engine/types';

const [, , outDir = '/work/notes/shots', prefix = 'step'] = process.argv;
const browser = await launchBrowser();
const server = await serve();
for (const locale of ['en', 'es'] as Locale[]) {
  for (const width of [320, 1280]) {
    const ctx = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await ctx.newPage();
    await page.goto(`${server.url}/demo/${locale === 'es' ? 'es.html' : ''}`);
    const q = quiz(page, locale);
    await q.start();
    await q.chooseAreas(['forehead', 'chin', 'lip-lines']);
    await q.heading(q.t.appearanceTitle).waitFor();
    await q.root.screenshot({ path: `${outDir}/${prefix}-appearance-${locale}-${width}.png` });
    await q.answerAppearance({ areas: ['forehead', 'chin', 'lip-lines'] });
    await q.heading(q.t.safetyTitle).waitFor();
    await q.root.screenshot({ path: `${outDir}/${prefix}-safety-${locale}-${width}.png` });
    await q.age('under-18').check();
    await q.none().check();
    await q.button(q.t.seeResult).click();
    await q.heading(q.m.treatments['not-now'].name).waitFor();
    await page.waitForLoadState('networkidle');
    await q.root.screenshot({ path: `${outDir}/${prefix}-notnow-${locale}-${width}.png` });
    await ctx.close();
  }
}
await browser.close();
await server.close();
