import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

// The size budget: every byte ships to every visitor of every site. CI fails above the budget.
const BUDGET = 24 * 1024;
const GOAL = 16 * 1024;
const file = 'dist/treatment-quiz.js';

let code: Buffer;
try {
  code = readFileSync(file);
} catch {
  console.error(`${file} is missing: run "npm run build" first.`);
  process.exit(1);
}
const gz = gzipSync(code, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${file}: ${code.length} bytes minified, ${gz} bytes gzip (${kb(gz)}); goal ${kb(GOAL)}, budget ${kb(BUDGET)}`);
if (gz > BUDGET) {
  console.error(`Over the size budget by ${gz - BUDGET} bytes.`);
  process.exit(1);
}
if (gz > GOAL) console.log(`Within budget, ${gz - GOAL} bytes above the goal.`);
else console.log(`Within the goal, with ${GOAL - gz} bytes to spare.`);
