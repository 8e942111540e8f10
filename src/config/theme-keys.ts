// The owner's theme settings, by name: the one list the config schema's `theme` object, the
// theme code and the element's attributes (<treatment-quiz accent="…">) all follow. Kept out of
// schema.ts so the first screen can read the attributes without loading the validator.

/** The colours an owner may set; the widget paints with exactly these. */
export const COLOUR_KEYS = ['accent', 'text', 'background'] as const;
export type ColourKey = (typeof COLOUR_KEYS)[number];

export const THEME_KEYS = [...COLOUR_KEYS, 'radius', 'font', 'scheme'] as const;
export type ThemeKey = (typeof THEME_KEYS)[number];
