import type { FaceMapProps } from './face-map/props';
import { FaceDrawing } from './parts';

export type { FaceMapProps };

/**
 * A face to tap for pointer users. Hidden from assistive tech on purpose: each region mirrors
 * a native checkbox in the list beside it, which keyboards and screen readers use. The box
 * has the drawing's size before the drawing arrives (a soft placeholder, see parts.ts), so
 * nothing moves.
 */
export function FaceMap(props: FaceMapProps) {
  return (
    <div class="face" aria-hidden="true">
      <FaceDrawing {...props} />
    </div>
  );
}
