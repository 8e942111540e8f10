import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDirectory } from '../../src/cli/directory';
import { buildDirectory } from '../../src/match/build-directory';
import type { CliIo } from '../../src/cli/io';

function io(): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdin: (async function* () {})(),
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
    out: () => out,
    err: () => err,
  };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tq-dir-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const GOOD = 'id,name,url,phone,zip,lat,lng,featured\nabq,ABQ Example,https://abq.example.com,505-555-0100,87101,35.08,-106.65,true\nsf,SF Example,https://sf.example.com,505-555-0101,87501,35.69,-105.94,\n';

describe('treatment-quiz directory build', () => {
  it('writes index.json and one shard per ZIP3, and prints sizes', async () => {
    writeFileSync(join(dir, 'p.csv'), GOOD);
    const t = io();
    expect(await runDirectory(['build', join(dir, 'p.csv'), '--out', join(dir, 'out')], t)).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['871.json', '875.json', 'index.json']);
    const index = JSON.parse(readFileSync(join(dir, 'out', 'index.json'), 'utf8'));
    expect(index).toMatchObject({ version: 1, count: 2, featured: [{ id: 'abq' }] });
    expect(t.out()).toMatch(/^2 practices in 2 shards written to .* \(\d+ ms\)\n {2}shard gzip: largest [\d.]+ KB/);
    expect(t.err()).toBe('');
  });

  it('replaces shards from an earlier build so none go stale', async () => {
    writeFileSync(join(dir, 'p.csv'), GOOD);
    writeFileSync(join(dir, '999.json'), '[]');
    writeFileSync(join(dir, 'notes.txt'), 'keep me');
    expect(await runDirectory(['build', join(dir, 'p.csv'), `--out=${dir}`], io())).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['871.json', '875.json', 'index.json', 'notes.txt', 'p.csv']);
  });

  it('lists every problem by line and column, exits 1 and writes nothing', async () => {
    writeFileSync(join(dir, 'bad.csv'), 'id,name,url,phone,zip\na,A,javascript:x,505-555-0100,87101\nb,B,https://b.example.com,nope,871\n');
    const t = io();
    expect(await runDirectory(['build', join(dir, 'bad.csv'), '--out', join(dir, 'out')], t)).toBe(1);
    const lines = t.err().trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/bad\.csv: line 2, column url: /),
      expect.stringMatching(/bad\.csv: line 3, column phone: /),
      expect.stringMatching(/bad\.csv: line 3, column zip: /),
      '3 problems; nothing was written.',
    ]);
    expect(readdirSync(dir)).toEqual(['bad.csv']);
  });

  it('exits 2 with usage on bad arguments or an unreadable file', async () => {
    for (const args of [[], ['make'], ['build'], ['build', 'x.csv'], ['build', 'x.csv', '--out'], ['build', 'a.csv', 'b.csv', '--out', 'o'], ['build', 'a.csv', '--fast', '--out', 'o']]) {
      const t = io();
      expect(await runDirectory(args, t)).toBe(2);
      expect(t.err()).toContain('Usage: treatment-quiz directory build');
    }
    const t = io();
    expect(await runDirectory(['build', join(dir, 'missing.csv'), '--out', dir], t)).toBe(2);
    expect(t.err()).toMatch(/missing\.csv: cannot read the CSV: no such file/);
  });

  it('prints help on --help', async () => {
    const t = io();
    expect(await runDirectory(['--help'], t)).toBe(0);
    expect(t.out()).toContain('zipPrefixes, cities, offers');
  });
});

describe('the demo directory', () => {
  it('is what the build makes of demo/directory/practices.csv (rebuild it after editing the CSV)', () => {
    const demo = join(__dirname, '../../demo/directory');
    const b = buildDirectory(readFileSync(join(demo, 'practices.csv'), 'utf8'));
    if (!b.ok) throw new Error('the demo CSV does not build');
    expect(JSON.parse(readFileSync(join(demo, 'index.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(b.directory.index)));
    for (const [key, list] of b.directory.shards) expect(JSON.parse(readFileSync(join(demo, `${key}.json`), 'utf8'))).toEqual(JSON.parse(JSON.stringify(list)));
    expect(readdirSync(demo).filter((f) => /^\d{3}\.json$/.test(f)).length).toBe(b.directory.shards.size);
  });
});
