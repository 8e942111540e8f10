import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { SAFETY_FLAGS, type Answers } from '../../src/engine/types';
import type { Lead } from '../../src/leads/lead';
import { STORAGE_KEY } from '../../src/leads/store';
import { axe, screenshot, watchProblems } from './harness';
import { browserAndServer, hostPage } from './suite';
import { eventually, quiz } from './quiz-driver';
import { partWords } from '../../src/content/locales';

// Lead capture under failure, in a real browser against a real endpoint: the endpoint fails,
// the lead waits in localStorage across reloads, and the next visit delivers it.

const config = { leads: { endpoint: '/leads', privacyUrl: '/privacy' } };
const leadPage = hostPage(
  'Leads test',
  `<main><h1>Flawless Med Spa</h1>
<treatment-quiz><script type="application/json">${JSON.stringify(config)}</script></treatment-quiz></main>`,
);

/** The same page with other lead settings; `endpoint` may depend on the request (its port). */
const pageWith = (leads: (req: IncomingMessage) => Record<string, string>) => (req: IncomingMessage, res: ServerResponse) =>
  hostPage('Leads test', `<main><h1>Flawless Med Spa</h1>
<treatment-quiz><script type="application/json">${JSON.stringify({ leads: leads(req) })}</script></treatment-quiz></main>`)(req, res);
const PHONE = '(505) 317-2563';

let context: BrowserContext;
let mode: 'fail' | 'ok' = 'fail';
const received: { status: number; lead: Lead }[] = [];
const blind: Lead[] = [];
const moved: Lead[] = [];

const readLead = (req: IncomingMessage, then: (lead: Lead) => void) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => then(JSON.parse(body) as Lead));
};

const suite = browserAndServer({
  routes: {
    '/lead.html': leadPage,
    '/leads': (req: IncomingMessage, res: ServerResponse) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const status = mode === 'ok' ? 201 : 500;
        received.push({ status, lead: JSON.parse(body) as Lead });
        res.writeHead(status, { 'content-type': 'application/json' }).end('{}');
      });
    },
    // On another origin (localhost vs 127.0.0.1): stores every lead, but only its preflight has
    // CORS headers, so the browser hides the answer to the POST and fetch throws a TypeError.
    '/lead-blind.html': pageWith((req) => ({ endpoint: `http://localhost:${req.headers.host!.split(':')[1]}/leads-blind`, privacyUrl: '/privacy' })),
    '/leads-blind': (req: IncomingMessage, res: ServerResponse) => {
      if (req.method === 'OPTIONS') {
        return void res
          .writeHead(204, { 'access-control-allow-origin': req.headers.origin!, 'access-control-allow-methods': 'POST', 'access-control-allow-headers': 'content-type' })
          .end();
      }
      readLead(req, (lead) => {
        blind.push(lead);
        res.writeHead(201, { 'content-type': 'application/json' }).end('{}');
      });
    },
    // An endpoint behind a login: it redirects to an HTML page that answers 200.
    '/lead-moved.html': pageWith(() => ({ endpoint: '/leads-moved', privacyUrl: '/privacy', phone: PHONE })),
    '/leads-moved': (req: IncomingMessage, res: ServerResponse) =>
      readLead(req, (lead) => {
        moved.push(lead);
        res.writeHead(302, { location: '/login.html' }).end();
      }),
    '/login.html': (_req: IncomingMessage, res: ServerResponse) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<form>Sign in</form>'),
    '/lead-unsaved.html': pageWith(() => ({ endpoint: '/leads', privacyUrl: '/privacy', phone: PHONE })),
  },
});
afterEach(async () => {
  await context?.close();
});

const stored = (p: Page) => p.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '[]') as { lead: Lead }[], STORAGE_KEY);
const answers: Answers = { areas: ['lips'], safety: ['blood-thinners'] };
const t = partWords.en.leads;

/** Completes the quiz on `path` and sends the lead form. */
async function sendLead(p: Page, path: string): Promise<ReturnType<typeof quiz>> {
  await p.goto(`${suite.server.url}${path}`);
  const q = quiz(p, 'en');
  await q.complete(answers);
  const form = q.root.getByRole('region', { name: t.title });
  await form.getByLabel(t.name).fill('Ana García');
  await form.getByLabel(t.contact).fill('ana@example.com');
  await form.getByRole('checkbox', { name: t.consent }).check();
  await form.getByRole('button', { name: t.submit }).click();
  return q;
}

describe('lead capture', () => {
  it('keeps a lead the endpoint refused in localStorage across reloads, and delivers it once the endpoint works', async () => {
    context = await suite.browser.newContext({ viewport: { width: 390, height: 844 } });
    const p = await context.newPage();
    const problems = watchProblems(p);
    await p.goto(`${suite.server.url}/lead.html`);
    const q = quiz(p, 'en');
    await q.complete(answers);

    const form = q.root.getByRole('region', { name: t.title });
    await form.getByLabel(t.name).fill('Ana García');
    await form.getByLabel(t.contact).fill('ana@example.com');
    await form.getByRole('checkbox', { name: t.consent }).check();
    expect(await form.getByRole('link', { name: t.privacy }).getAttribute('href')).toBe('/privacy');
    await form.getByRole('button', { name: t.submit }).click();
    await q.root.getByText(t.queued).waitFor();

    const [waiting] = await stored(p);
    expect(waiting?.lead).toMatchObject({ name: 'Ana García', email: 'ana@example.com', consent: true, locale: 'en' });
    expect(received.length).toBeGreaterThanOrEqual(1);
    expect(received.every((r) => r.status === 500)).toBe(true);

    await p.reload(); // the endpoint still fails: the lead survives the reload
    await q.stepHeading('result').waitFor();
    await eventually(() => Promise.resolve(received.length), (n) => n >= 2, 'a retry on load');
    expect((await stored(p)).map((s) => s.lead.id)).toEqual([waiting!.lead.id]);

    mode = 'ok'; // the owner fixes the endpoint; the visitor comes back
    await p.reload();
    await eventually(() => stored(p), (s) => s.length === 0, 'the waiting lead to be delivered', 15_000);
    const delivered = received.filter((r) => r.status === 201);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.lead).toEqual(waiting!.lead);
    const sent = JSON.stringify(received.map((r) => r.lead));
    for (const flag of SAFETY_FLAGS) expect(sent).not.toContain(flag);
    expect(problems.filter((x) => !/500|Failed to load resource/.test(x))).toEqual([]);
  });

  it('sends at once when the endpoint works, and offers no form without leads config', async () => {
    mode = 'ok';
    context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await context.newPage();
    await p.goto(`${suite.server.url}/lead.html`);
    const q = quiz(p, 'en');
    await q.complete({ areas: ['forehead'], appearance: { forehead: 'with-expression' }, safety: [] });
    const before = received.length;
    await q.root.getByRole('button', { name: t.submit }).click(); // empty: every problem shown
    await q.root.getByText(t.nameError).waitFor();
    expect(await axe(p)).toEqual([]);
    await p.setViewportSize({ width: 320, height: 800 });
    await q.root.getByRole('region', { name: t.title }).scrollIntoViewIfNeeded();
    await screenshot(p, 'lead-form-320-errors');
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await q.root.getByLabel(t.name).fill('Ben');
    await q.root.getByLabel(t.contact).fill('(505) 555-0123');
    await q.root.getByRole('checkbox', { name: t.consent }).check();
    await q.root.getByRole('button', { name: t.submit }).click();
    await q.root.getByText(t.sent).waitFor();
    expect(received.slice(before).map((r) => r.lead.phone)).toEqual(['(505) 555-0123']);
    expect(await stored(p)).toEqual([]);

    await p.goto(`${suite.server.url}/demo/`);
    const demo = quiz(p, 'en');
    await demo.complete({ areas: ['lips'], safety: [] });
    expect(await demo.root.getByRole('region', { name: t.title }).count()).toBe(0);
  });

  it('stops posting copies to an endpoint that stores leads but sends no CORS headers', async () => {
    context = await suite.browser.newContext();
    const p = await context.newPage();
    const warned = new Promise<string>((resolve) => p.on('console', (m) => m.type() === 'warning' && m.text().includes('CORS') && resolve(m.text())));
    const q = await sendLead(p, '/lead-blind.html');
    await q.root.getByText(t.queued).waitFor();
    expect(await warned).toContain('/leads-blind'); // the owner is told why, in the console
    expect(blind).toHaveLength(2); // a blip gets one more try; then it waits an hour
    await p.reload();
    await q.stepHeading('result').waitFor();
    await p.waitForLoadState('networkidle');
    expect(blind).toHaveLength(2); // not another copy on every page view
    expect((await stored(p)).map((s) => s.lead.id)).toEqual([blind[0]!.id]);
  });

  it('does not count a redirect (to a login page) as sent', async () => {
    context = await suite.browser.newContext();
    const p = await context.newPage();
    const q = await sendLead(p, '/lead-moved.html');
    await q.root.getByText(t.queued).waitFor();
    expect(moved.length).toBeGreaterThanOrEqual(1);
    expect((await stored(p)).map((s) => s.lead.id)).toEqual([moved[0]!.id]);
  });

  it('says a lead could not be saved when the browser refuses storage, offers the phone, and still delivers it while the page is open', async () => {
    mode = 'fail';
    context = await suite.browser.newContext();
    // What a full quota (or an old private mode) does to every write.
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const p = await context.newPage();
    const q = await sendLead(p, '/lead-unsaved.html');
    const status = q.root.getByRole('status').filter({ hasText: t.unsaved });
    await status.waitFor();
    expect(await status.textContent()).not.toContain(t.queued);
    expect(await status.getByRole('link', { name: PHONE }).getAttribute('href')).toBe('tel:5053172563');
    mode = 'ok';
    await q.root.getByText(t.sent).waitFor({ timeout: 15_000 });
    expect(await stored(p)).toEqual([]);
  });
});
