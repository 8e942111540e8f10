import { chmodSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig } from 'vite';

// Builds everything into dist/:
//   treatment-quiz.js  one-file IIFE widget for a <script> tag (JS + CSS + en + es)
//   index.js           ESM build of the public API for bundlers (deps left external)
//   cli.js             the `treatment-quiz` command (node)
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dist = resolve(root, 'dist');

const shared: InlineConfig = {
  root,
  configFile: false,
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
};

rmSync(dist, { recursive: true, force: true });

await build({
  ...shared,
  build: {
    outDir: dist,
    emptyOutDir: false,
    target: 'es2020',
    minify: true,
    sourcemap: false,
    lib: { entry: resolve(root, 'src/embed/auto.ts'), name: 'TreatmentQuizBundle', formats: ['iife'], fileName: () => 'treatment-quiz.js' },
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
    rolldownOptions: { external: [/^preact/, /^@preact\//, /^valibot/] },
  },
});

if (existsSync(resolve(root, 'src/cli/main.ts'))) {
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
}

// Further build steps (config JSON Schema, ZIP centroid table, …) live one per file here.
const steps = resolve(root, 'scripts/build.d');
if (existsSync(steps)) {
  for (const f of readdirSync(steps).filter((f) => f.endsWith('.ts')).sort()) await import(resolve(steps, f));
}
console.log('built dist/');
