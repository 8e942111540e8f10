// What `launcher` may say, in one place for the config schema (which tells the owner) and the
// launcher (which ignores anything else it is given).

/** `launcher.position`: which bottom corner the floating button sits in. */
export const LAUNCHER_POSITIONS = ['bottom-right', 'bottom-left'] as const;
export type LauncherPosition = (typeof LAUNCHER_POSITIONS)[number];

/** `launcher.offsetX` / `offsetY`: the largest distance from the edge, in pixels (the smallest is 0). */
export const OFFSET_MAX = 400;
