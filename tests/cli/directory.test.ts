import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDirectory } from '../../src/cli/directory';
import { buildDirectory } from '../../src/match/build-directory';
import type { CliIo } from '../../src/cli/io';
import { zipTable } from '../../src/cli/zip-table';

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
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['.treatment-quiz-directory.json', '871.json', '875.json', 'index.json']);
    const index = JSON.parse(readFileSync(join(dir, 'out', 'index.json'), 'utf8'));
    expect(index).toMatchObject({ version: 1, count: 2, featured: [{ id: 'abq' }] });
    expect(t.out()).toMatch(/^2 practices in 2 shards written to .* \(\d+ ms\)\n {2}largest shard 87[15]\.json: [\d.]+ KB, [\d.]+ KB gzip; mean [\d.]+ KB; index\.json [\d.]+ KB gzip\n$/);
    expect(JSON.parse(readFileSync(join(dir, 'out', '871.json'), 'utf8'))).toEqual([expect.objectContaining({ id: 'abq' })]);
    expect(t.err()).toBe('');
  });

  it('removes the shards of an earlier build that the new one no longer writes', async () => {
    writeFileSync(join(dir, 'p.csv'), GOOD);
    expect(await runDirectory(['build', join(dir, 'p.csv'), `--out=${dir}`], io())).toBe(0);
    writeFileSync(join(dir, 'p.csv'), GOOD.replace('87501', '88001'));
    expect(await runDirectory(['build', join(dir, 'p.csv'), `--out=${dir}`], io())).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['.treatment-quiz-directory.json', '871.json', '880.json', 'index.json', 'p.csv']);
  });

  it("never removes files it did not write, such as the site's 404.json", async () => {
    writeFileSync(join(dir, 'p.csv'), GOOD);
    writeFileSync(join(dir, '404.json'), '{"error":"not found"}');
    writeFileSync(join(dir, 'notes.txt'), 'keep me');
    expect(await runDirectory(['build', join(dir, 'p.csv'), `--out=${dir}`], io())).toBe(0);
    expect(await runDirectory(['build', join(dir, 'p.csv'), `--out=${dir}`], io())).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['.treatment-quiz-directory.json', '404.json', '871.json', '875.json', 'index.json', 'notes.txt', 'p.csv']);
    expect(readFileSync(join(dir, '404.json'), 'utf8')).toBe('{"error":"not found"}');
  });

  it('refuses to overwrite a file of the same name that no build wrote, and writes nothing', async () => {
    writeFileSync(join(dir, 'p.csv'), GOOD);
    writeFileSync(join(dir, '871.json'), 'mine');
    const t = io();
    expect(await runDirectory(['build', join(dir, 'p.csv'), `--out=${dir}`], t)).toBe(2);
    expect(t.err()).toMatch(/871\.json is not from an earlier directory build; give the directory a folder of its own/);
    expect(readdirSync(dir).sort()).toEqual(['871.json', 'p.csv']);
    expect(readFileSync(join(dir, '871.json'), 'utf8')).toBe('mine');
  });

  it('replaces the shards of a build made before manifests, known from its index', async () => {
    writeFileSync(join(dir, 'p.csv'), GOOD);
    writeFileSync(join(dir, 'index.json'), JSON.stringify({ version: 1, count: 1, shards: { '999': [1] }, featured: [] }));
    writeFileSync(join(dir, '999.json'), '[]');
    expect(await runDirectory(['build', join(dir, 'p.csv'), `--out=${dir}`], io())).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['.treatment-quiz-directory.json', '871.json', '875.json', 'index.json', 'p.csv']);
  });

  it('streams a CSV of many megabytes, with practices of several locations', async () => {
    const rows = ['id,name,url,phone,location,city,state,zip,lat,lng'];
    for (let i = 0; i < 12_000; i++) {
      rows.push(`p${i},"Practice ${i}, ""Quoted""",https://p${i}.example.com,505-555-0100,Main,Albuquerque,NM,87101,35.08,-106.65`);
      if (i % 3 === 0) rows.push(`p${i},,,505-555-0199,Second,Santa Fe,NM,87501,35.69,-105.94`);
    }
    writeFileSync(join(dir, 'big.csv'), rows.join('\r\n'));
    expect(await runDirectory(['build', join(dir, 'big.csv'), '--out', join(dir, 'out')], io())).toBe(0);
    const abq = JSON.parse(readFileSync(join(dir, 'out', '871.json'), 'utf8')) as { id: string; name: string; locations: unknown[] }[];
    expect(abq).toHaveLength(12_000);
    expect(abq[11_999]).toMatchObject({ id: 'p11999', name: 'Practice 11999, "Quoted"' });
    expect(abq[3]?.locations).toEqual([
      { name: 'Main', city: 'Albuquerque', state: 'NM', zip: '87101', lat: 35.08, lng: -106.65 },
      { name: 'Second', city: 'Santa Fe', state: 'NM', zip: '87501', lat: 35.69, lng: -105.94, phone: '505-555-0199' },
    ]);
    expect(JSON.parse(readFileSync(join(dir, 'out', '875.json'), 'utf8'))).toHaveLength(4_000);
  });

  it('warns when a short ZIP prefix copies a practice into many shards', async () => {
    writeFileSync(join(dir, 'p.csv'), 'id,name,url,phone,zip,zipPrefixes\nw,Wide,https://w.example.com,505-555-0100,87101,8\n');
    const t = io();
    expect(await runDirectory(['build', join(dir, 'p.csv'), '--out', join(dir, 'out')], t)).toBe(0);
    expect(t.err()).toMatch(/p\.csv: warning: line 2, column zipPrefixes: zipPrefixes "8" copy "w" into 100 shard files/);
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
    const b = buildDirectory(readFileSync(join(demo, 'practices.csv'), 'utf8'), { centroid: zipTable() });
    if (!b.ok) throw new Error('the demo CSV does not build');
    expect(JSON.parse(readFileSync(join(demo, 'index.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(b.directory.index)));
    for (const [key, list] of b.directory.shards) expect(JSON.parse(readFileSync(join(demo, `${key}.json`), 'utf8'))).toEqual(JSON.parse(JSON.stringify(list)));
    expect(readdirSync(demo).filter((f) => /^\d{3}\.json$/.test(f)).length).toBe(b.directory.shards.size);
  });
});

describe('the ZIP table of the directory build', () => {
  it('knows the centroid of a ZIP, so ZIP-only locations count in shard boxes', async () => {
    const centroid = zipTable();
    expect(centroid('87501')).toEqual({ lat: 35.708, lng: -105.851 });
    expect(centroid('00000')).toBeUndefined();
    expect(centroid('8750')).toBeUndefined();
    writeFileSync(join(dir, 'p.csv'), 'id,name,url,phone,zip\nsf,SF,https://sf.example.com,505-555-0100,87501\n');
    expect(await runDirectory(['build', join(dir, 'p.csv'), '--out', join(dir, 'out')], io())).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'index.json'), 'utf8')).shards['875']).toEqual([1, 35.7, -105.86, 35.71, -105.85]);
  });
});
