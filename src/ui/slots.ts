import type { ResolvedConfig } from '../config/validate';
import type { Recommendation } from '../engine/types';
import type { Emit } from './events';

/**
 * What the result page hands to the parts that live beside it (matched practices, sharing,
 * lead capture). They never decide a recommendation: they receive the engine's.
 */
export interface ResultSlotProps {
  readonly recommendation: Recommendation;
  readonly config: ResolvedConfig;
  /** Fires `treatment-quiz:<name>` on the host element (bubbling, composed). */
  readonly emit: Emit;
}
