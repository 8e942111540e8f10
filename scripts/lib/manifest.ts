import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Locale } from '../../src/engine/types';
import type { When } from '../../src/parts';

// What the build wrote about the widget's files (dist/widget/manifest.json): which file is
// which part of src/parts.ts, and when it loads. The size check, the bench and the browser
// tests read it here, never hashed file names.

export interface Manifest {
  /** The entry file, then every file it imports: the first screen's code. */
  readonly entry: readonly string[];
  /** Each part: when it loads, its language (words), and its files beyond the entry's. */
  readonly parts: Readonly<Record<string, { readonly when: When; readonly module: string; readonly locale?: Locale; readonly files: readonly string[] }>>;
  readonly files: Readonly<Record<string, { readonly part: string | null; readonly imports: readonly string[] }>>;
}

export const readManifest = (root = '.'): Manifest => JSON.parse(readFileSync(resolve(root, 'dist/widget/manifest.json'), 'utf8')) as Manifest;

/** The files of the parts loaded at any of `when`, for a visitor in `locale`. */
export const filesOf = (m: Manifest, locale: Locale, ...when: When[]): string[] => [
  ...new Set(
    Object.values(m.parts)
      .filter((p) => when.includes(p.when) && (p.locale === undefined || p.locale === locale))
      .flatMap((p) => p.files),
  ),
];

/** What the loader fetches before the first paint on a plain page: the entry and the words. */
export const firstScreen = (m: Manifest, locale: Locale = 'en'): string[] => [...new Set([...m.entry, ...filesOf(m, locale, 'first-screen')])];

/** A built file's size as a visitor downloads it (gzip, level 9, as `npm run size` counts). */
export const gzipBytes = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length;
