import { relative, resolve, sep } from 'node:path';
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { PARTS } from '../src/parts';
const root = resolve('.');
process.env.NODE_ENV='production';
const rel = (id: string) => relative(root, id).split(sep).join('/');
const partOf = new Map(Object.entries(PARTS).flatMap(([name, p]) => p.modules.map((m) => [m, name] as const)));
const r:any = await build({ root, configFile:false, logLevel:'error', mode:'production',
 oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } }, define: { 'process.env.NODE_ENV': '"production"' },
 build: { write:false, outDir: '/tmp/an', target:'es2020', minify:true, lib:{ entry:{quiz: resolve(root,'src/embed/auto.ts')}, formats:['es'], fileName:(_f,n)=>`${n}.js`},
 rolldownOptions:{ preserveEntrySignatures:false, output:{ chunkFileNames:'[name]-[hash].js', minify:true, codeSplitting: { groups: [{ name: 'quiz', tags: ['$initial'], priority: 2 },
            ...Object.keys(PARTS).map((name) => ({ name, priority: 1, test: (id: string) => partOf.get(rel(id)) === name }))] } }}}});
const out = (Array.isArray(r)?r:[r]).flatMap((x:any)=>x.output);
const want = process.argv[2] ?? 'quiz';
for (const c of out) { if (c.type!=='chunk' || !c.fileName.startsWith(want)) continue;
 console.log('==', c.fileName, c.code.length, gzipSync(c.code).length);
 const rows = Object.entries(c.modules).map(([k,v]:any)=>[rel(k).replace(/.*node_modules\//,'nm/'), v.renderedLength, v.code ? gzipSync(v.code).length : 0]).sort((a:any,b:any)=>b[2]-a[2]);
 for (const [k,v,g] of rows) console.log(String(v).padStart(7), String(g).padStart(6), k);
}
for (const c of out) if (c.type==='chunk' && c.fileName.startsWith('rolldown')) console.log('RT', c.moduleIds);
