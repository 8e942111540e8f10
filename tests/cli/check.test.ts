import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli';

const dir = mkdtempSync(join(tmpdir(), 'tq-check-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const flawless = { id: 'flawless-abq', name: 'Flawless Med Spa', url: 'https://www.stayflawless.com', phone: '(505) 317-2563', city: 'Albuquerque', state: 'NM' };

describe('treatment-quiz check', () => {
  it('passes the default config and its rules', async () => {
    const { code, stdout, stderr } = await cli(['check']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe('OK: the default config is valid; 24 rules verified with no gaps, conflicts or dead rules\n');
  });

  it('passes a clean config file', async () => {
    const path = file('clean.json', JSON.stringify({ $schema: './schema/config.schema.json', locale: 'es', practices: [flawless] }));
    const { code, stdout } = await cli(['check', path]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^OK: .*clean\.json is valid/);
  });

  it('accepts a byte-order mark at the start of the file', async () => {
    expect((await cli(['check', file('bom.json', `\uFEFF${JSON.stringify({ locale: 'en' })}`)])).code).toBe(0);
  });

  it('prints one "path: message" line per problem and exits 1', async () => {
    const path = file(
      'dirty.json',
      JSON.stringify({
        locle: 'es',
        practices: [{ ...flawless, url: 'javascript:alert(1)' }, flawless, flawless],
        rules: { areas: { rules: [{ id: 'lips', areas: ['lips'], treatment: 'filler', reason: { en: 'x' } }] } },
      }),
    );
    const { code, stdout, stderr } = await cli(['check', path]);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'practices[0].url: must be a full web address starting with https:// or http:// (got "javascript:alert(1)")',
      'locle: is not a known setting; check the spelling (got "locle")',
      'practices[2].id: is already the id of practices[1]; ids must be unique (got "flawless-abq")',
    ]);
    expect(lines).toContain('rules.areas: no rule covers area "forehead" seen "with-expression" (add a rule for it)');
    expect(lines.at(-1)).toBe('rules: the quiz uses its default rules until these problems are fixed');
    for (const line of lines) expect(line).toMatch(/^[^\s:]+: \S/);
    expect(stderr).toBe(`${path}: ${lines.length} problems\n`);
  });

  it('says so, with exit code 1, when the file is missing', async () => {
    const missing = join(dir, 'nope.json');
    expect(await cli(['check', missing])).toEqual({ code: 1, stdout: '', stderr: `${missing}: cannot read the config: no such file\n` });
  });

  it('says so, with exit code 1, when the file is a folder', async () => {
    expect((await cli(['check', dir])).stderr).toBe(`${dir}: cannot read the config: it is a folder\n`);
  });

  it('says so, with exit code 1, when the file is not JSON', async () => {
    const path = file('bad.json', '{ "locale": "es", }');
    const { code, stdout, stderr } = await cli(['check', path]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid JSON: `));
  });

  it('reports a config that is not an object', async () => {
    const { code, stdout } = await cli(['check', file('list.json', '[]')]);
    expect(code).toBe(1);
    expect(stdout).toBe('(config): must be a JSON object of settings (got a list)\n');
  });

  it('refuses two files or an option with exit code 2', async () => {
    expect((await cli(['check', 'a.json', 'b.json'])).code).toBe(2);
    expect((await cli(['check', '--strict'])).code).toBe(2);
  });
});
