import type { Theme } from '../../config/schema';
import type { ColourKey } from '../../config/theme-keys';
import { contrast } from './color';
import { AA, ownerColours, paletteFor, schemesOf } from './palette';

// The pairs the widget actually paints: body text and accent-coloured text on the background.
// Text on the accent is chosen by readableOn, so it cannot fail.
const PAIRS: readonly (readonly [fg: ColourKey, bg: ColourKey])[] = [
  ['text', 'background'],
  ['accent', 'background'],
];

/** Floors, so a ratio just under the bar never prints as the bar itself ("4.4", not "4.5"). */
const ratio = (n: number): string => `${Math.floor(n * 10) / 10}:1`;

/**
 * One warning per colour pair the owner chose that fails WCAG AA, naming the colour, e.g.
 * `theme.accent "#ffdd00" on background "#ffffff" has contrast 1.3:1; needs 4.5:1`.
 * Pairs made only of the widget's own defaults are not reported (they are tested to pass).
 */
export function checkTheme(theme: Theme = {}): string[] {
  const own = ownerColours(theme);
  const warnings: string[] = [];
  for (const scheme of schemesOf(theme)) {
    const p = paletteFor(scheme, theme);
    for (const [fg, bg] of PAIRS) {
      const mine = (k: ColourKey) => own[k] !== undefined && own[k] === p[k];
      if (!mine(fg) && !mine(bg)) continue;
      const c = contrast(p[fg], p[bg]);
      if (c >= AA) continue;
      const name = (k: ColourKey) => `${mine(k) ? 'theme.' : ''}${k} "${p[k]}"`;
      const where = schemesOf(theme).length > 1 ? ` (${scheme} scheme)` : '';
      warnings.push(`${name(fg)} on ${name(bg)}${where} has contrast ${ratio(c)}; needs ${AA}:1`);
    }
  }
  return warnings;
}
