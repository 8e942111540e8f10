import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ui } from '../../src/content/locales';
import { recommend } from '../../src/recommend';
import { SAFETY_FLAGS, type Answers } from '../../src/engine/types';
import { quiz } from './quiz-driver';
import { browserAndServer, hostPage } from './suite';

// Analytics are opt-in: without the attribute nothing reaches window.dataLayer; with it the
// events carry the recommendation type and step names, never the safety answers.

const page = (element: string) => hostPage('Analytics test', element);

const suite = browserAndServer({
  routes: {
    '/off.html': page('<treatment-quiz></treatment-quiz>'),
    '/on.html': page('<treatment-quiz analytics="datalayer"></treatment-quiz>'),
    '/div.html': page('<div data-treatment-quiz data-analytics="datalayer"></div>'),
  },
});

// Pregnancy turns the result into not-now: the page shows it, the dataLayer must not.
const answers: Answers = { areas: ['lips', 'forehead'], appearance: { forehead: 'with-expression' }, safety: ['pregnant-or-breastfeeding'] };

async function completeOn(path: string, host = 'treatment-quiz'): Promise<{ page: Page; dataLayer: unknown; privacy: string; close: () => Promise<void> }> {
  const context = await suite.browser.newContext({ viewport: { width: 390, height: 800 } });
  const p = await context.newPage();
  await p.goto(`${suite.server.url}${path}`);
  const q = quiz(p, 'en', host);
  await q.stepHeading('intro').waitFor();
  // The intro's privacy line must stay true: it changes when the owner turns analytics on.
  const privacy = (await q.root.getByText(/^Your answers stay in this browser/).textContent()) ?? '';
  await q.complete(answers);
  const dataLayer = await p.evaluate(() => (window as { dataLayer?: unknown }).dataLayer);
  return { page: p, dataLayer, privacy, close: () => context.close() };
}

describe('dataLayer analytics', () => {
  it('pushes nothing, and creates no dataLayer, without the opt-in', async () => {
    const { dataLayer, privacy, close } = await completeOn('/off.html');
    expect(dataLayer).toBeUndefined();
    expect(privacy).toBe(ui.en.privacy);
    await close();
  });

  it('pushes every step and the recommendation type when analytics="datalayer"', async () => {
    const { dataLayer, privacy, close } = await completeOn('/on.html');
    expect(privacy).toBe(ui.en.privacyAnalytics);
    // The interest: what the areas ask for, as if no health answer had been given.
    const overall = recommend(answers).interest.overall;
    expect(recommend(answers).overall).toBe('not-now');
    const events = dataLayer as { event: string; treatment_quiz: Record<string, unknown> }[];
    // The complete event comes as the result step opens.
    expect(events.map((e) => e.event)).toEqual(['start', 'step', 'step', 'step', 'complete', 'step'].map((n) => `treatment_quiz_${n}`));
    expect(events.filter((e) => e.event === 'treatment_quiz_step').map((e) => e.treatment_quiz.step)).toEqual(['areas', 'appearance', 'safety', 'result']);
    expect(events.find((e) => e.event === 'treatment_quiz_complete')!.treatment_quiz).toEqual({ overall });
    const text = JSON.stringify(events);
    for (const flag of SAFETY_FLAGS) expect(text).not.toContain(flag);
    expect(text).not.toMatch(/caution|reason|lips|forehead/);
    await close();
  });

  it('works from the data attribute on a div too', async () => {
    const { dataLayer, close } = await completeOn('/div.html', '[data-treatment-quiz]');
    expect((dataLayer as { event: string }[]).some((e) => e.event === 'treatment_quiz_complete')).toBe(true);
    await close();
  });
});
