import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Type declarations for the package: `tsc --emitDeclarationOnly` of the public API into
// dist/types, then relative specifiers get explicit `.js` / `/index.js` so the declarations
// resolve under TypeScript's node16/nodenext rules too (the source uses bundler-style
// extensionless imports). Checked by publint and @arethetypeswrong/cli in tests/package.
const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const out = resolve(root, 'dist/types');

execFileSync(process.execPath, [resolve(root, 'node_modules/typescript/bin/tsc'), '-p', resolve(root, 'tsconfig.build.json')], { stdio: 'inherit' });

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (p.endsWith('.d.ts')) yield p;
  }
}

const withExtension = (from: string, spec: string): string => {
  const base = resolve(dirname(from), spec);
  if (existsSync(`${base}.d.ts`)) return `${spec}.js`;
  if (existsSync(join(base, 'index.d.ts'))) return `${spec}/index.js`;
  return spec;
};

for (const file of files(out)) {
  const code = readFileSync(file, 'utf8');
  const fixed = code.replace(/((?:from|import)\s*\(?\s*)(['"])(\.{1,2}\/[^'"]*?)\2/g, (_m, lead: string, q: string, spec: string) =>
    /\.(js|mjs|json)$/.test(spec) ? `${lead}${q}${spec}${q}` : `${lead}${q}${withExtension(file, spec)}${q}`,
  );
  if (fixed !== code) writeFileSync(file, fixed);
}

// The <script> build exports nothing: it defines <treatment-quiz> and window.TreatmentQuiz.
// Their types are src/embed/auto.ts's own (its TreatmentQuizGlobal and `declare global`),
// emitted above; this entry only points at them, so `import 'treatment-quiz/dist/treatment-quiz.js'`
// in a typed project knows the globals and they cannot drift from the code that makes them.
writeFileSync(
  resolve(out, 'global.d.ts'),
  `// The globals dist/treatment-quiz.js adds: window.TreatmentQuiz and <treatment-quiz> (src/embed/auto.ts).
export type { TreatmentQuizGlobal } from './embed/auto.js';
`,
);
