import type { Practice } from './practice-schema';
import { createCsvReader } from './csv';
import { DIRECTORY_VERSION, type DirectoryIndex, type ShardInfo } from './directory';
import { createRowReader, REQUIRED, type DirectoryProblem } from './directory-rows';
import type { LatLng } from './distance';
import { locationsOf } from './locations';

// CSV -> static directory shards, streamed: text goes in by chunks, each valid practice goes
// out to a sink as soon as its rows are read, so a million rows never sit in memory at once.
// Every bad row is reported with its line and column; a CSV with any problem builds nothing
// (the CLI writes to a staging folder and throws it away), because a practice silently
// missing from a directory is worse than a failed build.

export { CSV_COLUMNS, formatProblem, type DirectoryProblem } from './directory-rows';

// The index travels to every visitor; a few featured practices are enough for the fallback.
export const MAX_FEATURED = 20;
/** Short zipPrefixes copy a practice into every ZIP3 under them: past this many, say so. */
export const WIDE_SHARDS = 10;
/** …and past this many (a one-digit prefix alone is 100), refuse: every copy grows those files. */
export const MAX_SHARDS = 100;
/** Problems listed one by one; past this many they are only counted. */
export const MAX_LISTED = 10_000;

/** Where shards go: one call per practice and shard key, with the practice already as JSON. */
export interface ShardSink {
  add(key: string, json: string, practice: Practice): void;
}

export interface BuildOptions {
  /** ZIP centroids, so a location with only a ZIP still counts in its shard's bounding box. */
  readonly centroid?: (zip: string) => LatLng | undefined;
}

export interface BuildResult {
  /** Sorted by line; empty when the build is good. */
  readonly problems: readonly DirectoryProblem[];
  /** Problems found past MAX_LISTED, counted only. */
  readonly unlisted: number;
  /** Worth fixing, not failing the build: practices copied into many shards. */
  readonly warnings: readonly DirectoryProblem[];
  readonly index: DirectoryIndex;
}

export interface DirectoryBuilder {
  push(chunk: string): void;
  end(): BuildResult;
}

/** The shards a practice belongs in: its locations' ZIP3s and every ZIP3 its service area names. */
export function shardKeysOf(p: Practice, locations = locationsOf(p)): string[] {
  const keys = new Set<string>();
  for (const l of locations) if (l.zip) keys.add(l.zip.slice(0, 3));
  for (const pre of p.serviceArea?.zipPrefixes ?? []) {
    if (pre.length >= 3) keys.add(pre.slice(0, 3));
    else for (let i = 0; i < 10 ** (3 - pre.length); i++) keys.add(pre + String(i).padStart(3 - pre.length, '0'));
  }
  return [...keys].sort();
}

/** Shard count and bounding box while practices arrive: [count, minLat, minLng, maxLat, maxLng]. */
type Box = [number, number, number, number, number];

export function createDirectoryBuilder(sink: ShardSink, options: BuildOptions = {}): DirectoryBuilder {
  const problems: DirectoryProblem[] = [];
  const warnings: DirectoryProblem[] = [];
  let unlisted = 0;
  const boxes = new Map<string, Box>();
  const featured: Practice[] = [];
  let count = 0;
  let header: { line: number; ok: boolean } | undefined;
  const problem = (p: DirectoryProblem) => (problems.length < MAX_LISTED ? problems.push(p) : unlisted++);

  function onPractice(p: Practice, line: number): void {
    const locations = locationsOf(p);
    const keys = shardKeysOf(p, locations);
    if (keys.length > WIDE_SHARDS) {
      const short = (p.serviceArea?.zipPrefixes ?? []).filter((x) => x.length < 3);
      const what = `zipPrefixes ${short.map((x) => `"${x}"`).join(', ')} copy "${p.id}" into ${keys.length} shard files, one per ZIP3 under them`;
      if (keys.length > MAX_SHARDS) return void problem({ line, column: 'zipPrefixes', message: `${what}; at most ${MAX_SHARDS}: list the 3-digit prefixes the practice really serves` });
      warnings.push({ line, column: 'zipPrefixes', message: `${what}, which makes each of them bigger; 3-digit prefixes keep them small` });
    }
    count++;
    if (problems.length) return; // the build has failed: keep checking, stop writing
    const json = JSON.stringify(p);
    const points: LatLng[] = [];
    for (const l of locations) {
      const at = l.lat !== undefined && l.lng !== undefined ? { lat: l.lat, lng: l.lng } : l.zip ? options.centroid?.(l.zip) : undefined;
      if (at) points.push(at);
    }
    for (const k of keys) {
      sink.add(k, json, p);
      let box = boxes.get(k);
      if (!box) boxes.set(k, (box = [0, Infinity, Infinity, -Infinity, -Infinity]));
      box[0]++;
      for (const at of points) {
        box[1] = Math.min(box[1], at.lat);
        box[2] = Math.min(box[2], at.lng);
        box[3] = Math.max(box[3], at.lat);
        box[4] = Math.max(box[4], at.lng);
      }
    }
    // A copy from the JSON: the parsed practice may hold slices of the whole file's text.
    if (p.featured && featured.length < MAX_FEATURED) featured.push(JSON.parse(json) as Practice);
  }

  const rows = createRowReader(onPractice, problem);
  const csv = createCsvReader(
    (rec) => {
      if (!header) header = { line: rec.line, ok: rows.header(rec) };
      else if (header.ok) rows.row(rec); // a bad header makes every row unreadable
    },
    (p) => problem({ line: p.line, message: p.message }),
  );

  return {
    push: (chunk) => csv.push(chunk),
    end() {
      csv.end();
      rows.end();
      if (!header) problem({ line: 1, message: `the file is empty; the first line must name the columns, e.g. ${REQUIRED.join(',')}` });
      else if (header.ok && !count && !problems.length) problem({ line: header.line, message: 'the file has a header but no practices' });
      problems.sort((a, b) => a.line - b.line);
      const shards: Record<string, ShardInfo> = {};
      for (const k of [...boxes.keys()].sort()) shards[k] = shardInfo(boxes.get(k)!);
      return { problems, unlisted, warnings, index: { version: DIRECTORY_VERSION, count, shards, featured } };
    },
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function shardInfo([n, minLat, minLng, maxLat, maxLng]: Box): ShardInfo {
  // Rounded outward to 0.01° (~1 km) so the box still contains every practice.
  if (minLat === Infinity) return [n];
  return [n, round2(Math.floor(minLat * 100) / 100), round2(Math.floor(minLng * 100) / 100), round2(Math.ceil(maxLat * 100) / 100), round2(Math.ceil(maxLng * 100) / 100)];
}

export interface BuiltDirectory {
  readonly index: DirectoryIndex;
  /** Shard key (ZIP3) -> its practices. */
  readonly shards: ReadonlyMap<string, readonly Practice[]>;
  readonly warnings: readonly DirectoryProblem[];
}

export type DirectoryBuild = { readonly ok: true; readonly directory: BuiltDirectory } | { readonly ok: false; readonly problems: readonly DirectoryProblem[] };

/** Builds a directory in memory from CSV text (tests, small files); the CLI streams instead. */
export function buildDirectory(csv: string, options: BuildOptions = {}): DirectoryBuild {
  const shards = new Map<string, Practice[]>();
  const builder = createDirectoryBuilder({ add: (k, _json, p) => void (shards.get(k)?.push(p) ?? shards.set(k, [p])) }, options);
  builder.push(csv);
  const r = builder.end();
  if (r.problems.length) return { ok: false, problems: r.problems };
  return { ok: true, directory: { index: r.index, shards: new Map([...shards].sort(([a], [b]) => (a < b ? -1 : 1))), warnings: r.warnings } };
}
