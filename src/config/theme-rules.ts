// What `theme.scheme` and `theme.radius` may be, in one place for the config schema (which tells
// the owner) and the theme CSS (which ignores anything else it is given). The font rule is
// font-list.ts.

/** `theme.scheme`: "auto" follows the visitor's prefers-color-scheme. */
export const THEME_SCHEMES = ['light', 'dark', 'auto'] as const;
export type ThemeScheme = (typeof THEME_SCHEMES)[number];

/** `theme.radius`: the largest corner radius, in pixels (the smallest is 0). */
export const RADIUS_MAX = 40;
