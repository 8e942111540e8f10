import type { AreaId } from '../../engine/types';

/** One area on the face map, in the drawing's units (see line-art.ts). */
export interface Region {
  /** The soft shape shown on hover, focus and when chosen. */
  readonly shape: string;
  /**
   * The tap target when it is bigger than the shape: the targets tile the face so each one
   * holds a 24 × 24 px square at 320 px (WCAG 2.2 2.5.8), checked in a browser test.
   */
  readonly hit?: string;
  /** Drawn on the left and mirrored on the right side of the face. */
  readonly pair?: boolean;
  /** Where the name pill sits (x, y): pairs name one side, near its edge, alternating sides. */
  readonly pill: readonly [number, number];
}

// Typed by AreaId: a new area without a region does not compile.
export const REGIONS: Readonly<Record<AreaId, Region>> = {
  forehead: {
    shape: 'M48 51c0-8 14-12 32-12s32 4 32 12s-14 10-32 10s-32-2-32-10Z',
    hit: 'M44 24h72v38h-72Z',
    pill: [80, 47],
  },
  'frown-lines': {
    shape: 'M74 67c0-3 3-4 6-4s6 1 6 4v10c0 3-3 4-6 4s-6-1-6-4Z',
    hit: 'M70 62h20v22h-20Z',
    pill: [80, 71],
  },
  temples: {
    shape: 'M37 49c4 0 7 5 7 11s-3 11-7 11s-7-5-7-11s3-11 7-11Z',
    hit: 'M14 40h30v32h-30Z',
    pair: true,
    pill: [16, 57],
  },
  'crows-feet': {
    shape: 'M43 83c-3-5-8-8-12-7c-3 2-4 9-1 13c3 3 9 0 13-6Z',
    hit: 'M12 72h32v24h-32Z',
    pair: true,
    pill: [146, 86],
  },
  'under-eyes': {
    shape: 'M46 89c7 3 16 3 22 0c0 5-3 9-11 10c-7 0-11-4-11-10Z',
    hit: 'M44 86h26v20h-26Z',
    pair: true,
    pill: [30, 99],
  },
  cheeks: {
    shape: 'M36 108c4-4 12-4 15 1c2 5 0 12-6 14c-6 1-10-2-11-6c-1-3 0-6 2-9Z',
    hit: 'M20 106h28v22h-28Z',
    pair: true,
    pill: [144, 108],
  },
  'nasolabial-folds': {
    shape: 'M67 110c2 0 3 1 2 3c-2 7-4 14-7 21c-1 2-4 1-4-1c1-7 4-15 7-21c0-1 1-2 2-2Z',
    hit: 'M48 106h22v7l-6 27h-18l2-12Z',
    pair: true,
    pill: [18, 124],
  },
  lips: {
    shape: 'M63 140c6-4 10-8 14-7c2 0 3 1 3 1s1-1 3-1c4-1 8 3 14 7c-4 6-9 11-17 11s-13-5-17-11Z',
    hit: 'M62 141c4-6 10-9 18-9s14 3 18 9c-4 7-10 12-18 12s-14-5-18-12Z',
    pill: [80, 157],
  },
  'lip-lines': {
    // A ring round the mouth (the lips themselves are the hole), tapped above the upper lip.
    shape: 'M58 140c2-9 10-17 22-17s20 8 22 17c-3 10-11 16-22 16s-19-6-22-16ZM63 140c4 7 9 11 17 11s13-4 17-11c-6-4-10-8-14-7c-2 0-3 1-3 1s-1-1-3-1c-4-1-8 3-14 7Z',
    hit: 'M62 141c0-16 8-29 18-29s18 13 18 29c-4-6-10-9-18-9s-14 3-18 9Z',
    pill: [80, 119],
  },
  'marionette-lines': {
    shape: 'M61 145c2 0 3 1 3 3c-1 5-2 10-4 14c-1 2-4 1-4-1c0-5 1-10 3-14c0-1 1-2 2-2Z',
    hit: 'M46 140h18v22h-18Z',
    pair: true,
    pill: [142, 153],
  },
  chin: {
    shape: 'M68 164c0-5 6-7 12-7s12 2 12 7s-5 10-12 10s-12-5-12-10Z',
    hit: 'M64 153h32v29h-32Z',
    pill: [80, 172],
  },
  jawline: {
    shape: 'M29 139c2-1 4 0 5 2c5 12 13 22 25 28c3 2 5 3 6 4c0 2-2 3-4 2c-14-6-25-17-31-30c-1-3-2-5-1-6Z',
    hit: 'M14 150h32v12h18v20l-10 8l-20-8l-20-16Z',
    pair: true,
    pill: [20, 163],
  },
  masseter: {
    shape: 'M33 124c2-3 6-3 8 0c3 5 4 11 3 17c-1 3-5 4-7 1c-3-5-5-11-4-18Z',
    hit: 'M14 128h32v22h-32Z',
    pair: true,
    pill: [146, 127],
  },
  'neck-bands': {
    shape: 'M66 176c2-1 4 0 4 2l1 18c0 2-3 3-4 1l-2-19c0-1 0-2 1-2ZM94 176c-2-1-4 0-4 2l-1 18c0 2 3 3 4 1l2-19c0-1 0-2-1-2Z',
    hit: 'M64 182h32l10 8v16h-52v-16Z',
    pill: [80, 192],
  },
};
