import type { AreaId } from '../../engine/types';

export interface FaceMapProps {
  readonly selected: readonly AreaId[];
  /** The area whose checkbox has keyboard focus, highlighted on the map. */
  readonly focused?: AreaId;
  readonly onToggle: (area: AreaId) => void;
}
