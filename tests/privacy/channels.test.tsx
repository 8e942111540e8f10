// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/config/validate';
import { createSender } from '../../src/embed/analytics-send';
import { assess } from '../../src/engine/evaluate';
import { SAFETY_FLAGS, type Answers, type SafetyFlag } from '../../src/engine/types';
import { buildLead } from '../../src/leads/lead';
import { recommend } from '../../src/recommend';
import { Practices } from '../../src/ui/practices/Practices';
import { Share } from '../../src/ui/share/Share';
import { createQuiz, emptyProgress } from '../../src/ui/state';
import type { EventName } from '../../src/ui/events';
import { answers } from '../helpers/arbitraries';
import { withWords } from '../helpers/with-words';

// Health answers never leave the page, not even by inference. For any answers, every outward
// channel (the complete event, what analytics sends, practice links with their UTM, the share
// text and link, the lead body) is byte-identical with and without any safety answers.

afterEach(cleanup);

const { config } = validateConfig({
  practices: [
    { id: 'both', name: 'Both Spa', url: 'https://both.example', phone: '(505) 555-0100', bookingUrl: 'https://both.example/book', featured: true },
    { id: 'tox', name: 'Tox Spa', url: 'https://tox.example', phone: '(505) 555-0101', offers: ['neuromodulator'] },
    { id: 'fill', name: 'Fill Spa', url: 'https://fill.example', phone: '(505) 555-0102', offers: ['filler'] },
  ],
  utmCampaign: 'c',
  share: { url: 'https://spa.example/quiz' },
});

/** Everything that would leave the page for these answers, as text. */
async function outward(a: Answers): Promise<string> {
  const sent: unknown[] = [];
  const emit = (name: string, detail: Record<string, unknown>) => sent.push([name, detail]);
  const quiz = createQuiz(config.rules, emit, { ...emptyProgress, step: 'safety', areas: a.areas, appearance: a.appearance ?? {}, safety: a.safety ?? [] });
  quiz.next(assess);
  const dataLayer: unknown[] = [];
  const sender = createSender({ analytics: 'datalayer', onEvent: (e) => dataLayer.push(e) }, { dataLayer } as never);
  for (const [name, detail] of sent as [EventName, Record<string, unknown>][]) sender(name, detail);

  const recommendation = recommend(a, { rules: config.rules });
  const { id: _id, ...lead } = buildLead({ name: 'Ana', contact: 'ana@example.com', consent: true, recommendation, locale: 'en', page: 'https://spa.example/quiz' })!;
  const slot = { recommendation, config, locale: 'en' as const, emit };
  const view = render(
    withWords(<div>
      <Practices {...slot} fetchJson={() => Promise.reject(new Error('offline'))} />
      <Share {...slot} />
    </div>),
  );
  // The practice list fills in after its first (local) search resolves.
  await view.findAllByText(/Spa/);
  const links = [...view.container.querySelectorAll('a')].map((x) => x.getAttribute('href'));
  const texts = [...view.container.querySelectorAll('[data-share-text], a[href*="text="]')].map((x) => x.getAttribute('href'));
  cleanup();
  return JSON.stringify({ sent, dataLayer, lead, links, texts });
}

describe('every outward channel', () => {
  it('is byte-identical with and without safety answers, for any answers', async () => {
    await fc.assert(
      fc.asyncProperty(answers(), fc.subarray([...SAFETY_FLAGS], { minLength: 1 }), async (a, flags: SafetyFlag[]) => {
        const calm = await outward({ ...a, safety: [] });
        const flagged = await outward({ ...a, safety: flags });
        expect(flagged).toBe(calm);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('carries something to compare: the complete event, analytics, links with UTM and the lead', async () => {
    const text = await outward({ areas: ['forehead', 'lips'], appearance: { forehead: 'with-expression' } });
    for (const part of ['"complete"', 'utm_content=combination', '"recommendation":{"overall":"combination"', 'both.example/book']) expect(text).toContain(part);
  });
});
