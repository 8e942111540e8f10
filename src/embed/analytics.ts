import { SHARE_NETWORKS } from '../config/share-networks';
import { AREA_IDS, LOCALES, TREATMENTS, type AreaId, type Locale, type Treatment } from '../engine/types';

// Opt-in analytics. Nothing is sent anywhere unless the site owner asks: `analytics:
// "datalayer"` (config, `analytics` attribute or mount option) pushes to GTM/GA4's
// window.dataLayer, `onEvent` hands events to the owner's own code. Only an allow-list of
// fields ever leaves the widget, so safety answers (and cautions, which reveal them) cannot.

export const ANALYTICS_MODES = ['datalayer', 'none'] as const;
export type AnalyticsMode = (typeof ANALYTICS_MODES)[number];

/** What an event may carry. Everything else in the widget's event detail is dropped. */
export interface AnalyticsDetail {
  readonly locale?: Locale;
  /** The step just shown. */
  readonly step?: StepName;
  /** The overall recommendation type (complete). */
  readonly overall?: Treatment;
  /** Where a "send me my result" lead went (lead). */
  readonly status?: LeadStatus;
  /** The owner's own practice id, or "directory" (practice-click). */
  readonly practiceId?: string;
  /** What the visitor clicked on a practice (practice-click). */
  readonly action?: PracticeAction;
  /** Where the result was shared: a network, "copy" or "native" (share). */
  readonly network?: string;
  /** Per-area treatment (complete; onEvent only, never pushed to the dataLayer). */
  readonly areas?: readonly { readonly area: AreaId; readonly treatment: Treatment }[];
}

export interface AnalyticsEvent {
  /** Event name without the prefix: "start", "step", "complete", "restart", … */
  readonly name: string;
  readonly detail: AnalyticsDetail;
}

export interface AnalyticsOptions {
  readonly analytics?: AnalyticsMode;
  readonly onEvent?: (event: AnalyticsEvent) => void;
}

/** The quiz's steps, in order. A step name is the only thing `step` events carry. */
export const STEPS = ['intro', 'areas', 'appearance', 'safety', 'result'] as const;
export type StepName = (typeof STEPS)[number];

export const LEAD_STATUSES = ['sent', 'queued', 'rejected'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

export const PRACTICE_ACTIONS = ['website', 'call', 'book', 'directory'] as const;
export type PracticeAction = (typeof PRACTICE_ACTIONS)[number];
const NETWORKS: readonly string[] = [...SHARE_NETWORKS, 'copy', 'native'];

const has = <T extends string>(list: readonly T[], x: unknown): x is T => list.includes(x as T);

/** The allow-list: copies only the fields above, each checked against its known values. */
export function analyticsDetail(detail: Readonly<Record<string, unknown>> = {}): AnalyticsDetail {
  const out: { -readonly [K in keyof AnalyticsDetail]: AnalyticsDetail[K] } = {};
  if (has(LOCALES, detail.locale)) out.locale = detail.locale;
  if (has(STEPS, detail.step)) out.step = detail.step;
  if (has(TREATMENTS, detail.overall)) out.overall = detail.overall;
  if (has(LEAD_STATUSES, detail.status)) out.status = detail.status;
  // Same rule as a practice id in the config: the owner's label, never the visitor's data.
  if (typeof detail.practiceId === 'string' && /^[\w.-]{1,100}$/.test(detail.practiceId)) out.practiceId = detail.practiceId;
  if (has(PRACTICE_ACTIONS, detail.action)) out.action = detail.action;
  if (has(NETWORKS, detail.network)) out.network = detail.network;
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

interface DataLayerHost {
  dataLayer?: unknown[];
}

/**
 * A listener for the widget's emitter, or undefined when the owner opted in to nothing (so
 * nothing is even attached). Never throws into the host page.
 */
export function createAnalytics(options: AnalyticsOptions, host: DataLayerHost = window as DataLayerHost): ((name: string, detail?: Readonly<Record<string, unknown>>) => void) | undefined {
  const push = options.analytics === 'datalayer';
  const { onEvent } = options;
  if (!push && typeof onEvent !== 'function') return undefined;
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
