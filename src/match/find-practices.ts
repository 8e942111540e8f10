import { own } from '../guard/own';
import { parseOwn } from '../guard/own-copy';
import { practiceSchema, type Practice } from './practice-schema';
import type { Treatment } from '../engine/types';
import { KM_PER_MILE, type LatLng } from './distance';
import { loadNearbyPractices, parseIndex, type DirectoryIndex } from './directory';
import { zipsToLocate } from './locations';
import { DEFAULT_RADIUS_KM, measure, nearestPractice, rankPractices, type RankedPractice, type VisitorPlace } from './rank-practices';
import { createZipLookup, type FetchJson, type ZipLookup } from './zip-centroids';

// From "where is the visitor" to "which practices to show", with every fetch injected so it
// runs the same in the widget, in tests and in the bench. Failures become notices, never throws.

/** Where practices come from; URLs must already be absolute. */
export interface PracticeSources {
  readonly practices: readonly Practice[];
  readonly practicesUrl?: string;
  readonly directoryIndexUrl?: string;
  readonly zipsUrl?: string;
  readonly radiusMiles?: number;
}

/** Something the visitor should be told about how the list was made. */
export type Notice = 'zipUnknown' | 'zipTableFailed' | 'directoryFailed' | 'directoryNeedsZip';

export interface Found {
  readonly ranked: readonly RankedPractice[];
  /** Nothing matched, and the visitor is on the map: the nearest matching practice, however far. */
  readonly nearest?: RankedPractice;
  /** Nothing matched and no nearest is known, or the directory failed: the featured practice. */
  readonly fallback?: RankedPractice;
  readonly notices: readonly Notice[];
}

/** Valid practices from a fetched list (or `{ practices: [...] }`); rejects anything else. */
export function parsePracticeList(json: unknown): Practice[] {
  // Own keys only (config/own.ts): the list must come from the file, not the host page.
  const list = Array.isArray(json) ? json : own<{ practices?: unknown }>(json && typeof json === 'object' ? json : undefined).practices;
  if (!Array.isArray(list)) throw new Error('not a list of practices');
  const out: Practice[] = [];
  for (const p of list) {
    const practice = parseOwn(practiceSchema, p);
    if (practice) out.push(practice);
  }
  return out;
}

const merge = (...lists: readonly (readonly Practice[])[]): Practice[] => {
  const seen = new Set<string>();
  return lists.flat().filter((p) => !seen.has(p.id) && !!seen.add(p.id));
};

export const featuredOf = (practices: readonly Practice[]): Practice | undefined => practices.find((p) => p.featured) ?? practices[0];

/** ZIP3 files of the ZIP table one search may fetch to place ZIP-only locations. */
const MAX_ZIP_FILES = 16;

/** A finder keeps fetched data (practice list, directory index, ZIP shards) between searches. */
export function createFinder(sources: PracticeSources, fetchJson: FetchJson) {
  const zipLookup: ZipLookup | undefined = sources.zipsUrl ? createZipLookup(sources.zipsUrl, fetchJson) : undefined;
  let list: Promise<Practice[]> | undefined;
  let index: Promise<DirectoryIndex> | undefined;
  const radiusKm = sources.radiusMiles ? sources.radiusMiles * KM_PER_MILE : DEFAULT_RADIUS_KM;

  /** Inline practices plus the `practicesUrl` list; `failed` when that list could not be read. */
  async function pool(): Promise<{ practices: Practice[]; failed: boolean }> {
    if (!sources.practicesUrl) return { practices: [...sources.practices], failed: false };
    list ??= Promise.resolve(sources.practicesUrl).then(fetchJson).then(parsePracticeList);
    try {
      return { practices: merge(sources.practices, await list), failed: false };
    } catch {
      list = undefined; // try again on the next search
      return { practices: [...sources.practices], failed: true };
    }
  }

  /**
   * Centroids for locations that have a ZIP but no coordinates. Only worth it once the visitor
   * is on the map; ZIP3 files nearest (by number) to the visitor's own are fetched first.
   */
  async function locate(practices: readonly Practice[], where: VisitorPlace, into: Map<string, LatLng>): Promise<boolean> {
    if (!zipLookup || !where.point) return true;
    const own = Number(where.zip?.slice(0, 3) ?? Number.NaN);
    const byFile = new Map<string, string[]>();
    for (const zip of zipsToLocate(practices)) if (!into.has(zip)) byFile.set(zip.slice(0, 3), [...(byFile.get(zip.slice(0, 3)) ?? []), zip]);
    const files = [...byFile.keys()].sort((a, b) => (Number.isNaN(own) ? 0 : Math.abs(Number(a) - own) - Math.abs(Number(b) - own))).slice(0, MAX_ZIP_FILES);
    const looked = await Promise.allSettled(files.flatMap((f) => byFile.get(f)!.map(async (zip) => [zip, await zipLookup(zip)] as const)));
    for (const r of looked) if (r.status === 'fulfilled' && r.value[1]) into.set(r.value[0], r.value[1]);
    return looked.every((r) => r.status === 'fulfilled');
  }

  async function find(treatment: Treatment, place: VisitorPlace = {}): Promise<Found> {
    const notices: Notice[] = [];
    let where = place;
    if (place.zip && !place.point) {
      if (!zipLookup) notices.push('zipTableFailed');
      else {
        try {
          const point = await zipLookup(place.zip);
          if (point) where = { ...place, point };
          else notices.push('zipUnknown');
        } catch {
          notices.push('zipTableFailed');
        }
      }
    }
    const base = await pool();
    let practices = base.practices;
    let failed = base.failed;
    let featured = featuredOf(practices);
    let ix: DirectoryIndex | undefined;
    const url = sources.directoryIndexUrl;
    const located = !!(where.zip || where.point);
    // Directory shards are found by ZIP or position: a city alone cannot pick them.
    if (url && !located && place.city) notices.push('directoryNeedsZip');
    if (url && located) {
      try {
        index ??= Promise.resolve(url).then(fetchJson).then(parseIndex);
        ix = await index;
        featured = featuredOf(practices.filter((p) => p.featured)) ?? featuredOf(ix.featured) ?? featured;
        practices = merge(practices, await loadNearbyPractices(ix, url, where, radiusKm, fetchJson));
      } catch {
        index = undefined;
        failed = true;
      }
    }
    const centroids = new Map<string, LatLng>();
    const tableOk = await locate(practices, where, centroids);
    if (!tableOk && !notices.includes('zipTableFailed')) notices.push('zipTableFailed');
    const measured = (p: Practice | undefined): RankedPractice | undefined => p && { practice: p, ...measure(p, where, centroids) };
    if (failed) {
      notices.push('directoryFailed');
      const fallback = measured(featured);
      return { ranked: [], ...(fallback ? { fallback } : {}), notices };
    }
    const ranked = rankPractices(practices, { treatment, place: where, radiusKm, centroids });
    if (ranked.length) return { ranked, notices };
    // Nothing within reach: name the nearest practice, however far. A directory's nearest
    // may sit in a shard not fetched yet: read the few nearest shards, whatever their distance.
    if (ix && url && where.point) {
      try {
        const wider = await loadNearbyPractices(ix, url, where, Infinity, fetchJson);
        practices = merge(practices, wider);
        await locate(wider, where, centroids);
      } catch {
        // the nearest stays unknown: the featured practice is shown instead
      }
    }
    const nearest = nearestPractice(practices, { treatment, place: where, centroids });
    const fallback = nearest ? undefined : measured(featured);
    return { ranked, ...(nearest ? { nearest } : {}), ...(fallback ? { fallback } : {}), notices };
  }

  return { find };
}

export type Finder = ReturnType<typeof createFinder>;
