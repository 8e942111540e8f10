import type { AreaId } from '../engine/types';

// Each region: area, centre x, centre y, radius x, radius y, rotation, mirrored to the other side.
type Region = readonly [AreaId, number, number, number, number, number, boolean];
const REGIONS: readonly Region[] = [
  ['forehead', 100, 50, 42, 15, 0, false],
  ['temples', 41, 80, 9, 16, 0, true],
  ['frown-lines', 100, 80, 9, 9, 0, false],
  ['crows-feet', 52, 103, 8, 9, 0, true],
  ['under-eyes', 74, 112, 14, 6, 0, true],
  ['cheeks', 58, 140, 14, 15, 0, true],
  ['jawline', 52, 180, 8, 22, -30, true],
  ['nasolabial-folds', 81, 150, 5, 13, 20, true],
  ['lip-lines', 100, 170, 26, 14, 0, false],
  ['lips', 100, 170, 15, 6, 0, false],
  ['marionette-lines', 80, 188, 5, 10, 0, true],
  ['chin', 100, 207, 17, 9, 0, false],
];

interface Props {
  readonly selected: readonly AreaId[];
  /** The area whose checkbox has keyboard focus, outlined on the map. */
  readonly focused?: AreaId;
  /** Without it the map is only a picture (the intro). */
  readonly onToggle?: (area: AreaId) => void;
}

/**
 * A face to click for pointer users. Hidden from assistive tech on purpose: each region
 * mirrors a native checkbox in the list beside it, which keyboards and screen readers use.
 */
export function FaceMap({ selected, focused, onToggle }: Props) {
  const ellipse = (r: Region, x: number, rot: number) => (
    <ellipse
      key={`${r[0]}${x}`}
      class={`region${selected.includes(r[0]) ? ' on' : ''}${focused === r[0] ? ' focus' : ''}`}
      data-area={r[0]}
      cx={x}
      cy={r[2]}
      rx={r[3]}
      ry={r[4]}
      transform={rot ? `rotate(${rot} ${x} ${r[2]})` : undefined}
      onClick={onToggle && (() => onToggle(r[0]))}
    />
  );
  return (
    <svg class={onToggle ? 'face' : 'face static'} viewBox="0 0 200 240" aria-hidden="true" focusable="false">
      <ellipse class="outline" cx="100" cy="122" rx="74" ry="106" />
      <path class="feature" d="M62 92q12-7 24 0M114 92q12-7 24 0M66 104q9 5 18 0M116 104q9 5 18 0M100 102v34q-6 4 0 6" />
      {REGIONS.flatMap((r) => (r[6] ? [ellipse(r, r[1], r[5]), ellipse(r, 200 - r[1], -r[5])] : [ellipse(r, r[1], r[5])]))}
    </svg>
  );
}
