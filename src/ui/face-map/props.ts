import type { ReadonlySignal } from '@preact/signals';
import type { AreaId } from '../../engine/types';

export interface FaceMapProps {
  readonly selected: readonly AreaId[];
  /**
   * The area whose checkbox has keyboard focus, highlighted on the map. A signal the drawing
   * reads itself, so tabbing through the list re-renders the drawing, not the whole step.
   */
  readonly focused: ReadonlySignal<AreaId | undefined>;
  readonly onToggle: (area: AreaId) => void;
}
