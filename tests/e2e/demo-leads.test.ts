import type { BrowserContext } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axe, watchCsp, watchProblems } from './harness';
import { quiz } from './quiz-driver';
import { browserAndServer } from './suite';
import { partWords } from '../../src/content/locales';

// The whole owner's flow on the demo server: a visitor sends the lead form on the lead-form
// demo page, and the lead shows in the demo server's inbox page, newest first, as text.

const suite = browserAndServer();
const t = partWords.en.leads;
let close = async () => {};
afterEach(() => close());

/** A visitor in a tab of their own (progress is kept per tab) takes the quiz and sends the form. */
async function sendLead(context: BrowserContext, name: string, contact: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${suite.server.url}/demo/leads.html`);
  const q = quiz(page, 'en');
  await q.complete({ areas: ['lips'], safety: [] });
  const form = q.root.getByRole('region', { name: t.title });
  expect(await form.getByRole('link', { name: t.privacy }).getAttribute('href')).toBe('/demo/privacy.html');
  await form.getByLabel(t.name).fill(name);
  await form.getByLabel(t.contact).fill(contact);
  await form.getByRole('checkbox', { name: t.consent }).check();
  await form.getByRole('button', { name: t.submit }).click();
  await q.root.getByText(t.sent).waitFor();
  await page.close();
}

describe('the lead-form demo and its inbox', () => {
  it('shows a sent lead on /demo/inbox, newest first, as text', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    close = () => context.close();
    const page = await context.newPage();
    const problems = watchProblems(page);

    await page.goto(`${suite.server.url}/demo/inbox`);
    await page.getByText('No leads yet.').waitFor();

    await sendLead(context, 'Ana <img src=x onerror="window.__xss=1"> García', 'ana@example.com');
    await sendLead(context, 'Ben Ortiz', '(505) 555-0123');

    const csp = await watchCsp(page);
    await page.goto(`${suite.server.url}/demo/inbox`);
    const leads = page.getByRole('list', { name: 'Leads received' }).getByRole('listitem');
    expect(await leads.getByRole('heading').allTextContents()).toEqual(['Ben Ortiz', 'Ana <img src=x onerror="window.__xss=1"> García']);
    expect(await leads.first().textContent()).toContain('(505) 555-0123');
    expect(await leads.nth(1).textContent()).toContain('ana@example.com');
    expect(await leads.nth(1).textContent()).toContain('filler (lips: filler)');
    expect(await leads.nth(1).textContent()).toContain(`${suite.server.url}/demo/leads.html`);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate(() => 'xss' in window || '__xss' in window)).toBe(false);
    expect(csp).toEqual([]);
    expect(await axe(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
