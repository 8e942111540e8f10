import type { Practice, PracticeLocation } from './practice-schema';
import type { Treatment } from '../engine/types';
import { distanceKm, KM_PER_MILE, type LatLng } from './distance';
import { locationsOf, pointOf, sameName, type Centroids } from './locations';

export type Offer = NonNullable<Practice['offers']>[number];

/** Where the visitor is, as far as we know: a ZIP code, a city they typed, coordinates. */
export interface VisitorPlace {
  readonly zip?: string;
  readonly city?: string;
  /** Two-letter state typed with the city ("Santa Fe, NM"). */
  readonly state?: string;
  readonly point?: LatLng;
}

export interface RankOptions {
  readonly treatment: Treatment;
  readonly place?: VisitorPlace;
  /** Practices farther than this that do not serve the visitor's area are no match. */
  readonly radiusKm?: number;
  /** Centroids of location ZIPs already looked up, for locations without coordinates. */
  readonly centroids?: Centroids;
}

export interface RankedPractice {
  readonly practice: Practice;
  /** Declares (zipPrefixes / cities) that it serves the visitor's area. */
  readonly servesArea: boolean;
  /** Distance to its nearest location with a known place on the map. */
  readonly distanceKm?: number;
  /** The location to show: the nearest, else the one in the visitor's city or ZIP3. */
  readonly location?: PracticeLocation;
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

/** The visitor searched for this location's city (and state, when both say one). */
function inCity(l: PracticeLocation, place: VisitorPlace): boolean {
  return !!(place.city && l.city && sameName(l.city, place.city) && (!place.state || !l.state || sameName(l.state, place.state)));
}

/** A practice serves its locations' ZIP3s and cities, plus whatever its `serviceArea` adds. */
export function servesPlace(p: Practice, place: VisitorPlace, locations = locationsOf(p)): boolean {
  const zip = place.zip;
  if (zip) {
    // Loops, not array helpers: this runs for every practice of every search.
    for (const pre of p.serviceArea?.zipPrefixes ?? []) if (zip.startsWith(pre)) return true;
    for (const l of locations) if (l.zip && l.zip.slice(0, 3) === zip.slice(0, 3)) return true;
  }
  const city = place.city;
  if (!city) return false;
  return locations.some((l) => inCity(l, place)) || (p.serviceArea?.cities ?? []).some((c) => sameName(c, city));
}

/**
 * How a practice stands for a visitor: whether it serves their area, and which of its
 * locations to show: the nearest one (with its distance), else the one in their city or ZIP3.
 */
export function measure(p: Practice, place: VisitorPlace = {}, centroids?: Centroids): Omit<RankedPractice, 'practice'> {
  const locations = locationsOf(p);
  let nearest: PracticeLocation | undefined;
  let d = Infinity;
  if (place.point) {
    for (const l of locations) {
      const at = pointOf(l, centroids);
      const dl = at ? distanceKm(place.point, at) : Infinity;
      if (dl < d) [nearest, d] = [l, dl];
    }
  }
  const zip3 = place.zip?.slice(0, 3);
  const location = nearest ?? locations.find((l) => inCity(l, place)) ?? locations.find((l) => !!zip3 && l.zip?.startsWith(zip3)) ?? locations[0];
  const m: { servesArea: boolean; distanceKm?: number; location?: PracticeLocation } = { servesArea: servesPlace(p, place, locations) };
  if (nearest) m.distanceKm = d;
  if (location) m.location = location;
  return m;
}

// One collator for all comparisons: localeCompare with options builds one per call (slow).
const collator = new Intl.Collator('en', { sensitivity: 'base' });
const byName = (a: RankedPractice, b: RankedPractice) =>
  collator.compare(a.practice.name, b.practice.name) || (a.practice.id < b.practice.id ? -1 : a.practice.id > b.practice.id ? 1 : 0);
const featured = (r: RankedPractice) => Number(!!r.practice.featured);

/**
 * Practices offering what the recommendation needs, best first: a featured practice that
 * serves the visitor's area, then the rest (serving the area or within the radius) nearest
 * first, those without a known distance last; ties by name. Without any location: featured
 * first, then by name. Pure: the same input always gives the same order.
 */
export function rankPractices(practices: readonly Practice[], options: RankOptions): RankedPractice[] {
  const needed = neededOffers(options.treatment);
  const place = options.place ?? {};
  const located = !!(place.zip || place.city || place.point);
  const radius = options.radiusKm ?? DEFAULT_RADIUS_KM;
  const out: RankedPractice[] = [];
  for (const practice of practices) {
    if (!offersAll(practice, needed)) continue;
    const m = measure(practice, place, options.centroids);
    if (located && !m.servesArea && !((m.distanceKm ?? Infinity) <= radius)) continue;
    out.push({ practice, ...m });
  }
  const first = (r: RankedPractice) => (located ? Number(r.servesArea) * featured(r) : featured(r));
  return out.sort((a, b) => first(b) - first(a) || (located ? (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) || 0 : 0) || byName(a, b));
}

/** The nearest practice offering what is needed, however far: for "the nearest is … away". */
export function nearestPractice(practices: readonly Practice[], options: Omit<RankOptions, 'radiusKm'>): RankedPractice | undefined {
  let best: RankedPractice | undefined;
  for (const r of rankPractices(practices, { ...options, radiusKm: Infinity })) if ((r.distanceKm ?? Infinity) < (best?.distanceKm ?? Infinity)) best = r;
  return best;
}
