import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, ROOT } from '../helpers/source-files';

// Tests mirror the source one to one, so a module's tests are found without searching:
// tests/a/b.test.ts tests src/a/b.ts; a second file on the same module names its topic,
// tests/a/b.<topic>.test.ts (e.g. tests/embed/mount.polluted.test.ts). tests/scripts/ and
// tests/demo/ mirror scripts/ and demo/ the same way. Helpers shared by tests live in
// tests/helpers/ and nowhere else.

/** Folders that do not mirror one module, each for a reason. */
const NOT_MIRRORED = [
  'tests/e2e', // the built widget in a real browser, on whole pages; one harness
  'tests/static', // scans of the source and docs (this file, cycles, the security allow-lists)
  'tests/package', // the package as built: npm pack, publint, the built CLI
  'tests/helpers', // shared helpers, no tests
  'tests/privacy', // health answers never leave the page: one property over every outward channel
];

const TEST = /\.test\.tsx?$/;
const IMPORT = /(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\sfrom\s+)?['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

const mirrored = filesUnder('tests').filter((f) => !NOT_MIRRORED.some((dir) => f.startsWith(`${dir}/`)));

/** The file a test mirrors: tests/a/b(.topic).test.ts -> src/a/b.ts(x), or scripts/ and demo/ for those folders. */
function subjectOf(test: string): string[] {
  const rel = test.slice('tests/'.length);
  const dir = dirname(rel) === '.' ? '' : `${dirname(rel)}/`;
  const name = rel.slice(dir.length).split('.')[0]!;
  const root = /^(scripts|demo)\//.test(dir) ? '' : 'src/';
  return ['.ts', '.tsx'].map((ext) => `${root}${dir}${name}${ext}`);
}

/** The source modules a test imports, the one its name is closest to first: where it should go. */
function suggestion(test: string): string {
  const text = readFileSync(join(ROOT, test), 'utf8');
  const modules = [...new Set([...text.matchAll(IMPORT)].map((m) => normalize(join(dirname(test), (m[1] ?? m[2])!))))]
    .flatMap((base) => [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].filter((f) => existsSync(join(ROOT, f))).slice(0, 1))
    .filter((f) => /^(src|scripts|demo)\//.test(f));
  if (!modules.length) return 'beside the module it tests';
  const words = test.slice(test.lastIndexOf('/') + 1).split('.')[0]!.toLowerCase().split('-');
  const closeness = (f: string) => words.filter((w) => f.toLowerCase().includes(w)).length;
  const [best] = [...modules].sort((a, b) => closeness(b) - closeness(a));
  const to = `tests/${best!.replace(/^src\//, '').replace(/\.tsx?$/, '')}.test.${test.endsWith('x') ? 'tsx' : 'ts'}`;
  return `to ${to} (or ${to.replace(/\.test\./, '.<topic>.test.')}); it imports ${modules.join(', ')}`;
}

function misplaced(): string[] {
  return mirrored.flatMap((f) => {
    if (!TEST.test(f)) return [`${f} is a helper: move it to tests/helpers/`];
    if (subjectOf(f).some((s) => existsSync(join(ROOT, s)))) return [];
    return [`${f} mirrors no file (${subjectOf(f)[0]!.replace(/\.ts$/, '.ts(x)')}): move it ${suggestion(f)}`];
  });
}

describe('the tests folder', () => {
  it('finds the tests it checks (so the check below can fail)', () => {
    expect(mirrored.length).toBeGreaterThan(40);
    expect(subjectOf('tests/ui/launcher/Launcher.test.tsx')).toContain('src/ui/launcher/Launcher.tsx');
    expect(subjectOf('tests/embed/mount.polluted.test.ts')).toContain('src/embed/mount.ts');
    expect(subjectOf('tests/scripts/config-schema.test.ts')).toContain('scripts/config-schema.ts');
    expect(subjectOf('tests/recommend.test.ts')).toContain('src/recommend.ts');
  });

  it('mirrors src/ one to one: every test sits at the path of the module it tests', () => {
    expect(misplaced()).toEqual([]);
  });

});
