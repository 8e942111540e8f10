import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { LOCALES, type Locale } from '../src/engine/types';
import { filesOf, type Manifest } from './lib/manifest';

// The size budget: every byte ships to every visitor of every site. What a visitor downloads
// is read from dist/widget/manifest.json, which the build writes from src/parts.ts (each
// part's files, and when it loads). Three figures, per language, gzip:
//   first screen, plain page: the loader, the entry and the words of the visitor's language;
//   first screen, page with settings: the same plus the settings parts (validator, colour checks);
//   up to the result with practices: everything a visitor downloads on the way to the result.
// CI fails when the plain first screen is over the budget; the goals are printed beside each.
const BUDGET = 24 * 1024;
const GOALS = { plain: 16 * 1024, settings: 20 * 1024, result: 45 * 1024 };
const LOADER = 'dist/treatment-quiz.js';
const DIR = 'dist/widget';

function read(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch {
    console.error(`${file} is missing: run "npm run build" first.`);
    process.exit(1);
  }
}

const gzip = (file: string) => gzipSync(read(file), { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const manifest = JSON.parse(read(`${DIR}/manifest.json`).toString()) as Manifest;
const bytes = new Map<string, number>([[LOADER, gzip(LOADER)], ...Object.keys(manifest.files).map((f) => [f, gzip(`${DIR}/${f}`)] as const)]);

const total = (files: readonly string[]) => [...new Set(files)].reduce((sum, f) => sum + bytes.get(f)!, 0);

function figures(locale: Locale) {
  const plain = [LOADER, ...manifest.entry, ...filesOf(manifest, locale, 'first-screen')];
  const settings = [...plain, ...filesOf(manifest, locale, 'settings')];
  const result = [...settings, ...filesOf(manifest, locale, 'after-first-screen', 'before-result')];
  return { plain, settings, result };
}

const row = (name: string, n: number) => `  ${name.padEnd(44)} ${String(n).padStart(6)} B gzip`;
const en = figures('en');
console.log('First screen on a plain page (English):');
console.log([...new Set(en.plain)].map((f) => row(f === LOADER ? f : `${DIR}/${f}`, bytes.get(f)!)).join('\n'));
let over = 0;
for (const locale of LOCALES) {
  const f = figures(locale);
  const plain = total(f.plain);
  over = Math.max(over, plain - BUDGET);
  console.log(`${locale}:`);
  console.log(`  first screen, plain page:           ${String(plain).padStart(6)} B (${kb(plain)}); goal ${kb(GOALS.plain)}, CI budget ${kb(BUDGET)}`);
  console.log(`  first screen, page with settings:   ${String(total(f.settings)).padStart(6)} B (${kb(total(f.settings))}); goal ${kb(GOALS.settings)}`);
  console.log(`  up to the result, with practices:   ${String(total(f.result)).padStart(6)} B (${kb(total(f.result))}); goal ${kb(GOALS.result)}`);
}
console.log('Each part (its own files, loaded when src/parts.ts says):');
for (const [name, p] of Object.entries(manifest.parts)) console.log(row(`${name} (${p.when})`, total(p.files)));
if (over > 0) {
  console.error(`The plain first screen is over the size budget by ${over} bytes.`);
  process.exit(1);
}
