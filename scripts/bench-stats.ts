import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// What the browser benchmarks share: how many times each is run, how figures are summarised, and
// which files the first screen is (read from the build's manifest, never hard-coded: names are hashed).

/** Cold loads per figure: the median says what is typical, the worst what a busy machine did. */
export const RUNS = 7;

export interface Figure {
  readonly label: string;
  readonly value: string;
  /** The goal in words, and whether this run met it. */
  readonly goal?: { readonly text: string; readonly met: boolean };
}

export const ms = (n: number) => `${n.toFixed(1)} ms`;

export function spread(xs: readonly number[]): { median: number; worst: number } {
  const sorted = [...xs].sort((a, b) => a - b);
  return { median: sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN, worst: sorted[sorted.length - 1] ?? NaN };
}

interface ChunkInfo {
  readonly entry: boolean;
  readonly imports: readonly string[];
}

/** The widget's entry and every file it imports statically, entry first (dist/widget/manifest.json). */
export function firstScreenFiles(root: string): string[] {
  const manifest = JSON.parse(readFileSync(resolve(root, 'dist/widget/manifest.json'), 'utf8')) as Record<string, ChunkInfo>;
  const files: string[] = [];
  const visit = (f: string) => {
    if (files.includes(f)) return;
    files.push(f);
    for (const d of manifest[f]?.imports ?? []) visit(d);
  };
  for (const [f, info] of Object.entries(manifest)) if (info.entry) visit(f);
  return files;
}
