import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { validateConfig } from '../../src/config/validate';
import { built, root } from './built';

// The site kit `npm run build` writes for owners who host the quiz themselves: one zip with the
// folder to upload, a sample config and a README page in plain words.
const ZIP = `dist/treatment-quiz-site-${version}.zip`;
let files: Record<string, Uint8Array>;
const text = (name: string) => new TextDecoder().decode(files[`treatment-quiz/${name}`]);

beforeAll(() => {
  built(ZIP, 'dist/treatment-quiz.js', 'dist/widget/manifest.json');
  files = unzipSync(readFileSync(join(root, ZIP)));
});

describe('the site kit zip', () => {
  it('holds one treatment-quiz folder with the loader, every widget file and every ZIP-code file', () => {
    expect(Object.keys(files).every((f) => f.startsWith('treatment-quiz/'))).toBe(true);
    expect(Buffer.from(files['treatment-quiz/treatment-quiz.js']!).equals(readFileSync(join(root, 'dist/treatment-quiz.js')))).toBe(true);
    const widget = readdirSync(join(root, 'dist/widget')).filter((f) => f !== 'manifest.json');
    expect(widget).toContain('quiz.js');
    for (const f of widget) expect(Buffer.from(files[`treatment-quiz/widget/${f}`] ?? []).equals(readFileSync(join(root, 'dist/widget', f))), f).toBe(true);
    const zips = readdirSync(join(root, 'dist/zips'));
    expect(zips.length).toBeGreaterThan(800);
    expect(Object.keys(files).filter((f) => f.startsWith('treatment-quiz/zips/')).sort()).toEqual(zips.map((f) => `treatment-quiz/zips/${f}`).sort());
  });

  it('has a sample quiz-config.json that is valid', () => {
    const config = JSON.parse(text('quiz-config.json')) as unknown;
    const { errors, config: resolved } = validateConfig(config);
    expect(errors).toEqual([]);
    expect(resolved.practices).toHaveLength(1);
  });

  it('has a README page that says how to upload, paste, edit and check, with the snippet for the uploaded folder', () => {
    const readme = text('README.html');
    expect(readme).toContain(`version ${version}`);
    expect(readme).not.toContain('{{');
    for (const step of ['Upload the folder', 'Paste this where the quiz should appear', 'Put in your own details', 'Check it']) expect(readme).toContain(step);
    expect(readme).toContain('&lt;script src="/treatment-quiz/treatment-quiz.js" async&gt;&lt;/script&gt;\n&lt;treatment-quiz config="/treatment-quiz/quiz-config.json"&gt;&lt;/treatment-quiz&gt;');
    expect(readme).toContain('README.html?tq-debug');
    // The page itself runs the quiz from the folder (its own check page), with nothing inline.
    expect(readme).toContain('<script src="treatment-quiz.js" async></script>');
    expect(readme).toContain('<treatment-quiz config="quiz-config.json">');
    expect(readme).not.toMatch(/<style|\sstyle=|<script>/);
    expect(files['treatment-quiz/readme.css']).toBeDefined();
  });
});
