import type { Practice } from '../../src/config/schema';

/** Practices with just what ranking reads; coordinates are real New Mexico city centres. */
export const ABQ = { lat: 35.0844, lng: -106.6504 };
export const SANTA_FE = { lat: 35.687, lng: -105.9378 };
export const LAS_CRUCES = { lat: 32.3199, lng: -106.7637 };

export const practice = (id: string, extra: Partial<Practice> = {}): Practice => ({
  id,
  name: extra.name ?? id,
  url: `https://${id}.example.com/`,
  phone: '(505) 555-0100',
  ...extra,
});
