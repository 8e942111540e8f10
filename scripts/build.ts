import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig } from 'vite';

// Builds everything into dist/:
//   treatment-quiz.js  the classic <script> loader a site owner pastes (a few hundred bytes)
//   widget/            the widget as ES modules: quiz.js (JS + CSS + en + es) and lazy parts
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

// The widget: ES modules split at the lazy parts (config validator, practices, sharing, …)
// plus a manifest of which files the first screen needs (scripts/size.ts reads it).
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
    lib: { entry: { quiz: resolve(root, 'src/embed/auto.ts') }, formats: ['es'], fileName: (_format, name) => `${name}.js` },
    rolldownOptions: {
      preserveEntrySignatures: false,
      output: {
        chunkFileNames: '[name]-[hash].js',
        minify: true,
        // What the first screen runs and the lazy parts also use (preact, the decision code, the
        // quiz words) in one shared file: left alone, rolldown split it over four files, which
        // cost the first screen about 600 B gzip and three more requests.
        advancedChunks: { groups: [{ name: 'quiz', test: /node_modules[\\/]preact[\\/]|src[\\/]engine[\\/](default-rules|types|decide|evaluate|needs-question|safety-questions)\.ts|src[\\/]content[\\/]quiz[\\/]|src[\\/]content[\\/]ui\.ts|src[\\/]ui[\\/]strings\.ts/ }] },
      },
    },
  },
});
const chunks = (Array.isArray(widget) ? widget : [widget]).flatMap((r) => ('output' in r ? r.output : [])).filter((c) => c.type === 'chunk');
const manifest = Object.fromEntries(
  chunks.map((c) => [
    c.fileName,
    { entry: c.isEntry, module: c.facadeModuleId ? relative(root, c.facadeModuleId) : null, imports: c.imports, dynamicImports: c.dynamicImports },
  ]),
);
writeFileSync(resolve(dist, 'widget/manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

// The classic <script> loader, dist/treatment-quiz.js, told which files the first screen needs.
const firstScreen: string[] = [];
const collect = (file: string) => {
  if (firstScreen.includes(file)) return;
  firstScreen.push(file);
  for (const dep of manifest[file]?.imports ?? []) collect(dep);
};
for (const [file, info] of Object.entries(manifest)) if (info.entry) collect(file);
// With settings the quiz also needs the validator and the theme checks before it shows: the
// loader fetches those alongside when the page gives a config (see src/embed/loader.ts).
const settingsFiles: string[] = [];
// (The schema is a shared file with no module of its own: it comes in as the validator's import.)
const SETTINGS_MODULES = ['src/config/validate.ts', 'src/ui/theme/index.ts'];
const collectSettings = (file: string) => {
  if (settingsFiles.includes(file) || firstScreen.includes(file)) return;
  settingsFiles.push(file);
  for (const dep of manifest[file]?.imports ?? []) collectSettings(dep);
};
for (const [file, info] of Object.entries(manifest)) if (info.module && SETTINGS_MODULES.includes(info.module)) collectSettings(file);
await build({
  ...shared,
  define: { ...shared.define, __TQ_FIRST_SCREEN__: JSON.stringify(firstScreen), __TQ_SETTINGS__: JSON.stringify(settingsFiles) },
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
