import type { Theme } from '../../config/schema';
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

// The config schema's FONT_LIST (config/font-list.ts; a test keeps the two equal), repeated here
// so the theme and the validator do not share a file of their own: one request fewer.
const NAME = `(?:"[\\w -]+"|'[\\w -]+'|[A-Za-z_-][\\w-]*(?:\\s+[A-Za-z_-][\\w-]*)*)`;
export const SAFE_FONT = new RegExp(`^\\s*${NAME}(?:\\s*,\\s*${NAME})*\\s*$`);

// Text that cannot close the string, the declaration or the rule.
const safeFont = (f: string | undefined): string | undefined => (f && SAFE_FONT.test(f) ? f : undefined);

/**
 * The CSS text of the theme stylesheet (for a constructable CSSStyleSheet in the shadow root).
 * It sets custom properties on :host, so the host page can still override any of them on the
 * element itself (outer styles win over :host rules). "auto" follows prefers-color-scheme.
 */
export function themeCss(theme: Theme = {}): string {
  const radius = typeof theme.radius === 'number' && theme.radius >= 0 && theme.radius <= 40 ? theme.radius : DEFAULT_RADIUS;
  const common = `--tq-radius:${radius}px;--tq-font:${safeFont(theme.font) ?? DEFAULT_FONT}`;
  const first: Scheme = theme.scheme === 'dark' ? 'dark' : 'light';
  let css = `:host{${common};${vars(first, theme)}}`;
  if (theme.scheme === 'auto') css += `@media (prefers-color-scheme:dark){:host{${vars('dark', theme)}}}`;
  return css;
}
