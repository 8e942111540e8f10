import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Answers, SafetyFlag } from '../../src/engine/types';
import { browserAndServer, hostPage } from './suite';
import { quiz } from './quiz-driver';
import type { BrowserContext } from 'playwright-core';
import { partWords } from '../../src/content/locales';

// Health answers never leave the page, not even by inference: everything that goes out (the
// dataLayer, DOM events, practice links with their UTM, the lead body) must be byte-identical
// with and without any safety answer, for the same areas and appearances.

const practice = {
  id: 'flawless',
  name: 'Flawless Med Spa',
  url: 'https://www.stayflawless.com',
  phone: '(505) 317-2563',
  bookingUrl: 'https://www.stayflawless.com/book',
  city: 'Albuquerque',
  state: 'NM',
};
const config = { practices: [practice], analytics: 'datalayer', utmCampaign: 'privacy', leads: { endpoint: '/leads', privacyUrl: '/privacy' } };
const EVENTS = ['start', 'step', 'complete', 'restart', 'practice-click', 'share', 'lead'];

const leads: string[] = [];
const suite = browserAndServer({
  routes: {
    '/channels.html': hostPage('Channels', `<main><treatment-quiz><script type="application/json">${JSON.stringify(config)}</script></treatment-quiz></main>`),
    '/leads': (req: IncomingMessage, res: ServerResponse) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        leads.push(body);
        res.writeHead(201, { 'content-type': 'application/json' }).end('{}');
      });
    },
  },
});

let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

interface Channels {
  readonly dataLayer: string;
  readonly events: string;
  readonly links: string;
  readonly lead: string;
}

async function outwardChannels(page: Page, answers: Answers, flags: readonly SafetyFlag[], { practices }: { practices: boolean }): Promise<Channels> {
  await page.addInitScript((names: string[]) => {
    const seen: unknown[] = [];
    (window as unknown as { __tqEvents: unknown[] }).__tqEvents = seen;
    for (const n of names) document.addEventListener(`treatment-quiz:${n}`, (e) => seen.push([n, (e as CustomEvent).detail]));
  }, EVENTS);
  await page.goto(`${suite.server.url}/channels.html`);
  const q = quiz(page, 'en');
  await q.complete({ ...answers, safety: flags });
  let links = '';
  let lead = '';
  if (practices) {
    const card = q.root.getByRole('listitem').filter({ hasText: practice.name });
    await card.first().waitFor();
    links = JSON.stringify(await q.root.locator('a[href^="http"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)));
    // A practice click goes out as an event; the page it opens is not followed.
    await page.context().route('https://www.stayflawless.com/**', (route) => route.abort());
    await q.root.getByRole('link', { name: new RegExp(partWords.en.practices.book) }).first().click();
    const t = partWords.en.leads;
    const before = leads.length;
    await q.root.getByLabel(t.name).fill('Ana García');
    await q.root.getByLabel(t.contact).fill('ana@example.com');
    await q.root.getByRole('checkbox', { name: t.consent }).check();
    await q.root.getByRole('button', { name: t.submit }).click();
    await q.root.getByText(t.sent).waitFor();
    expect(leads.length).toBe(before + 1);
    // The lead id is random per submission: everything else must match.
    const { id: _id, ...body } = JSON.parse(leads.at(-1)!) as Record<string, unknown>;
    lead = JSON.stringify(body);
  }
  const dataLayer = JSON.stringify(await page.evaluate(() => (window as unknown as { dataLayer?: unknown[] }).dataLayer ?? []));
  const events = JSON.stringify(await page.evaluate(() => (window as unknown as { __tqEvents: unknown[] }).__tqEvents));
  return { dataLayer, events, links, lead };
}

async function channelsFor(answers: Answers, flags: readonly SafetyFlag[], practices: boolean): Promise<Channels> {
  context = await suite.browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    return await outwardChannels(await context.newPage(), answers, flags, { practices });
  } finally {
    await context.close();
    context = undefined;
  }
}

describe('what leaves the page', () => {
  const visits: { answers: Answers; flags: SafetyFlag[] }[] = [
    // consult-first for the neuromodulator area, filler kept: practices and the lead form still show.
    { answers: { areas: ['forehead', 'lips'], appearance: { forehead: 'with-expression' } }, flags: ['neuromuscular-condition', 'bleeding-disorder'] },
    // combination narrowed to filler, and an 18-to-21 visitor.
    { answers: { areas: ['lip-lines', 'temples'], appearance: { 'lip-lines': 'with-expression' } }, flags: ['age-18-to-21', 'cold-sores', 'allergy-to-ingredients'] },
  ];

  it.each(visits)('is byte-identical with and without health answers ($flags)', async ({ answers, flags }) => {
    const calm = await channelsFor(answers, [], true);
    const flagged = await channelsFor(answers, flags, true);
    expect(calm.dataLayer).toContain('treatment_quiz_complete');
    expect(calm.events).toContain('"complete"');
    expect(calm.links).toContain('utm_content=');
    expect(calm.lead).toContain('"recommendation"');
    expect(flagged).toEqual(calm);
  });

  it('sends the same events for a pregnant visitor as for anyone, though she is shown no practice', async () => {
    const answers: Answers = { areas: ['forehead', 'cheeks'], appearance: { forehead: 'at-rest' } };
    const calm = await channelsFor(answers, [], false);
    const pregnant = await channelsFor(answers, ['pregnant-or-breastfeeding'], false);
    expect(calm.events).toContain('"complete"');
    expect(pregnant).toEqual(calm);
  });
});

describe('a visitor who must not be sent to a practice', () => {
  it.each([
    ['under 18', ['under-18']],
    ['pregnant', ['pregnant-or-breastfeeding']],
  ] as const)('sees no practice, booking button or lead form when %s', async (_, flags) => {
    context = await suite.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${suite.server.url}/channels.html`);
    const q = quiz(page, 'en');
    await q.complete({ areas: ['lips', 'forehead'], appearance: { forehead: 'with-expression' }, safety: [...flags] });
    await q.heading(q.m.treatments['not-now'].name).waitFor();
    await q.heading(q.t.notNowTitle).waitFor();
    await q.root.getByText(q.m.comparison.title).first().waitFor({ state: 'attached' });
    expect(await q.root.getByText(practice.name).count()).toBe(0);
    expect(await q.root.locator('a[href^="tel:"], a[href*="stayflawless"], form').count()).toBe(0);
  });
});
