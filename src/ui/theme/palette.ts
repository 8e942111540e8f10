import type { Theme } from '../../config/schema';
import { COLOUR_KEYS, type ColourKey } from '../../config/theme-keys';
import type { ThemeScheme } from '../../config/theme-rules';
import { contrast, parseHex, readableOn } from './color';

/** The colours the widget paints with in one scheme: one of each the owner may set. */
export type Palette = { readonly [K in ColourKey]: string };

/** A scheme the widget paints in; "auto" shows one or the other. */
export type Scheme = Exclude<ThemeScheme, 'auto'>;

/** AA for normal text (WCAG 1.4.3). */
export const AA = 4.5;

// Both default palettes meet AA for every pair (tests/theme checks it).
export const SCHEMES: { readonly [S in Scheme]: Palette } = {
  light: { background: '#ffffff', text: '#1f2933', accent: '#1d6f5f' },
  dark: { background: '#15191d', text: '#eef1f4', accent: '#5fc9b0' },
};

/** The owner's colours that parse, lower-cased to 6 digits. */
export function ownerColours(theme: Theme = {}): Partial<Palette> {
  const out: { -readonly [K in ColourKey]?: string } = {};
  for (const k of COLOUR_KEYS) {
    const rgb = theme[k] ? parseHex(theme[k]) : undefined;
    if (rgb) out[k] = `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  }
  return out;
}

/**
 * The palette for `scheme`. A forced scheme (or light, the default) takes every colour the
 * owner set. Under "auto" the owner's colours were chosen for their light site, so the dark
 * scheme keeps only an accent that still reads on the dark background.
 */
export function paletteFor(scheme: Scheme, theme: Theme = {}): Palette {
  const own = ownerColours(theme);
  const base = SCHEMES[scheme];
  if (theme.scheme === 'auto' && scheme === 'dark') {
    return own.accent && contrast(own.accent, base.background) >= AA ? { ...base, accent: own.accent } : base;
  }
  return { ...base, ...own };
}

/** The schemes a theme can show: one when forced or light, both under "auto". */
export function schemesOf(theme: Theme = {}): readonly Scheme[] {
  return theme.scheme === 'auto' ? ['light', 'dark'] : [theme.scheme ?? 'light'];
}

/** Text on the accent (buttons, selected choices): black or white, whichever reads. */
export const onAccent = (p: Palette): string => readableOn(p.accent);

/** Links and accent-coloured text fall back to the text colour when the accent would not read. */
export const linkColour = (p: Palette): string => (contrast(p.accent, p.background) >= AA ? p.accent : p.text);
