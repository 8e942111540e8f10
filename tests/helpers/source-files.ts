import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The repository's files, for the static tests that scan source (tests/static).

/** The repository root, absolute, without a trailing slash. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

/**
 * Every file under `dir` (repo-relative, e.g. 'src/ui') whose name matches `pattern`, as
 * repo-relative paths with forward slashes, sorted. A missing folder has no files.
 */
export function filesUnder(dir: string, pattern: RegExp = /\.tsx?$/): string[] {
  let entries;
  try {
    entries = readdirSync(join(ROOT, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .flatMap((e) => (e.isDirectory() ? filesUnder(`${dir}/${e.name}`, pattern) : pattern.test(e.name) ? [`${dir}/${e.name}`] : []))
    .sort();
}
