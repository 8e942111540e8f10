import { own } from '../config/own';
import { parseOwn } from '../config/own-copy';
import { practiceSchema, type Practice } from '../config/schema';
import type { Treatment } from '../engine/types';
import { KM_PER_MILE } from './distance';
import { loadNearbyPractices, parseIndex, type DirectoryIndex } from './directory';
import { DEFAULT_RADIUS_KM, rankPractices, type RankedPractice, type VisitorPlace } from './rank-practices';
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
export type Notice = 'zipUnknown' | 'zipTableFailed' | 'directoryFailed';

export interface Found {
  readonly ranked: readonly RankedPractice[];
  /** Shown when nothing matched or the directory failed: the featured practice. */
  readonly fallback?: Practice;
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
    const located = !!(where.zip || where.point);
    if (sources.directoryIndexUrl && located) {
      const url = sources.directoryIndexUrl;
      try {
        index ??= Promise.resolve(url).then(fetchJson).then(parseIndex);
        const ix = await index;
        featured = featuredOf(practices.filter((p) => p.featured)) ?? featuredOf(ix.featured) ?? featured;
        practices = merge(practices, await loadNearbyPractices(ix, url, where, radiusKm, fetchJson));
      } catch {
        index = undefined;
        failed = true;
      }
    }
    if (failed) {
      notices.push('directoryFailed');
      return { ranked: [], ...(featured ? { fallback: featured } : {}), notices };
    }
    const ranked = rankPractices(practices, { treatment, place: where, radiusKm });
    return { ranked, ...(!ranked.length && featured ? { fallback: featured } : {}), notices };
  }

  return { find };
}

export type Finder = ReturnType<typeof createFinder>;
