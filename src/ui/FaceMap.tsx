import type { FaceMapProps } from './face-map/props';
import { lazy } from './lazy';

export type { FaceMapProps };

// The drawing is a separate file, not on the first screen: the intro preloads it, so it is
// there by the areas step. If it cannot load, the box stays empty: the list still works.
const Drawing = lazy<FaceMapProps>(() =>
  import('./face-map/FaceDrawing').then(
    (m) => m.FaceDrawing,
    (e: unknown) => {
      console.warn('treatment-quiz: could not load the face map; the list of areas still works', e);
      return () => null;
    },
  ),
);

export const preloadFaceMap = Drawing.preload;

/**
 * A face to tap for pointer users. Hidden from assistive tech on purpose: each region mirrors
 * a native checkbox in the list beside it, which keyboards and screen readers use. The box
 * has the drawing's size before the drawing arrives (a soft placeholder), so nothing moves.
 */
export function FaceMap(props: FaceMapProps) {
  return (
    <div class="face" aria-hidden="true">
      <Drawing {...props} />
    </div>
  );
}
