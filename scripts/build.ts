import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig } from 'vite';
import { LOCALES, type Locale } from '../src/engine/types';
import { ENTRY, PARTS, type LoaderFiles, type When } from '../src/parts';

// Builds everything into dist/:
//   treatment-quiz.js  the classic <script> loader a site owner pastes (a few hundred bytes)
//   widget/            the widget as ES modules: quiz.js (the first screen's code), one file per part
//   index.js           ESM build of the public API for bundlers (deps left external)
//   cli.js             the `treatment-quiz` command (node)
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dist = resolve(root, 'dist');

// Always a production build, whatever NODE_ENV the caller has (vitest sets "test"): vite takes
// its mode from NODE_ENV, and under "test" it kept development code (the JSX dev runtime, …)
// in a bigger widget than the one that ships.
process.env.NODE_ENV = 'production';

const shared: InlineConfig = {
  root,
  configFile: false,
  logLevel: 'warn',
  mode: 'production',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
};

rmSync(dist, { recursive: true, force: true });

// The widget: ES modules, one file per part of src/parts.ts, plus a manifest saying which file
// is which part (scripts/size.ts and the browser tests read it).
const rel = (id: string) => relative(root, id).split(sep).join('/');
/** The part a chunk carries the module of, if any: the chunk is that part's file. */
const partOf = (chunk: { readonly moduleIds: readonly string[] }) => Object.keys(PARTS).find((n) => chunk.moduleIds.some((id) => rel(id) === PARTS[n]!.module));
const widget = await build({
  ...shared,
  build: {
    outDir: resolve(dist, 'widget'),
    emptyOutDir: false,
    target: 'es2020',
    minify: true,
    sourcemap: false,
    // Lib mode: no preload helper (it would add <link> tags to the host page's <head> and
    // fire events on its window). Lib mode keeps whitespace in ES output, so minify fully here.
    lib: { entry: { quiz: resolve(root, ENTRY) }, formats: ['es'], fileName: (_format, name) => `${name}.js` },
    rolldownOptions: {
      preserveEntrySignatures: false,
      output: {
        // The first screen's words keep a fixed name, so a page can preload them (README).
        chunkFileNames: (c) => {
          const name = partOf(c);
          return name ? (PARTS[name]!.when === 'first-screen' ? `${name}.js` : `${name}-[hash].js`) : '[name]-[hash].js';
        },
        minify: true,
        codeSplitting: {
          // Everything the entry imports is one file with it, so the first paint needs one
          // module file and the words (left alone, rolldown spread it over five files). The
          // parts split by themselves: each `import()` target is a file, and what several
          // parts share goes in files of its own.
          groups: [
            { name: 'quiz', tags: ['$initial'], priority: 2 },
            // Tiny modules several parts share (the http(s) check, theme and launcher limits, …)
            // in one file, not a request each.
            { name: 'common', minShareCount: 2, maxModuleSize: 400, priority: 1 },
          ],
        },
      },
    },
  },
});
const chunks = (Array.isArray(widget) ? widget : [widget]).flatMap((r) => ('output' in r ? r.output : [])).filter((c) => c.type === 'chunk');

// The list and the build must agree: a part whose module is gone (renamed, moved) or code that
// loads a module that is not a part would otherwise silently change what visitors download.
const problems: string[] = [];
const fileOfPart = new Map<string, string>();
for (const [name, p] of Object.entries(PARTS)) {
  const chunk = chunks.find((c) => !c.isEntry && partOf(c) === name);
  if (!chunk) problems.push(`part "${name}": ${p.module} is not in a file of its own (renamed, moved, or imported by the first screen? update src/parts.ts)`);
  else fileOfPart.set(name, chunk.fileName);
}
// A module both imported and loaded with import() gets its exports wrapped by a bundler helper
// that walks them with for-in: on a page that added keys to Object.prototype that throws, and
// the part never loads (tests/e2e/guest-hosts.test.ts). No part may need it.
for (const c of chunks) if (c.moduleIds.some((id) => id.includes('rolldown/runtime'))) problems.push(`${c.fileName} carries the bundler's namespace helper: a part's module is also imported statically (${c.moduleIds.map(rel).join(', ')})`);
for (const c of chunks)
  for (const d of c.dynamicImports)
    if (![...fileOfPart.values()].includes(d)) problems.push(`${d} is loaded with import() from ${c.fileName} but is not a part: add it to src/parts.ts`);
if (problems.length) throw new Error(`src/parts.ts and the code disagree:\n  ${problems.join('\n  ')}`);

const entry = chunks.find((c) => c.isEntry)!;
const files = Object.fromEntries(chunks.map((c) => [c.fileName, c]));
/** A file and every file it imports, in load order. */
const closure = (file: string, into: string[] = []): string[] => {
  if (!into.includes(file)) {
    into.push(file);
    for (const dep of files[file]!.imports) closure(dep, into);
  }
  return into;
};
const entryFiles = closure(entry.fileName);
const partFiles = (name: string) => closure(fileOfPart.get(name)!).filter((f) => !entryFiles.includes(f));
const manifest = {
  entry: entryFiles,
  parts: Object.fromEntries(Object.entries(PARTS).map(([name, p]) => [name, { ...p, files: partFiles(name) }])),
  files: Object.fromEntries(chunks.map((c) => [c.fileName, { part: c.isEntry ? null : (partOf(c) ?? null), imports: c.imports, dynamicImports: c.dynamicImports }])),
};
writeFileSync(resolve(dist, 'widget/manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

// The classic <script> loader, dist/treatment-quiz.js, told which files come before the first paint.
const namesOf = (when: When, locale?: Locale) => Object.entries(PARTS).filter(([, p]) => p.when === when && p.locale === locale).flatMap(([name]) => partFiles(name));
const loaderFiles: LoaderFiles = {
  entry: entryFiles,
  words: Object.fromEntries(LOCALES.map((l) => [l, namesOf('first-screen', l)])) as unknown as LoaderFiles['words'],
  settings: [...new Set(namesOf('settings'))],
};
const VIRTUAL = 'virtual:treatment-quiz/loader-files';
await build({
  ...shared,
  plugins: [{ name: 'loader-files', resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : null), load: (id) => (id === `\0${VIRTUAL}` ? `export default ${JSON.stringify(loaderFiles)};` : null) }],
  build: {
    outDir: dist,
    emptyOutDir: false,
    target: 'es2020',
    minify: true,
    sourcemap: false,
    lib: { entry: resolve(root, 'src/embed/loader.ts'), name: 'TreatmentQuizLoader', formats: ['iife'], fileName: () => 'treatment-quiz.js' },
  },
});

await build({
  ...shared,
  build: {
    outDir: dist,
    emptyOutDir: false,
    target: 'es2020',
    minify: false,
    lib: { entry: resolve(root, 'src/index.ts'), formats: ['es'], fileName: () => 'index.js' },
    rolldownOptions: {
      external: [/^preact/, /^@preact\//, /^valibot/],
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
      // The public API exports validateConfig itself, so here the widget's lazy import of the
      // validator cannot split it off; that is expected for bundler users, not a problem.
      onLog(level, log, handler) {
        if (log.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') handler(level, log);
      },
    },
  },
});

await build({
  ...shared,
  build: {
    outDir: dist,
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    ssr: resolve(root, 'src/cli/main.ts'),
    rolldownOptions: { output: { entryFileNames: 'cli.js', format: 'es' } },
  },
});
const cli = resolve(dist, 'cli.js');
const code = readFileSync(cli, 'utf8');
if (!code.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${code}`);
chmodSync(cli, 0o755);

// Further build steps (config JSON Schema, ZIP centroid table, …) live one per file here.
const steps = resolve(root, 'scripts/build.d');
for (const f of readdirSync(steps).filter((f) => f.endsWith('.ts')).sort()) await import(resolve(steps, f));
// The site kit packs the finished dist/ (the widget, zips/), so it comes after every other step.
await import('./site-kit/build');
console.log('built dist/');
