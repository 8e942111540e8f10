import { describe, expect, it } from 'vitest';
import { buildDirectory, createDirectoryBuilder, formatProblem, shardKeysOf, type DirectoryBuild } from '../../src/match/build-directory';
import { parseIndex, parseShard } from '../../src/match/directory';
import { practice } from '../helpers/practices';

const HEADER = 'id,name,url,phone,city,state,zip,lat,lng,zipPrefixes,cities,offers,featured,bookingUrl';
const GOOD = [
  HEADER,
  'flawless,Flawless Med Spa,https://www.stayflawless.com,(505) 317-2563,Albuquerque,NM,,35.0844,-106.6504,870;871;875,Albuquerque;Rio Rancho;Santa Fe,neuromodulator;filler,true,',
  'pinon,"Piñon Example Aesthetics, Santa Fe",https://pinon.example.com/,(505) 555-0142,Santa Fe,NM,87501,35.687,-105.9378,,,filler,false,https://pinon.example.com/book',
  'lc,Mesilla Sample,https://lc.example.com/,(575) 555-0178,Las Cruces,NM,88001,,,,,,,',
].join('\r\n');

function problems(b: DirectoryBuild): string[] {
  if (b.ok) throw new Error('expected the build to fail');
  return b.problems.map(formatProblem);
}

describe('buildDirectory', () => {
  it('shards practices by ZIP3, including every ZIP3 a practice serves', () => {
    const b = buildDirectory(GOOD);
    if (!b.ok) throw new Error(b.problems.map(formatProblem).join('\n'));
    const { index, shards } = b.directory;
    expect(index.count).toBe(3);
    expect([...shards.keys()].sort()).toEqual(['870', '871', '875', '880']);
    expect(shards.get('875')?.map((p) => p.id)).toEqual(['flawless', 'pinon']);
    expect(shards.get('880')?.[0]).toEqual({ id: 'lc', name: 'Mesilla Sample', url: 'https://lc.example.com/', phone: '(575) 555-0178', city: 'Las Cruces', state: 'NM', zip: '88001' });
    expect(shards.get('871')?.[0]?.serviceArea).toEqual({ zipPrefixes: ['870', '871', '875'], cities: ['Albuquerque', 'Rio Rancho', 'Santa Fe'] });
    expect(shards.get('875')?.[1]).toMatchObject({ name: 'Piñon Example Aesthetics, Santa Fe', offers: ['filler'], featured: false, lat: 35.687 });
    expect(index.featured.map((p) => p.id)).toEqual(['flawless']);
  });

  it('writes an index and shards the widget can read back', () => {
    const b = buildDirectory(GOOD);
    if (!b.ok) throw new Error('build failed');
    const index = parseIndex(JSON.parse(JSON.stringify(b.directory.index)));
    expect(index.shards['875']).toEqual([2, 35.08, -106.66, 35.69, -105.93]);
    expect(index.shards['880']).toEqual([1]);
    expect(parseShard(JSON.parse(JSON.stringify(b.directory.shards.get('875'))))).toHaveLength(2);
  });

  it('accepts columns in any order and only the required ones', () => {
    const b = buildDirectory('phone,url,name,id,zip\n505 555 0100,https://a.example.com,A,a,87101\n');
    expect(b.ok).toBe(true);
  });

  it('lists every bad row with its line and column, and builds nothing', () => {
    const csv = [
      HEADER,
      'ok,OK,https://ok.example.com,505-555-0100,,,87101,,,,,,,',
      'bad-url,Bad,javascript:alert(1),505-555-0100,,,87101,,,,,,,',
      'bad-phone,Bad,https://b.example.com,call us,,,87101,,,,,,,',
      'bad-zip,Bad,https://c.example.com,505-555-0100,,,8710,,,,,,,',
      'bad-lat,Bad,https://d.example.com,505-555-0100,,,87101,north,-106,,,,,',
      'half,Half,https://e.example.com,505-555-0100,,,87101,35,,,,,,',
      'bad-offer,Bad,https://f.example.com,505-555-0100,,,87101,,,,,laser,,',
      'bad-flag,Bad,https://g.example.com,505-555-0100,,,87101,,,,,,maybe,',
      'nowhere,Nowhere,https://h.example.com,505-555-0100,,,,,,,,,,',
      'ok,Again,https://i.example.com,505-555-0100,,,87101,,,,,,,',
      'short,row',
    ].join('\n');
    expect(problems(buildDirectory(csv))).toEqual([
      expect.stringMatching(/^line 3, column url: must be a full web address .*\(got "javascript:alert\(1\)"\)$/),
      expect.stringMatching(/^line 4, column phone: must be a phone number/),
      expect.stringMatching(/^line 5, column zip: must be a five-digit ZIP code/),
      expect.stringMatching(/^line 6, column lat: must be a number .*\(got "north"\)$/),
      'line 7, column lng: lat and lng go together: give both or neither',
      expect.stringMatching(/^line 8, column offers: must be "neuromodulator" or "filler"/),
      'line 9, column featured: must be true or false (got "maybe")',
      'line 10, column zip: needs a zip or zipPrefixes so visitors can find the practice',
      'line 11, column id: "ok" is already used on line 2; ids must be unique (a practice\'s locations go on rows one after the other)',
      expect.stringMatching(/^line 12: has 2 fields but the header has 14/),
    ]);
  });

  it('reports every problem of a row, not just the first kind', () => {
    expect(problems(buildDirectory('id,name,url,phone,lat\nx,Y,ftp://a,1,35\n'))).toEqual([
      expect.stringMatching(/^line 2, column url: /),
      expect.stringMatching(/^line 2, column phone: /),
      'line 2, column lng: lat and lng go together: give both or neither',
      'line 2, column zip: needs a zip or zipPrefixes so visitors can find the practice',
    ]);
  });

  it('refuses unknown, repeated and missing columns before reading rows', () => {
    expect(problems(buildDirectory('id,name,url,website,name\na,b,c,d,e\n'))).toEqual([
      expect.stringMatching(/^line 1, column website: is not a known column/),
      'line 1, column name: appears twice',
      'line 1, column phone: is a required column and is missing',
    ]);
  });

  it('refuses an empty file and a header without practices', () => {
    expect(problems(buildDirectory(''))[0]).toMatch(/the file is empty/);
    expect(problems(buildDirectory('id,name,url,phone\n'))[0]).toMatch(/no practices/);
  });

  it('reports CSV syntax problems by line', () => {
    expect(problems(buildDirectory('id,name,url,phone,zip\na,"Open,https://a.example.com,5055550100,87101\n'))[0]).toMatch(/^line 2: a quoted field is never closed/);
  });

  it('expands short ZIP prefixes to every ZIP3 under them', () => {
    expect(shardKeysOf(practice('p', { zip: '87101', serviceArea: { zipPrefixes: ['88', '87505'] } }))).toEqual(['871', '875', ...Array.from({ length: 10 }, (_, i) => `88${i}`)]);
  });

  it('still lists every row problem when the CSV has a syntax error', () => {
    const csv = [
      'id,name,url,phone,zip',
      'a,Gl"ow,https://a.example.com,505-555-0100,87101',
      'b,B,javascript:x,505-555-0100,87101',
      'c,"C" Spa,https://c.example.com,505-555-0100,87101',
      'd,D,https://d.example.com,call us,87101',
      'e,"Never closed,https://e.example.com,505-555-0100,87101',
      'f,F,https://f.example.com,505-555-0100,8710',
    ].join('\n');
    expect(problems(buildDirectory(csv))).toEqual([
      expect.stringMatching(/^line 2: a quote inside an unquoted field/),
      expect.stringMatching(/^line 3, column url: /),
      expect.stringMatching(/^line 4: text after a closing quote/),
      expect.stringMatching(/^line 5, column phone: /),
      expect.stringMatching(/^line 6: a quoted field is never closed/),
      expect.stringMatching(/^line 6: has 2 fields but the header has 5/),
      expect.stringMatching(/^line 7, column zip: must be a five-digit ZIP code/),
    ]);
  });

  it('hands each practice on as soon as its rows are read, not at the end of the file', () => {
    const seen: string[] = [];
    const b = createDirectoryBuilder({ add: (k, json) => seen.push(`${k} ${JSON.parse(json).id}`) });
    const [head, first, second, third] = GOOD.split('\r\n');
    b.push(`${head}\r\n${first}\r\n`);
    expect(seen).toEqual([]); // its next row may be another of its locations
    b.push(`${second}\r\n`);
    expect(seen).toEqual(['870 flawless', '871 flawless', '875 flawless']);
    b.push(`${third}\r\n`);
    expect(seen.slice(3)).toEqual(['875 pinon']);
    b.end();
    expect(seen.slice(4)).toEqual(['880 lc']);
  });

  it('gives the same result whatever size the pieces of a streamed file are', () => {
    const whole = buildDirectory(GOOD);
    for (const size of [1, 2, 3, 7, 64]) {
      const shards = new Map<string, string[]>();
      const b = createDirectoryBuilder({ add: (k, json) => void (shards.get(k)?.push(json) ?? shards.set(k, [json])) });
      for (let i = 0; i < GOOD.length; i += size) b.push(GOOD.slice(i, i + size));
      const r = b.end();
      if (!whole.ok) throw new Error('build failed');
      expect(r.problems).toEqual([]);
      expect(r.index).toEqual(whole.directory.index);
      expect(Object.fromEntries([...shards].map(([k, list]) => [k, list.map((j) => JSON.parse(j))]))).toEqual(Object.fromEntries(whole.directory.shards));
    }
  });

  it('warns about a short ZIP prefix that copies a practice into many shards, and refuses more than 100', () => {
    const wide = buildDirectory('id,name,url,phone,zip,zipPrefixes\nw,Wide,https://w.example.com,505-555-0100,87101,8\n');
    if (!wide.ok) throw new Error('build failed');
    expect(wide.directory.shards.size).toBe(100);
    expect(wide.directory.warnings.map(formatProblem)).toEqual([expect.stringMatching(/^line 2, column zipPrefixes: zipPrefixes "8" copy "w" into 100 shard files/)]);
    expect(problems(buildDirectory('id,name,url,phone,zip,zipPrefixes\nw,Wide,https://w.example.com,505-555-0100,87101,8;9\n'))).toEqual([
      expect.stringMatching(/^line 2, column zipPrefixes: zipPrefixes "8", "9" copy "w" into 200 shard files.*at most 100/),
    ]);
  });
});

describe('practices with several locations in the CSV', () => {
  const HEAD = 'id,name,url,phone,location,city,state,zip,lat,lng,featured,bookingUrl';
  const FLAWLESS = [
    HEAD,
    'flawless,Flawless Med Spa,https://www.stayflawless.com,(505) 317-2563,Albuquerque,Albuquerque,NM,87110,35.1035,-106.5683,true,',
    'flawless,,,,Rio Rancho,Rio Rancho,NM,87124,35.2468,-106.6622,,',
    'flawless,Flawless Med Spa,,(505) 555-0111,Santa Fe,Santa Fe,NM,87505,,,true,https://www.stayflawless.com/santa-fe',
    'solo,Solo,https://solo.example.com,505-555-0100,,Las Cruces,NM,88001,32.3199,-106.7637,,',
  ].join('\n');

  it('reads one row per location, with its own phone and booking page', () => {
    const b = buildDirectory(FLAWLESS);
    if (!b.ok) throw new Error(b.problems.map(formatProblem).join('\n'));
    expect(b.directory.index.count).toBe(2);
    const [flawless] = b.directory.shards.get('875')!;
    expect(flawless).toEqual({
      id: 'flawless',
      name: 'Flawless Med Spa',
      url: 'https://www.stayflawless.com',
      phone: '(505) 317-2563',
      featured: true,
      locations: [
        { name: 'Albuquerque', city: 'Albuquerque', state: 'NM', zip: '87110', lat: 35.1035, lng: -106.5683 },
        { name: 'Rio Rancho', city: 'Rio Rancho', state: 'NM', zip: '87124', lat: 35.2468, lng: -106.6622 },
        { name: 'Santa Fe', city: 'Santa Fe', state: 'NM', zip: '87505', phone: '(505) 555-0111', bookingUrl: 'https://www.stayflawless.com/santa-fe' },
      ],
    });
    expect([...b.directory.shards.keys()]).toEqual(['871', '875', '880']);
    expect(b.directory.shards.get('880')?.[0]).toEqual({ id: 'solo', name: 'Solo', url: 'https://solo.example.com', phone: '505-555-0100', city: 'Las Cruces', state: 'NM', zip: '88001', lat: 32.3199, lng: -106.7637 });
  });

  it('counts a ZIP-only location at its ZIP centroid in the shard box', () => {
    const b = buildDirectory(FLAWLESS, { centroid: (zip) => (zip === '87505' ? { lat: 35.62, lng: -105.867 } : undefined) });
    if (!b.ok) throw new Error('build failed');
    expect(b.directory.index.shards['875']).toEqual([1, 35.1, -106.67, 35.62, -105.86]);
    const without = buildDirectory(FLAWLESS);
    if (!without.ok) throw new Error('build failed');
    expect(without.directory.index.shards['875']).toEqual([1, 35.1, -106.67, 35.25, -106.56]);
  });

  it("reports a location's problems on its own line, and practice columns that differ from the first row", () => {
    const csv = [
      HEAD,
      'x,X,https://x.example.com,505-555-0100,Uptown,Albuquerque,NM,87110,,,,',
      'x,Y,,505-555-0100,Downtown,Albuquerque,NM,8711,,,,',
      'x,,,,Nowhere,,,,,,,',
      'x,,,,Westside,,,,35.1,,,',
      'y,Y,https://y.example.com,505-555-0100,,,,87101,,,,',
      'x,,,,Again,,,87101,,,,',
    ].join('\n');
    expect(problems(buildDirectory(csv))).toEqual([
      'line 3, column name: differs from line 2, this practice\'s first row: leave it empty on its other locations, or repeat it',
      expect.stringMatching(/^line 3, column zip: must be a five-digit ZIP code/),
      'line 4, column zip: needs a zip, a city, or lat and lng, so visitors can find this location',
      'line 5, column lng: lat and lng go together: give both or neither',
      expect.stringMatching(/^line 7, column id: "x" is already used on line 2; ids must be unique/),
    ]);
  });
});
