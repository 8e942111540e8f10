import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, type Zippable } from 'fflate';
import { version } from '../../package.json';
import { SELF_HOSTED_SCRIPT } from '../../demo/snippet';

// The site kit, for an owner without a developer: dist/site/treatment-quiz/ (the folder to
// upload: the loader, widget/, zips/, a sample quiz-config.json and README.html, which is also
// the page to check the upload with), zipped as dist/treatment-quiz-site-<version>.zip.
// Runs last: it packs the finished dist/.
const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const dist = resolve(root, 'dist');
const here = resolve(root, 'scripts/site-kit');
const kit = resolve(dist, 'site/treatment-quiz');
export const KIT_ZIP = `treatment-quiz-site-${version}.zip`;

const started = performance.now();
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const snippet = `<script src="${SELF_HOSTED_SCRIPT}" async></script>\n<treatment-quiz config="${SELF_HOSTED_SCRIPT.replace(/[^/]+$/, 'quiz-config.json')}"></treatment-quiz>`;

rmSync(resolve(dist, 'site'), { recursive: true, force: true });
mkdirSync(kit, { recursive: true });
cpSync(resolve(dist, 'treatment-quiz.js'), resolve(kit, 'treatment-quiz.js'));
// manifest.json is the build's note to scripts/size.ts, not something the loader reads.
cpSync(resolve(dist, 'widget'), resolve(kit, 'widget'), { recursive: true, filter: (f) => !f.endsWith('manifest.json') });
cpSync(resolve(dist, 'zips'), resolve(kit, 'zips'), { recursive: true });
cpSync(resolve(here, 'quiz-config.json'), resolve(kit, 'quiz-config.json'));
cpSync(resolve(here, 'readme.css'), resolve(kit, 'readme.css'));
writeFileSync(resolve(kit, 'README.html'), readFileSync(resolve(here, 'README.html'), 'utf8').replaceAll('{{version}}', version).replace('{{snippet}}', escapeHtml(snippet)));

// The zip holds the folder itself, so unzipping gives "treatment-quiz/" ready to upload.
const files: Zippable = {};
const add = (dir: string) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) add(path);
    else files[relative(resolve(dist, 'site'), path).split('\\').join('/')] = readFileSync(path);
  }
};
add(kit);
// A fixed date keeps the zip byte-for-byte the same for the same files (SOURCE_DATE_EPOCH wins).
const mtime = new Date(Number(process.env.SOURCE_DATE_EPOCH ?? 1_767_225_600) * 1000);
const zip = zipSync(files, { level: 9, mtime });
writeFileSync(resolve(dist, KIT_ZIP), zip);
console.log(`site kit: dist/${KIT_ZIP}, ${Object.keys(files).length} files, ${(zip.length / 1024).toFixed(0)} KB, in ${((performance.now() - started) / 1000).toFixed(2)} s`);
