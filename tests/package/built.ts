import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** The build output these tests read, or a clear failure when there is none (they never build). */
export function built(...files: string[]): void {
  const missing = files.filter((f) => !existsSync(join(root, f)));
  if (missing.length) throw new Error(`missing ${missing.join(', ')}: run \`npm run build\` first (npm test does)`);
}
