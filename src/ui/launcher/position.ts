// Where the floating button sits. Owners move it off their own fixed UI (a chat bubble, a
// cookie bar) with `launcher.position` / offsets in the config, or --tq-launcher-x / -y on the
// element.
import { OFFSET_MAX, type LauncherPosition } from '../../config/launcher-rules';

export type { LauncherPosition };

export interface LauncherPlacement {
  readonly position?: LauncherPosition;
  /** Pixels from the side edge. */
  readonly offsetX?: number;
  /** Pixels from the bottom edge. */
  readonly offsetY?: number;
}

const px = (n: number | undefined): string | undefined => (typeof n === 'number' && n >= 0 && n <= OFFSET_MAX ? `${n}px` : undefined);

/** CSS text for the host: the offsets as custom properties, and no reserved height. */
export function launcherCss({ offsetX, offsetY }: LauncherPlacement = {}): string {
  const vars = [px(offsetX) && `--tq-launcher-x:${px(offsetX)}`, px(offsetY) && `--tq-launcher-y:${px(offsetY)}`].filter(Boolean).join(';');
  // !important in a shadow root's :host beats the page's normal rules: a launcher never keeps
  // the inline widget's reserved height, even if the page set one on the element.
  return `:host{min-height:0!important;${vars}}`;
}
