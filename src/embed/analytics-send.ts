import { own } from '../guard/own';
import { SHARE_TARGETS } from '../config/share-networks';
import { AREA_IDS, LOCALES, TREATMENTS } from '../engine/types';
import { LEAD_STATUSES, PRACTICE_ACTIONS, STEPS, type AnalyticsDetail, type AnalyticsOptions, type DataLayerHost, type Listener } from './analytics-fields';

export { LEAD_STATUSES, PRACTICE_ACTIONS, STEPS, type DataLayerHost, type LeadStatus, type Listener, type PracticeAction, type StepName } from './analytics-fields';

// What opted-in analytics send; loaded only when the owner opts in (see analytics.ts). Only an
// allow-list of fields ever leaves the widget, so safety answers (and the cautions and reasons
// that would reveal them) cannot.

const has = <T extends string>(list: readonly T[], x: unknown): x is T => list.includes(x as T);

/** The allow-list: copies only the fields above, each checked against its known values. */
export function analyticsDetail(raw?: Readonly<Record<string, unknown>>): AnalyticsDetail {
  // Own keys only (config/own.ts): a key the host page put on Object.prototype is not a field.
  const detail = own<Record<string, unknown>>(raw);
  const out: { -readonly [K in keyof AnalyticsDetail]: AnalyticsDetail[K] } = {};
  if (has(LOCALES, detail.locale)) out.locale = detail.locale;
  if (has(STEPS, detail.step)) out.step = detail.step;
  if (has(TREATMENTS, detail.overall)) out.overall = detail.overall;
  if (has(LEAD_STATUSES, detail.status)) out.status = detail.status;
  // Same rule as a practice id in the config: the owner's label, never the visitor's data.
  if (typeof detail.practiceId === 'string' && /^[\w.-]{1,100}$/.test(detail.practiceId)) out.practiceId = detail.practiceId;
  if (has(PRACTICE_ACTIONS, detail.action)) out.action = detail.action;
  if (has(SHARE_TARGETS, detail.network)) out.network = detail.network;
  if (Array.isArray(detail.areas)) {
    const areas = detail.areas.flatMap((a: { area?: unknown; treatment?: unknown } | null) =>
      a && has(AREA_IDS, a.area) && has(TREATMENTS, a.treatment) ? [{ area: a.area, treatment: a.treatment }] : [],
    );
    if (areas.length) out.areas = areas;
  }
  return out;
}

/** "practice-click" -> "treatment_quiz_practice_click" (GA4 event names: letters, digits, _). */
export const dataLayerName = (name: string): string => `treatment_quiz_${name.replace(/[^a-z0-9]+/gi, '_').toLowerCase()}`;


/** The listener for opted-in analytics: dataLayer pushes and/or onEvent. Never throws. */
export function createSender(options: AnalyticsOptions, host: DataLayerHost = window as DataLayerHost): Listener {
  const push = options.analytics === 'datalayer';
  const { onEvent } = options;
  return (name, raw) => {
    const detail = analyticsDetail(raw);
    try {
      if (push) {
        // The dataLayer gets the recommendation type and step names only: no per-area detail.
        const { areas: _areas, ...typeOnly } = detail;
        (host.dataLayer ??= []).push({ event: dataLayerName(name), treatment_quiz: typeOnly });
      }
      onEvent?.({ name, detail });
    } catch (e) {
      console.error('treatment-quiz: analytics listener failed', e);
    }
  };
}
