import { resolve } from 'node:path';
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
const root = '/work/main';
process.env.NODE_ENV='production';
const mode = process.argv[2];
const groups:any[] = mode==='initial' ? [{ name: 'quiz-core', tags: ['$initial'] }] : [];
const r:any = await build({ root, configFile:false, logLevel:'warn', mode:'production',
 oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } }, define: { 'process.env.NODE_ENV': '"production"' },
 build: { write:false, outDir: '/tmp/an', target:'es2020', minify:true, lib:{ entry:{quiz: resolve(root,'src/embed/auto.ts')}, formats:['es'], fileName:(_f,n)=>`${n}.js`},
 rolldownOptions:{ preserveEntrySignatures:false, output:{ chunkFileNames:'[name]-[hash].js', minify:true, codeSplitting: { groups } }}}});
const out = (Array.isArray(r)?r:[r]).flatMap((x:any)=>x.output);
for (const c of out) if (c.type==='chunk') console.log(c.fileName.padEnd(36), String(gzipSync(c.code).length).padStart(6), 'imports', c.imports.join(','));
