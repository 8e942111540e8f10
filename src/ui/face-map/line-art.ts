// The face, drawn for this product: one neutral face and neck, front view, in a 160 × 206
// box (x 80 is the middle). Each string is one stroke of the same weight; the stroke colour
// comes from the theme's text colour, so the drawing follows light and dark sites.
export const VIEW_W = 160;
export const VIEW_H = 206;

/** Soft fills under the lines: the skin (face, ears, neck), then the hair. */
export const HAIR = 'M25 92C15 58 28 9 80 7c52 2 65 51 55 85l-3-20C132 44 112 30 96 34c-6-2-14-3-24-3C48 32 28 48 28 72Z';
export const SKIN =
  'M28 70C28 48 48 32 72 31c10 0 18 1 24 3c16-4 36 10 36 36c3 11 4 22 3 34c-1 14-5 27-11 38c-4 7-9 13-15 18c-1 11-1 22 2 33c8 6 24 8 42 12v2H8v-2c18-4 34-6 42-12c3-10 3-21 2-32c-6-5-11-12-16-19c-6-11-10-24-11-38c-1-12 0-23 3-34ZM25 88c-7-4-12 2-11 10c1 9 5 16 12 17ZM135 88c7-4 12 2 11 10c-1 9-5 16-12 17Z';

export const LINE_ART: readonly string[] = [
  // Hair, parted at the side and swept back behind the ears: outline, hairline, two strands.
  'M25 92C15 58 28 9 80 7c52 2 65 51 55 85',
  'M28 72C28 48 48 32 72 31c10 0 18 1 24 3C112 30 132 44 132 72',
  'M96 34c0-10-3-19-9-27M90 22C75 22 59 28 48 40M101 22c12 2 22 10 27 22',
  // Face, from the left temple round the jaw and chin to the right temple.
  'M28 70c-3 11-4 22-3 34c1 14 5 27 11 38c7 12 17 22 28 29c5 3 10 5 16 5s11-2 16-5c11-7 21-17 28-29c6-11 10-24 11-38c1-12 0-23-3-34',
  // Ears.
  'M24 88c-7-4-11 2-10 10c1 9 5 16 11 17M20 95c-2 3-2 9 1 12',
  'M136 88c7-4 11 2 10 10c-1 9-5 16-11 17M140 95c2 3 2 9-1 12',
  // Brows.
  'M40 72c8-6 20-8 30-5M120 72c-8-6-20-8-30-5',
  // Closed eyes with a few lashes.
  'M45 82c6 5 16 5 22 0M48 84.5l-2 2.5M52 86l-1 3M56.5 86.8v3',
  'M115 82c-6 5-16 5-22 0M112 84.5l2 2.5M108 86l1 3M103.5 86.8v3',
  // Nose: one side of the bridge, the nostril wings and the tip.
  'M71 72c4 11 4 22 1 32',
  'M71 104c-4 2-4 7 1 8M89 104c4 2 4 7-1 8M76 112c2 1.5 6 1.5 8 0',
  // Lips: the upper lip with its bow, the line between the lips, the lower lip.
  'M63 140c6-4 10-8 14-7c2 0 3 1 3 1s1-1 3-1c4-1 8 3 14 7',
  'M63 140c6 1 11 1.5 17 1.5s11-.5 17-1.5',
  'M65 142c4 6 9 9 15 9s11-3 15-9',
  // Neck, shoulders and collarbones.
  'M52 160c1 12 1 22-2 32c-8 6-24 8-42 12M108 160c-1 12-1 22 2 32c8 6 24 8 42 12',
  'M72 201c-9-3-21-3-34 1M88 201c9-3 21-3 34 1',
];
