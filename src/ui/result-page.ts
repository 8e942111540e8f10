import type { AppProps } from './app-props';
import { lazy } from './lazy';
import { preloadResultParts } from './result-parts';

// The result page (reasons, comparison, practices, sharing) is a separate file: the first screen
// does not carry it, and the safety step preloads it so it is there when the visitor is.
export const Result = lazy<AppProps>(() => import('./Result').then((m) => m.Result));
/** The comparison alone, for a shared link (?tq=compare). */
export const Comparison = lazy<Record<string, never>>(() => import('./Comparison').then((m) => m.SharedComparison));

export function preloadResult(): void {
  void Result.preload();
  preloadResultParts();
}
