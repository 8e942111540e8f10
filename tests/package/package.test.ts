import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { built, root } from './built';

// The published shape, checked the way a consumer's tools see it: publint for package.json
// mistakes, @arethetypeswrong/cli for types that do not resolve. Runs on a packed copy, so a
// rebuild of dist/ elsewhere in the tree cannot change the files under test midway.
const BUILT = ['dist/index.js', 'dist/treatment-quiz.js', 'dist/widget/quiz.js', 'dist/cli.js', 'dist/config.schema.json', 'dist/types/index.d.ts', 'dist/types/global.d.ts'];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

let dir = '';
let packed: string[] = [];
let tarball = '';

beforeAll(() => {
  built(...BUILT);
  dir = mkdtempSync(join(tmpdir(), 'tq-package-'));
  for (const f of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist']) if (existsSync(join(root, f))) cpSync(join(root, f), join(dir, f), { recursive: true });
  const [info] = JSON.parse(execFileSync(npm, ['pack', '--json', '--ignore-scripts'], { cwd: dir, encoding: 'utf8' })) as { filename: string; files: { path: string }[] }[];
  packed = info!.files.map((f) => f.path);
  tarball = join(dir, info!.filename);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the published package', () => {
  it('ships the builds, types, readme, changelog and licence, and nothing from the source tree', () => {
    for (const f of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', ...BUILT]) expect(packed).toContain(f);
    expect(packed.filter((f) => !/^(dist\/|package\.json$|README\.md$|CHANGELOG\.md$|LICENSE$)/.test(f))).toEqual([]);
    expect(packed).not.toContain('dist/builder.js');
    // The site kit is for owners who upload files, not for npm installs: they already have dist/.
    expect(existsSync(join(dir, 'dist/site/treatment-quiz/README.html'))).toBe(true);
    expect(packed.filter((f) => f.startsWith('dist/site/') || f.endsWith('.zip'))).toEqual([]);
  });

  it('has a semantic version with a CHANGELOG entry for it', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(version).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
    expect(readFileSync(join(root, 'CHANGELOG.md'), 'utf8')).toMatch(new RegExp(`^## \\[?${version.replace(/\./g, '\\.')}\\]?`, 'm'));
  });

  it('passes publint with no errors, warnings or suggestions', async () => {
    const { messages, pkg } = await publint({ pkgDir: dir, level: 'suggestion', pack: 'npm' });
    expect(messages.map((m) => formatMessage(m, pkg) ?? m.code)).toEqual([]);
  });

  it('has types that resolve for ESM consumers (attw --profile esm-only)', () => {
    const attw = join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js');
    let output: string;
    let failed = false;
    try {
      output = execFileSync(process.execPath, [attw, tarball, '--profile', 'esm-only', '--format', 'ascii', '--no-color', '--no-emoji'], { encoding: 'utf8' });
    } catch (e) {
      failed = true;
      output = String((e as { stdout?: string }).stdout ?? e);
    }
    // attw exits non-zero on any problem the profile does not ignore; the report says which.
    expect(failed ? output : '').toBe('');
    expect(output).toMatch(/"treatment-quiz"\s+node16 \(from ESM\): OK \(ESM\)\s+bundler: OK/);
  });

  it('types the globals of the <script> build as they are: window.TreatmentQuiz and <treatment-quiz>', () => {
    // A typed host project that loads the script build, compiled with the package as installed
    // (node_modules/treatment-quiz -> the packed copy). Each @ts-expect-error is a misuse the
    // types must refuse; tsc fails on one it no longer refuses.
    const consumer = join(dir, 'consumer');
    mkdirSync(join(consumer, 'node_modules'), { recursive: true });
    symlinkSync(dir, join(consumer, 'node_modules/treatment-quiz'), 'dir');
    // The package's own dependencies (preact, valibot), as npm would install them beside it.
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ type: 'module', private: true }));
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022', 'dom'], strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ['host.ts'] }),
    );
    writeFileSync(
      join(consumer, 'host.ts'),
      `import 'treatment-quiz/dist/treatment-quiz.js';
import type { TreatmentQuizGlobal } from 'treatment-quiz/dist/treatment-quiz.js';
import type { MountHandle, Recommendation } from 'treatment-quiz';

export const global: TreatmentQuizGlobal | undefined = window.TreatmentQuiz;
export const tag: HTMLElementTagNameMap['treatment-quiz'] = document.createElement('treatment-quiz');

export async function host(quiz: TreatmentQuizGlobal): Promise<string> {
  const handle: MountHandle = quiz.mount(document.createElement('div'), { locale: 'es', config: { theme: { accent: '#1d6f5f' } } });
  handle.destroy();
  const r: Recommendation = await quiz.recommend({ areas: ['lips'] }, { locale: 'es' });
  // @ts-expect-error recommend on the global is asynchronous: its words load when asked for
  quiz.recommend({ areas: ['lips'] }).overall;
  // @ts-expect-error only the product's areas
  void quiz.recommend({ areas: ['elbow'] });
  // @ts-expect-error the global is read-only
  quiz.version = '0.0.0';
  // @ts-expect-error nothing else is on it
  quiz.destroy();
  return r.overall + quiz.version;
}
`,
    );
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', consumer], { encoding: 'utf8' });
    } catch (e) {
      output = String((e as { stdout?: string }).stdout ?? e);
    }
    expect(output).toBe('');
  });
});
