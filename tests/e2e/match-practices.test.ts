import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/engine/types';
import demoConfig from '../../demo/quiz-config.json';
import demoPractices from '../../demo/practices.json';
import { axe, screenshot, watchProblems } from './harness';
import { browserAndServer } from './suite';
import { quiz } from './quiz-driver';
import { partWords } from '../../src/content/locales';

// The result page as a bridge to a practice: the demo site (inline practicesUrl) and the demo
// directory (static shards), on a phone-sized screen, with outside sites stubbed.

const suite = browserAndServer();
const s = partWords.en.practices;
const FILLER: Answers = { areas: ['lips'] };

async function open(path: string, setup?: (context: BrowserContext) => Promise<unknown>, locale: 'en' | 'es' = 'en'): Promise<{ page: Page; problems: string[]; requests: string[]; q: ReturnType<typeof quiz> }> {
  const context = await suite.browser.newContext({ viewport: { width: 320, height: 700 }, reducedMotion: 'reduce' });
  // Nothing leaves the machine: outside sites answer with a stub page.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>outside</title>' }));
  await setup?.(context);
  const page = await context.newPage();
  const problems = watchProblems(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${suite.server.url}${path}`);
  const q = quiz(page, locale);
  await q.complete(FILLER);
  return { page, problems, requests, q };
}

const cardNames = (q: ReturnType<typeof quiz>) => q.root.locator('.tq-practice .tq-practice-name').evaluateAll((els) => els.map((e) => e.firstChild?.textContent?.trim() ?? ''));

async function searchZip(q: ReturnType<typeof quiz>, zip: string, words = s) {
  await q.root.getByLabel(words.zipLabel).fill(zip);
  await q.root.getByRole('button', { name: words.find, exact: true }).click();
}

describe('practice matching on the demo site', () => {
  it('ranks Flawless Med Spa first for Albuquerque 87101, with UTM links and a click event', async () => {
    const { page, problems, q } = await open('/');
    await page.evaluate(() => {
      (window as unknown as { clicks: unknown[] }).clicks = [];
      document.addEventListener('treatment-quiz:practice-click', (e) => (window as unknown as { clicks: unknown[] }).clicks.push((e as CustomEvent).detail));
    });
    await searchZip(q, '87101');
    await q.root.getByText(/^\d+ practices? near 87101\.$/).waitFor();
    expect((await cardNames(q))[0]).toBe('Flawless Med Spa');

    const site = q.root.locator('.tq-practice').first().getByRole('link', { name: /^Website/ });
    const href = new URL((await site.getAttribute('href'))!);
    expect(href.origin).toBe('https://www.stayflawless.com');
    expect(Object.fromEntries(href.searchParams)).toEqual({ utm_source: 'treatment-quiz', utm_medium: 'widget', utm_campaign: 'flawless-demo', utm_content: 'filler' });
    expect(await site.getAttribute('rel')).toBe('noopener');
    const [popup] = await Promise.all([page.waitForEvent('popup'), site.click()]);
    expect(popup.url()).toContain('utm_source=treatment-quiz');
    expect(await page.evaluate(() => (window as unknown as { clicks: unknown[] }).clicks)).toEqual([{ practiceId: 'flawless-med-spa', action: 'website' }]);

    await screenshot(page, 'match-87101-320');
    expect(await axe(page)).toEqual([]);
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(320);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("lists Flawless Med Spa at its Santa Fe location, then the nearby Santa Fe practice, for 87501", async () => {
    const { page, q } = await open('/');
    await searchZip(q, '87501');
    await q.root.getByText(/practices? near 87501/).waitFor();
    const names = await cardNames(q);
    expect(names.slice(0, 2)).toEqual(['Flawless Med Spa', 'Piñon Example Aesthetics (fictitious)']);
    const flawless = q.root.locator('.tq-practice').first();
    expect(await flawless.locator('.tq-badge').textContent()).toBe(s.featured);
    // The Santa Fe location (87505), not Albuquerque 60 miles away.
    expect(await flawless.locator('.meta').first().textContent()).toMatch(/^Santa Fe, NM · \d(\.\d)? mi$/);
    expect(await flawless.getByRole('link', { name: /^Call/ }).getAttribute('href')).toBe('tel:5053172563');
    await expect(q.root.locator('.tq-practice').nth(1).getByText(/Santa Fe, NM · \d+(\.\d)? mi/).count()).resolves.toBe(1);
    await page.context().close();
  });

  it('says how far the nearest practice is when none is within reach (New York 10001), and links the directory', async () => {
    const { page, q } = await open('/', (c) =>
      c.route('**/demo/quiz-config.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify({ ...demoConfig, directoryUrl: 'https://directory.example.com/find' }) })),
    );
    await searchZip(q, '10001');
    const status = q.root.getByRole('status').filter({ hasText: /^No matching practice/ });
    await status.waitFor();
    expect(await status.textContent()).toMatch(/^No matching practice within 100 mi of 10001\. The nearest is Enchanted Sample Skin Studio \(fictitious\) in Taos, NM, about 1,[5-9]00 mi away\.$/);
    expect(await cardNames(q)).toEqual(['Enchanted Sample Skin Studio (fictitious)']);
    expect(await q.root.locator('.tq-practice .meta').first().textContent()).toMatch(/^Taos, NM · 1,[5-9]00 mi$/);
    await expect(q.root.getByRole('link', { name: /Search our directory/ }).count()).resolves.toBe(1);
    await screenshot(page, 'match-10001-320', q.root.locator('.tq-practices'));
    await page.context().close();
  });

  it('finds a location known only by its ZIP (at the ZIP centroid) and one known only by its city', async () => {
    const practices = [
      ...demoPractices,
      { id: 'zip-only', name: 'Four Corners ZIP Only (fictitious)', url: 'https://zip-only.example.com/', phone: '(505) 555-0191', locations: [{ name: 'Main Street', zip: '87401' }] },
      { id: 'city-only', name: 'Española City Only (fictitious)', url: 'https://city-only.example.com/', phone: '(505) 555-0192', locations: [{ city: 'Española', state: 'NM' }] },
    ];
    const { page, q } = await open('/', (c) => c.route('**/demo/practices.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(practices) })));
    await searchZip(q, '87402');
    await q.root.getByText('1 practice near 87402.').waitFor();
    expect(await cardNames(q)).toEqual(['Four Corners ZIP Only (fictitious)']);
    expect(await q.root.locator('.tq-practice .meta').first().textContent()).toMatch(/^Main Street · \d(\.\d)? mi$/);

    await searchZip(q, 'Española, NM');
    await q.root.getByText('1 practice in Española, NM.').waitFor();
    expect(await cardNames(q)).toEqual(['Española City Only (fictitious)']);
    expect(await q.root.locator('.tq-practice .meta').first().textContent()).toBe('Española, NM');
    await page.context().close();
  });

  it('still matches by ZIP prefix, and says so, when the ZIP table cannot be fetched', async () => {
    const { page, q, problems } = await open('/', (c) => c.route('**/dist/zips/**', (r) => r.abort('internetdisconnected')));
    await searchZip(q, '87101');
    await q.root.getByText(s.zipTableFailed).waitFor();
    expect((await cardNames(q))[0]).toBe('Flawless Med Spa');
    expect(problems.filter((p) => !p.includes('Failed to load resource'))).toEqual([]);
    await page.context().close();
  });

  it('works in Spanish and under a strict Content-Security-Policy', async () => {
    const es = partWords.es.practices;
    const { page, q } = await open('/demo/es.html', undefined, 'es');
    await searchZip(q, '87101', es);
    await q.root.getByText(/^\d+ clínicas? cerca de 87101\.$/).waitFor();
    expect((await cardNames(q))[0]).toBe('Flawless Med Spa');
    await page.context().close();

    const csp = await open('/demo/csp.html');
    const violations: string[] = [];
    csp.page.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(m.text()));
    await searchZip(csp.q, '87501');
    await csp.q.root.getByText(/practices? near 87501/).waitFor();
    expect((await cardNames(csp.q))[0]).toBe('Flawless Med Spa');
    expect(await csp.q.root.locator('.tq-practice').nth(1).getByText(/ mi$/).count()).toBe(1);
    expect([...violations, ...csp.problems]).toEqual([]);
    await csp.page.context().close();
  });

  it('asks for the location only on a click and ranks by it', async () => {
    const { page, q, requests } = await open('/', async (c) => {
      await c.grantPermissions(['geolocation']);
      await c.setGeolocation({ latitude: 32.31, longitude: -106.77 }); // Las Cruces
    });
    expect(requests.some((r) => r.includes('/zips/'))).toBe(false);
    await q.root.getByRole('button', { name: s.useLocation }).click();
    await q.root.getByText(/practices? near you/).waitFor();
    expect((await cardNames(q))[0]).toBe('Mesilla Sample Aesthetics (fictitious)');
    await page.context().close();
  });
  it('asks for a ZIP instead when the visitor refuses the location', async () => {
    const { page, q, problems } = await open('/'); // no permission granted: the browser refuses
    await q.root.getByRole('button', { name: s.useLocation }).click();
    await q.root.getByText(s.locationDenied).waitFor();
    expect((await cardNames(q))[0]).toBe('Flawless Med Spa'); // the list before any location stays
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('directory mode', () => {
  it('fetches only the index and the visitor shard, and ranks from it', async () => {
    const { page, q, requests } = await open('/demo/directory.html');
    await searchZip(q, '88001');
    await q.root.getByText(/practices? near 88001/).waitFor();
    expect(await cardNames(q)).toEqual(['Mesilla Sample Aesthetics (fictitious)']);
    const fetched = requests.filter((r) => r.startsWith('/demo/directory/') && r.endsWith('.json'));
    expect(fetched.sort()).toEqual(['/demo/directory/880.json', '/demo/directory/index.json', '/demo/directory/quiz-config.json']);
    await page.context().close();
  });

  it('shows the featured practice and an honest message when the shard fails to load', async () => {
    const { page, q, problems } = await open('/demo/directory.html', (c) => c.route('**/demo/directory/875.json', (r) => r.abort('internetdisconnected')));
    await searchZip(q, '87501');
    await q.root.getByText(s.directoryFailed).waitFor();
    expect(await cardNames(q)).toEqual(['Flawless Med Spa']);
    await expect(q.root.getByRole('link', { name: /Search our directory/ }).count()).resolves.toBe(1);
    await screenshot(page, 'match-directory-offline-320');
    expect(problems.filter((p) => !p.includes('Failed to load resource'))).toEqual([]);
    await page.context().close();
  });

  it('treats a corrupt shard like a missing one', async () => {
    const { page, q } = await open('/demo/directory.html', (c) => c.route('**/demo/directory/871.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"oops":' })));
    await searchZip(q, '87101');
    await q.root.getByText(s.directoryFailed).waitFor();
    expect(await cardNames(q)).toEqual(['Flawless Med Spa']);
    await page.context().close();
  });
});
