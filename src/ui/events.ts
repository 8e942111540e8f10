import type { ShareTarget } from '../config/share-networks';
import type { AreaId, Treatment } from '../engine/types';
import type { LeadStatus } from '../leads/status';
import type { PracticeAction } from './practices/actions';
import type { Step } from './steps';

// Every event the widget fires, as `treatment-quiz:<name>` on the host element (and to opted-in
// analytics), with what its detail holds: the one list, so a new event or field is typed
// everywhere it is sent and heard. Health answers never appear here (see engine Interest).

type Nothing = Readonly<Record<string, never>>;

export type QuizEvents = {
  /** The visitor left the intro. */
  readonly start: Nothing;
  /** A step was shown. */
  readonly step: { readonly step: Step };
  /** The result is shown: its interest only, never a health answer. */
  readonly complete: { readonly overall: Treatment; readonly areas: readonly { readonly area: AreaId; readonly treatment: Treatment }[] };
  readonly restart: Nothing;
  /** Launcher mode: the dialog opened or closed. */
  readonly open: Nothing;
  readonly close: Nothing;
  /** Where a "send me my result" lead went. */
  readonly lead: { readonly status: LeadStatus };
  /** A practice link: the owner's practice id, or "directory". */
  readonly 'practice-click': { readonly practiceId: string; readonly action: PracticeAction };
  readonly share: { readonly network: ShareTarget };
  /** Something failed inside the widget. */
  readonly error: { readonly message: string };
};

export type EventName = keyof QuizEvents;

/** Sends one of the widget's events: the one way every part of the widget is handed to fire them. */
export type Emit = <N extends EventName>(name: N, detail: QuizEvents[N]) => void;
