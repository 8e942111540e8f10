import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

// The size budget: every byte ships to every visitor of every site. CI fails above the budget.
// What counts is what a visitor downloads before the quiz's first screen: the <script> loader
// (dist/treatment-quiz.js) plus the widget entry and every file it imports statically (read
// from dist/widget/manifest.json, written by the build). Lazy parts are listed on their own.
const BUDGET = 24 * 1024;
const GOAL = 16 * 1024;
const LOADER = 'dist/treatment-quiz.js';
const DIR = 'dist/widget';

interface ChunkInfo {
  readonly entry: boolean;
  readonly imports: readonly string[];
  readonly dynamicImports: readonly string[];
}

function read(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch {
    console.error(`${file} is missing: run "npm run build" first.`);
    process.exit(1);
  }
}

const gzip = (b: Buffer) => gzipSync(b, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const manifest = JSON.parse(read(`${DIR}/manifest.json`).toString()) as Record<string, ChunkInfo>;

const initial = new Set<string>();
const visit = (name: string) => {
  if (initial.has(name)) return;
  initial.add(name);
  for (const dep of manifest[name]?.imports ?? []) visit(dep);
};
for (const [name, info] of Object.entries(manifest)) if (info.entry) visit(name);

let total = gzip(read(LOADER));
const rows = [`  ${LOADER.padEnd(40)} ${String(total).padStart(6)} B gzip`];
for (const name of initial) {
  const g = gzip(read(`${DIR}/${name}`));
  total += g;
  rows.push(`  ${`${DIR}/${name}`.padEnd(40)} ${String(g).padStart(6)} B gzip`);
}
console.log('First screen (loaded on every page with the quiz):');
console.log(rows.join('\n'));
console.log(`  total: ${total} bytes gzip (${kb(total)}); goal ${kb(GOAL)}, budget ${kb(BUDGET)}`);
console.log('Loaded later, only when needed:');
for (const name of Object.keys(manifest).filter((n) => !initial.has(n))) {
  console.log(`  ${`${DIR}/${name}`.padEnd(40)} ${String(gzip(read(`${DIR}/${name}`))).padStart(6)} B gzip`);
}
if (total > BUDGET) {
  console.error(`Over the size budget by ${total - BUDGET} bytes.`);
  process.exit(1);
}
if (total > GOAL) console.log(`Within budget, ${total - GOAL} bytes above the goal.`);
else console.log(`Within the goal, with ${GOAL - total} bytes to spare.`);
