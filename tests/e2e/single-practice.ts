import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LOCALES, type Locale } from '../../src/engine/types';
import { hostPage } from './suite';

// A one-med-spa site, the common case: the demo's theme and its own practice written inline,
// with no practices file and no directory, in the demo site's page frame.

const json = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const demo = json('../../demo/quiz-config.json') as { theme: unknown; utmCampaign: string };
const [flawless] = json('../../demo/practices.json') as unknown[];

export const singlePracticeConfig = { theme: demo.theme, utmCampaign: demo.utmCampaign, practices: [flawless] };

export const singlePracticePath = (locale: Locale): string => `/single-practice-${locale}.html`;

/** Server routes for `singlePracticePath(locale)`, one per locale. */
export const singlePracticeRoutes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = Object.fromEntries(
  LOCALES.map((locale) => [
    singlePracticePath(locale),
    hostPage(
      'One med spa',
      `<main class="section"><div class="shell"><h1>Flawless Med Spa</h1><div class="quiz-frame"><treatment-quiz locale="${locale}"><script type="application/json">${JSON.stringify(singlePracticeConfig)}</script></treatment-quiz></div></div></main>`,
      '<link rel="stylesheet" href="/demo/site.css">',
    ),
  ]),
);
