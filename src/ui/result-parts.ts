import { lazy } from './lazy';
import type { ResultSlotProps } from './slots';

// The result page's extras load as separate files (see lazy.ts); the safety step preloads
// them so they are usually ready by the time the result shows.
export const Practices = lazy<ResultSlotProps>(() => import('./practices/Practices').then((m) => m.Practices));
export const Share = lazy<ResultSlotProps>(() => import('./share/Share').then((m) => m.Share));

export function preloadResultParts(): void {
  void Practices.preload();
  void Share.preload();
}
