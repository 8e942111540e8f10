import { describe, expect, it } from 'vitest';
import { axe, screenshot, watchCsp, watchProblems } from './harness';
import { quiz } from './quiz-driver';
import { browserAndServer } from './suite';
import { partWords } from '../../src/content/locales';

// The site kit as an owner uploads it: the demo server serves dist/site/treatment-quiz/ at
// /treatment-quiz/, where the builder's default snippet and the kit's README expect it.

const suite = browserAndServer();

describe('the site kit, uploaded', () => {
  it('runs the quiz on its README page from the folder alone, with its sample config clean', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 320, height: 800 }, reducedMotion: 'reduce' });
    try {
      const page = await context.newPage();
      const problems = watchProblems(page);
      const csp = await watchCsp(page);
      const fromElsewhere: string[] = [];
      page.on('request', (r) => void (new URL(r.url()).pathname.startsWith('/treatment-quiz/') || r.url().startsWith('data:') || fromElsewhere.push(r.url())));
      await page.goto(`${suite.server.url}/treatment-quiz/README.html?tq-debug`);
      await page.getByRole('heading', { name: 'Put the treatment quiz on your website' }).waitFor();
      const q = quiz(page, 'en');
      await q.stepHeading('intro').waitFor();
      await q.complete({ areas: ['lips'], safety: [] });
      // The sample practice (from quiz-config.json) is offered; the ZIP table comes from zips/.
      await q.root.getByText('My Med Spa').first().waitFor();
      await q.root.getByLabel(partWords.en.practices.zipLabel).fill('87110');
      await q.root.getByRole('button', { name: partWords.en.practices.find }).click();
      await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/treatment-quiz/zips/871.json')))).toBe(true);
      // With ?tq-debug a problem would show above the quiz: the sample config has none.
      expect(await page.locator('treatment-quiz').evaluate((el) => el.shadowRoot!.querySelectorAll('.tq-debug').length)).toBe(0);
      expect(fromElsewhere).toEqual([]);
      expect(problems).toEqual([]);
      expect(csp).toEqual([]);
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(320);
      expect(await axe(page)).toEqual([]);
      await screenshot(page, 'owners-kit-readme-320');
    } finally {
      await context.close();
    }
  });
});
