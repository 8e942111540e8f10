import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

// The embed builder's own script (demo/builder.ts -> dist/builder.js): a module loaded by
// demo/builder.html, never inline, so the page works under a strict CSP too. Not part of the
// published package (package.json "files" leaves it out).
const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

await build({
  root,
  configFile: false,
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: false,
    target: 'es2020',
    minify: true,
    lib: { entry: resolve(root, 'demo/builder.ts'), formats: ['es'], fileName: () => 'builder.js' },
  },
});
