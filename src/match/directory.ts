import { own } from '../guard/own';
import { parseOwn } from '../guard/own-copy';
import { practiceSchema, type Practice } from './practice-schema';
import { distanceKm, type LatLng } from './distance';
import type { VisitorPlace } from './rank-practices';
import type { FetchJson } from './zip-centroids';

// A directory is static JSON any CDN can serve (written by `treatment-quiz directory build`):
//   index.json   { version: 1, count, shards: { "871": [n, minLat, minLng, maxLat, maxLng] }, featured: [...] }
//   871.json     the practices serving or located in ZIP3 871
// The widget reads the index, then only the shard(s) near the visitor.

export const DIRECTORY_VERSION = 1;

/** Practice count and, when any practice in it has coordinates, its bounding box. */
export type ShardInfo = readonly [number] | readonly [number, number, number, number, number];

export interface DirectoryIndex {
  readonly version: typeof DIRECTORY_VERSION;
  readonly count: number;
  readonly shards: Readonly<Record<string, ShardInfo>>;
  /** Featured practices, so the widget can fall back to them when a shard cannot be read. */
  readonly featured: readonly Practice[];
}

export class DirectoryError extends Error {
  override readonly name = 'DirectoryError';
}

const isShardInfo = (x: unknown): x is ShardInfo =>
  Array.isArray(x) && (x.length === 1 || x.length === 5) && x.every((n) => typeof n === 'number' && Number.isFinite(n));

/** Checks a fetched index; throws DirectoryError when it is not one. */
export function parseIndex(json: unknown): DirectoryIndex {
  // Own keys only (config/own.ts): featured practices must come from the file, not the page.
  const o = own<Partial<DirectoryIndex>>(json && typeof json === 'object' ? json : undefined);
  if (o.version !== DIRECTORY_VERSION || !o.shards || typeof o.shards !== 'object') {
    throw new DirectoryError('not a treatment-quiz directory index (version 1)');
  }
  const shards = own<Record<string, ShardInfo>>();
  for (const [k, info] of Object.entries(o.shards)) if (/^\d{3}$/.test(k) && isShardInfo(info)) shards[k] = info;
  return { version: DIRECTORY_VERSION, count: Number(o.count) || 0, shards, featured: Array.isArray(o.featured) ? parsePractices(o.featured) : [] };
}

/** Valid practices from a list; anything else in it is left out. */
function parsePractices(list: readonly unknown[]): Practice[] {
  const out: Practice[] = [];
  for (const p of list) {
    const practice = parseOwn(practiceSchema, p);
    if (practice) out.push(practice);
  }
  return out;
}

/** Checks a fetched shard; throws DirectoryError when it is not a list of practices. */
export function parseShard(json: unknown): Practice[] {
  if (!Array.isArray(json)) throw new DirectoryError('a directory shard is not a list of practices');
  const practices = parsePractices(json);
  if (json.length && !practices.length) throw new DirectoryError('a directory shard holds no valid practice');
  return practices;
}

/** Distance from a point to a shard's bounding box (0 inside it); Infinity without a box. */
function boxDistanceKm(point: LatLng, info: ShardInfo): number {
  if (info.length !== 5) return Infinity;
  const [, minLat, minLng, maxLat, maxLng] = info;
  return distanceKm(point, { lat: Math.min(maxLat, Math.max(minLat, point.lat)), lng: Math.min(maxLng, Math.max(minLng, point.lng)) });
}

/**
 * The shard keys worth fetching for a visitor: their own ZIP3, then the nearest shards whose
 * practices lie within the radius, at most `max` in all.
 */
export function shardsFor(index: DirectoryIndex, place: VisitorPlace, radiusKm: number, max = 4): string[] {
  const keys: string[] = [];
  const own = place.zip?.slice(0, 3);
  if (own && index.shards[own]) keys.push(own);
  const point = place.point;
  if (point) {
    const near = Object.entries(index.shards)
      .map(([k, info]) => [k, boxDistanceKm(point, info)] as const)
      .filter(([k, d]) => d <= radiusKm && k !== own)
      .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
    for (const [k] of near) if (keys.length < max) keys.push(k);
  }
  return keys;
}

/** A shard's address next to the index; `indexUrl` must be absolute (resolve it against the page first). */
export function shardUrl(indexUrl: string, key: string): string {
  return new URL(`${key}.json`, indexUrl).href;
}

/** Practices from the visitor's shards (deduplicated by id). Rejects if any shard fails. */
export async function loadNearbyPractices(index: DirectoryIndex, indexUrl: string, place: VisitorPlace, radiusKm: number, fetchJson: FetchJson): Promise<Practice[]> {
  const keys = shardsFor(index, place, radiusKm);
  const shards = await Promise.all(keys.map(async (k) => parseShard(await fetchJson(shardUrl(indexUrl, k)))));
  const seen = new Set<string>();
  return shards.flat().filter((p) => !seen.has(p.id) && !!seen.add(p.id));
}
