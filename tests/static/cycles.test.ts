import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, ROOT } from '../helpers/source-files';

// The repository is layered and free of import circles: a circle makes two files one idea, and
// in the widget it can keep the bundler from splitting the lazy parts cleanly. The same holds
// between the top folders: the product (src/) needs nothing else, the demo pages build on the
// product, the tools (scripts/) build on both, and only tests read tests. A script that
// imported a test helper once made scripts -> tests -> scripts a circle no file-level check saw.

const FOLDERS = ['src', 'demo', 'scripts', 'tests'] as const;
type Folder = (typeof FOLDERS)[number];

/** What each top folder may import besides itself. */
const MAY_IMPORT: Record<Folder, readonly Folder[]> = {
  src: [],
  demo: ['src'],
  scripts: ['src', 'demo'],
  tests: ['src', 'demo', 'scripts'],
};

const all = FOLDERS.flatMap((dir) => filesUnder(dir));
const known = new Set(all);
const IMPORT = /(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\sfrom\s+)?['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function resolveImport(from: string, spec: string): string | undefined {
  const base = normalize(join(dirname(from), spec));
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((f) => known.has(f));
}

const graph = new Map(all.map((f) => [f, [...readFileSync(join(ROOT, f), 'utf8').matchAll(IMPORT)].flatMap((m) => resolveImport(f, (m[1] ?? m[2])!) ?? [])]));

const folderOf = (file: string) => file.slice(0, file.indexOf('/')) as Folder;

/** Tarjan's strongly connected components: every group of files that import each other in a circle. */
function circles(): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const v of all) if (!index.has(v)) visit(v);
  return found;
}

/** Every import that crosses into a top folder its importer may not use, as "from -> to". */
function crossings(): string[] {
  return [...graph].flatMap(([from, tos]) =>
    tos.filter((to) => folderOf(to) !== folderOf(from) && !MAY_IMPORT[folderOf(from)].includes(folderOf(to))).map((to) => `${from} -> ${to}`),
  );
}

describe('the import graph', () => {
  it('reads every file it checks (so the checks below can fail)', () => {
    expect(all.filter((f) => f.startsWith('src/')).length).toBeGreaterThan(80);
    expect(graph.get('src/ui/App.tsx')).toContain('src/ui/app-props.ts');
    // Edges between folders are seen too: the one rule below is not vacuous.
    expect(graph.get('tests/e2e/harness.ts')).toContain('scripts/lib/browser.ts');
  });

  it('has no circles in src, demo, scripts or tests', () => {
    expect(circles()).toEqual([]);
  });

  it('runs one way between folders: src <- demo <- scripts <- tests, and nothing outside tests imports tests', () => {
    expect(crossings()).toEqual([]);
  });
});
