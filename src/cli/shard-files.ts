import { appendFileSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ShardSink } from '../match/build-directory';
import { parseIndex } from '../match/directory';

// Writing a directory without holding it: shards are appended to files in a staging folder as
// practices arrive, then moved into the output folder only when the whole CSV was good. The
// output folder may hold other files (a site's 404.json): a manifest lists what the build wrote,
// and only those are ever replaced or removed.

/** Lists the files the last build wrote, so the next one removes exactly those. */
export const MANIFEST = '.treatment-quiz-directory.json';

// Each shard collects its JSON in a small buffer of its own, outside the JS heap: held as
// strings, the text outlived the young generation and piled up as garbage until a full GC
// (~400 MB RSS for a million practices). ~900 ZIP3 shards x 16 KB bound what is held.
const BUFFER = 16 * 1024;

export interface ShardFiles extends ShardSink {
  /** Writes what is still held and closes every shard's JSON list; returns each file's size. */
  finish(): Map<string, number>;
  readonly dir: string;
}

interface Held {
  readonly file: string;
  buf: Buffer;
  used: number;
  written: number;
}

/** Shard files in a new staging folder inside `out` (same disk, so moving them is a rename). */
export function stageShards(out: string): ShardFiles {
  const dir = mkdtempSync(join(out, '.treatment-quiz-build-'));
  const held = new Map<string, Held>();
  const flush = (h: Held) => {
    if (!h.used) return;
    appendFileSync(h.file, h.buf.subarray(0, h.used));
    h.written += h.used;
    h.used = 0;
  };
  const put = (h: Held, text: string) => {
    // One byte per character is the usual case; a name with "ñ" takes more, so check the real size.
    if (h.used + text.length * 3 > BUFFER && h.used + Buffer.byteLength(text) > BUFFER) {
      flush(h);
      if (Buffer.byteLength(text) > BUFFER) {
        appendFileSync(h.file, text);
        h.written += Buffer.byteLength(text);
        return;
      }
    }
    h.used += h.buf.write(text, h.used);
  };
  return {
    dir,
    add(key, json) {
      let h = held.get(key);
      if (!h) {
        held.set(key, (h = { file: join(dir, `${key}.json`), buf: Buffer.allocUnsafe(BUFFER), used: 0, written: 0 }));
        put(h, '[');
      } else put(h, ',');
      put(h, json);
    },
    finish() {
      const sizes = new Map<string, number>();
      for (const [key, h] of held) {
        put(h, ']');
        flush(h);
        sizes.set(`${key}.json`, h.written);
      }
      return sizes;
    },
  };
}

/** What an earlier build wrote into `out`: its manifest, or (older builds) its index's shards. */
function previousFiles(out: string): Set<string> {
  try {
    const m = JSON.parse(readFileSync(join(out, MANIFEST), 'utf8')) as { files?: unknown };
    if (Array.isArray(m.files)) return new Set(m.files.filter((f): f is string => typeof f === 'string' && /^(?:\d{3}|index)\.json$/.test(f)));
  } catch {
    // no manifest: maybe a build from before manifests
  }
  try {
    const index = parseIndex(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')));
    return new Set(['index.json', ...Object.keys(index.shards).map((k) => `${k}.json`)]);
  } catch {
    return new Set();
  }
}

/** Files in `out` that the new build would overwrite although no earlier build wrote them. */
export function foreignFiles(out: string, files: readonly string[]): string[] {
  const ours = previousFiles(out);
  return files.filter((f) => !ours.has(f) && existsSync(join(out, f)));
}

/**
 * Moves the staged files into `out`, removes files of the previous build that this one no
 * longer writes, and records the new list. Never touches a file no build wrote.
 */
export function publish(out: string, staging: string, files: readonly string[]): void {
  const before = previousFiles(out);
  // The manifest first names both lists, so an interrupted run still knows every file it owns.
  writeFileSync(join(out, MANIFEST), JSON.stringify({ files: [...new Set([...before, ...files])].sort() }));
  for (const f of files) renameSync(join(staging, f), join(out, f));
  const now = new Set(files);
  for (const f of before) if (!now.has(f) && existsSync(join(out, f)) && statSync(join(out, f)).isFile()) rmSync(join(out, f));
  writeFileSync(join(out, MANIFEST), JSON.stringify({ files: [...files].sort() }));
  rmSync(staging, { recursive: true, force: true });
}
