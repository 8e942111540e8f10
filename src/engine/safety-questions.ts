import type { SafetyFlag } from './types';

// How the twelve health answers are asked: age as one choice, then what is true right now, then
// health history. Data, so the widget lays the step out without knowing any medicine.

export const AGE_BANDS = ['under-18', '18-to-21', '22-or-older'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** The flag each age band gives (adults 22 and older: none). */
export const AGE_FLAGS: { readonly [B in AgeBand]: SafetyFlag | undefined } = {
  'under-18': 'under-18',
  '18-to-21': 'age-18-to-21',
  '22-or-older': undefined,
};

export const SAFETY_GROUPS = {
  now: ['pregnant-or-breastfeeding', 'active-skin-infection', 'recent-illness-vaccine-or-dental-work'],
  health: [
    'allergy-to-ingredients',
    'neuromuscular-condition',
    'bleeding-disorder',
    'blood-thinners',
    'cold-sores',
    'immune-condition',
    'previous-filler-or-implant',
  ],
} as const satisfies { readonly [group: string]: readonly SafetyFlag[] };
export type SafetyGroup = keyof typeof SAFETY_GROUPS;
