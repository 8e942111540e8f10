import type { Practice, PracticeLocation } from '../config/schema';
import type { LatLng } from './distance';

/** ZIP -> centroid for the ZIPs already looked up (the ZIP table is fetched lazily, per ZIP3). */
export type Centroids = ReadonlyMap<string, LatLng>;

/**
 * A practice's places: its own address fields, when they say where it is, then `locations`.
 * A practice with neither has no place (it may still serve an area by `serviceArea`).
 */
export function locationsOf(p: Practice): readonly PracticeLocation[] {
  const own: PracticeLocation | undefined =
    p.zip || p.city || p.lat !== undefined
      ? {
          ...(p.address ? { address: p.address } : {}),
          ...(p.city ? { city: p.city } : {}),
          ...(p.state ? { state: p.state } : {}),
          ...(p.zip ? { zip: p.zip } : {}),
          ...(p.lat !== undefined && p.lng !== undefined ? { lat: p.lat, lng: p.lng } : {}),
        }
      : undefined;
  if (!p.locations) return own ? [own] : [];
  return own ? [own, ...p.locations] : p.locations;
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
