import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/recommend';
import { built, root } from './built';

const jsFiles = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsFiles(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
  );

describe('the build', () => {
  it('is a production build whatever NODE_ENV it ran under: no JSX debug info, no source paths', () => {
    built('dist/widget/quiz.js', 'dist/index.js');
    // Under NODE_ENV=test vite kept the JSX dev runtime: every element carried its file path
    // and line number, 4 KB more widget over the size budget, and the builder's folder leaked.
    const leaky = jsFiles('dist').filter((f) => /lineNumber:|fileName:/.test(readFileSync(join(root, f), 'utf8')) || readFileSync(join(root, f), 'utf8').includes(root));
    expect(leaky).toEqual([]);
  });

  it('ships the JSON Schema committed in schema/', () => {
    built('dist/config.schema.json');
    expect(readFileSync(join(root, 'dist/config.schema.json'), 'utf8')).toBe(readFileSync(join(root, 'schema/config.schema.json'), 'utf8'));
  });

  it('has a command line that runs from dist/cli.js', () => {
    built('dist/cli.js');
    const cli = (args: string[], input = '') => spawnSync(process.execPath, [join(root, 'dist/cli.js'), ...args], { input, encoding: 'utf8' });
    const answers = { areas: ['crows-feet'], appearance: { 'crows-feet': 'at-rest' } } as const;
    const ok = cli(['recommend', '--locale', 'es'], `${JSON.stringify(answers)}\n`);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual(recommend(answers, { locale: 'es' }));
    expect(cli(['recommend'], '{"areas":["nose"]}\n').status).toBe(2);
    expect(cli(['check']).status).toBe(0);
  });
});
