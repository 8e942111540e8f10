import type { Practice, PracticeLocation } from './practice-schema';
import type { LatLng } from './distance';

/** ZIP -> centroid for the ZIPs already looked up (the ZIP table is fetched lazily, per ZIP3). */
export type Centroids = ReadonlyMap<string, LatLng>;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A practice's places: its own address fields, when they say where it is, then `locations`.
 * A practice with neither has no place (it may still serve an area by `serviceArea`).
 */
export function locationsOf(p: Practice): readonly PracticeLocation[] {
  if (p.zip === undefined && p.city === undefined && p.lat === undefined) return p.locations ?? [];
  // Plain assignments: conditional object spreads cost ~10x more, and ranking and the
  // directory build call this for every practice.
  const own: Mutable<PracticeLocation> = {};
  if (p.address !== undefined) own.address = p.address;
  if (p.city !== undefined) own.city = p.city;
  if (p.state !== undefined) own.state = p.state;
  if (p.zip !== undefined) own.zip = p.zip;
  if (p.lat !== undefined && p.lng !== undefined) {
    own.lat = p.lat;
    own.lng = p.lng;
  }
  return p.locations ? [own, ...p.locations] : [own];
}

/** Where a location is on the map: its coordinates, else its ZIP's centroid when known. */
export function pointOf(l: PracticeLocation, centroids?: Centroids): LatLng | undefined {
  if (l.lat !== undefined && l.lng !== undefined) return { lat: l.lat, lng: l.lng };
  return l.zip ? centroids?.get(l.zip) : undefined;
}

/** ZIPs of locations that have no coordinates: what the ZIP table must answer for distances. */
export function zipsToLocate(practices: readonly Practice[]): string[] {
  const zips = new Set<string>();
  for (const p of practices) for (const l of locationsOf(p)) if (l.zip && l.lat === undefined) zips.add(l.zip);
  return [...zips];
}

// Case and accents do not matter ("santa fe" is "Santa Fe", "Espanola" is "Española").
export const sameName = (a: string, b: string): boolean => fold(a) === fold(b);
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase();
