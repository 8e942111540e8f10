import { FONT_LIST } from '../../config/font-list';
import type { Theme } from '../../config/schema';
import { RADIUS_MAX } from '../../config/theme-rules';
import { linkColour, onAccent, paletteFor, type Scheme } from './palette';

export const DEFAULT_RADIUS = 12;
export const DEFAULT_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

function vars(scheme: Scheme, theme: Theme): string {
  const p = paletteFor(scheme, theme);
  return (
    `--tq-bg:${p.background};--tq-text:${p.text};--tq-accent:${p.accent};` +
    `--tq-on-accent:${onAccent(p)};--tq-link:${linkColour(p)};color-scheme:${scheme}`
  );
}

// The font rule the config schema tells owners (config/font-list.ts): text that cannot close the
// string, the declaration or the rule.
const safeFont = (f: string | undefined): string | undefined => (f && FONT_LIST.test(f) ? f : undefined);

/**
 * The CSS text of the theme stylesheet (for a constructable CSSStyleSheet in the shadow root).
 * It sets custom properties on :host, so the host page can still override any of them on the
 * element itself (outer styles win over :host rules). "auto" follows prefers-color-scheme.
 */
export function themeCss(theme: Theme = {}): string {
  const radius = typeof theme.radius === 'number' && theme.radius >= 0 && theme.radius <= RADIUS_MAX ? theme.radius : DEFAULT_RADIUS;
  const common = `--tq-radius:${radius}px;--tq-font:${safeFont(theme.font) ?? DEFAULT_FONT}`;
  const first: Scheme = theme.scheme === 'dark' ? 'dark' : 'light';
  let css = `:host{${common};${vars(first, theme)}}`;
  if (theme.scheme === 'auto') css += `@media (prefers-color-scheme:dark){:host{${vars('dark', theme)}}}`;
  return css;
}
