import type { AnalyticsMode } from '../config/modes';
import type { ShareTarget } from '../config/share-networks';
import type { AreaId, Locale, Treatment } from '../engine/types';
import { LEAD_STATUSES, type LeadStatus } from '../leads/status';
import type { EventName } from '../ui/events';
import { PRACTICE_ACTIONS, type PracticeAction } from '../ui/practices/actions';
import { STEPS, type Step } from '../ui/steps';
import type { Listener } from './events';

// The closed lists and shapes of what opted-in analytics may carry, in one place for the code
// that decides to send (analytics.ts, on the first screen) and the code that sends
// (analytics-send.ts, loaded only when the owner opts in).

/** A step name is the only thing `step` events carry. */
export { STEPS };
export type StepName = Step;

export { LEAD_STATUSES, type LeadStatus };

export { PRACTICE_ACTIONS, type PracticeAction };
export type { AnalyticsMode, Listener };

export interface DataLayerHost {
  dataLayer?: unknown[];
}

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
  readonly network?: ShareTarget;
  /** Per-area treatment (complete; onEvent only, never pushed to the dataLayer). */
  readonly areas?: readonly { readonly area: AreaId; readonly treatment: Treatment }[];
}

export interface AnalyticsEvent {
  /** Event name without the prefix: "start", "step", "complete", "restart", … */
  readonly name: EventName;
  readonly detail: AnalyticsDetail;
}

export interface AnalyticsOptions {
  readonly analytics?: AnalyticsMode;
  readonly onEvent?: (event: AnalyticsEvent) => void;
}
