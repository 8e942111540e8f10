import type { Practice } from '../config/schema';
import type { Treatment } from '../engine/types';
import { distanceKm, KM_PER_MILE, type LatLng } from './distance';

export type Offer = NonNullable<Practice['offers']>[number];

/** Where the visitor is, as far as we know: a ZIP code and/or coordinates. */
export interface VisitorPlace {
  readonly zip?: string;
  readonly city?: string;
  readonly point?: LatLng;
}

export interface RankOptions {
  readonly treatment: Treatment;
  readonly place?: VisitorPlace;
  /** Practices farther than this that do not serve the visitor's area are no match. */
  readonly radiusKm?: number;
}

export interface RankedPractice {
  readonly practice: Practice;
  /** Declares (zipPrefixes / cities) that it serves the visitor's area. */
  readonly servesArea: boolean;
  readonly distanceKm?: number;
}

/** 100 miles: a drive people make for an elective treatment, not farther. */
export const DEFAULT_RADIUS_KM = 100 * KM_PER_MILE;

/**
 * What a practice must offer for a recommendation. A combination plan needs both treatments
 * from one practice (one provider plans the mix); consult-first needs a provider of either (the widget shows no practice for not-now).
 */
export function neededOffers(treatment: Treatment): readonly Offer[] {
  switch (treatment) {
    case 'neuromodulator':
      return ['neuromodulator'];
    case 'filler':
      return ['filler'];
    case 'combination':
      return ['neuromodulator', 'filler'];
    case 'consult-first':
    case 'not-now':
      return [];
    default: {
      const never: never = treatment;
      return never;
    }
  }
}

/** A practice that lists no `offers` is taken to offer both (most med spas do). */
export const offersOf = (p: Practice): readonly Offer[] => p.offers ?? ['neuromodulator', 'filler'];

export const offersAll = (p: Practice, needed: readonly Offer[]): boolean => needed.every((o) => offersOf(p).includes(o));

/** A practice without a declared service area serves its own ZIP3. */
export function servesPlace(p: Practice, place: VisitorPlace): boolean {
  const prefixes = p.serviceArea?.zipPrefixes ?? (p.zip ? [p.zip.slice(0, 3)] : []);
  if (place.zip && prefixes.some((pre) => place.zip?.startsWith(pre))) return true;
  const city = place.city?.trim().toLowerCase();
  if (!city) return false;
  const cities = p.serviceArea?.cities ?? (p.city ? [p.city] : []);
  return cities.some((c) => c.trim().toLowerCase() === city);
}

// One collator for all comparisons: localeCompare with options builds one per call (slow).
const collator = new Intl.Collator('en', { sensitivity: 'base' });
const byName = (a: RankedPractice, b: RankedPractice) =>
  collator.compare(a.practice.name, b.practice.name) || (a.practice.id < b.practice.id ? -1 : a.practice.id > b.practice.id ? 1 : 0);

/**
 * Practices offering what the recommendation needs, best first:
 * those serving the visitor's area (featured first among them, then nearest), then the rest
 * within the radius by distance; ties by name. Without any location: featured first, then by
 * name. Pure: the same input always gives the same order.
 */
export function rankPractices(practices: readonly Practice[], options: RankOptions): RankedPractice[] {
  const needed = neededOffers(options.treatment);
  const place = options.place;
  const located = !!(place && (place.zip || place.city || place.point));
  const radius = options.radiusKm ?? DEFAULT_RADIUS_KM;
  const out: RankedPractice[] = [];
  for (const practice of practices) {
    if (!offersAll(practice, needed)) continue;
    const servesArea = !!place && servesPlace(practice, place);
    const at = practice.lat !== undefined && practice.lng !== undefined ? { lat: practice.lat, lng: practice.lng } : undefined;
    const d = place?.point && at ? distanceKm(place.point, at) : undefined;
    if (located && !servesArea && !(d !== undefined && d <= radius)) continue;
    out.push(d === undefined ? { practice, servesArea } : { practice, servesArea, distanceKm: d });
  }
  return out.sort(
    (a, b) =>
      Number(b.servesArea) - Number(a.servesArea) ||
      (a.servesArea || !located ? Number(!!b.practice.featured) - Number(!!a.practice.featured) : 0) ||
      (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) ||
      byName(a, b),
  );
}
