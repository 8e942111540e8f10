import { firstScreen, readManifest } from './lib/manifest';

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

/** What the first screen downloads: the entry's files and the words of the visitor's language (dist/widget/manifest.json). */
export const firstScreenFiles = (root: string): string[] => firstScreen(readManifest(root));
