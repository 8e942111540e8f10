import type { AreaId, Locale, Treatment } from '../engine/types';
import type { DataLayerHost, LeadStatus, Listener, PracticeAction, StepName } from './analytics-send';

// Opt-in analytics. Nothing is sent anywhere unless the site owner asks: `analytics:
// "datalayer"` (config, `analytics` attribute or mount option) pushes to GTM/GA4's
// window.dataLayer, `onEvent` hands events to the owner's own code. The sending code is a
// separate file loaded only then, so sites without analytics never download it.

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

/**
 * A listener for the widget's emitter, or undefined when the owner opted in to nothing (so
 * nothing is even attached). Events that fire before the sending code has loaded (it is
 * requested at once) are kept and sent in order. Never throws into the host page.
 */
export function createAnalytics(options: AnalyticsOptions, host?: DataLayerHost): Listener | undefined {
  if (options.analytics !== 'datalayer' && typeof options.onEvent !== 'function') return undefined;
  let send: Listener | undefined;
  const early: Parameters<Listener>[] = [];
  void import('./analytics-send').then(
    (m) => {
      send = m.createSender(options, host);
      for (const args of early.splice(0)) send(...args);
    },
    (e) => console.error('treatment-quiz: could not load analytics', e),
  );
  return (...args) => {
    if (send) send(...args);
    else early.push(args);
  };
}
