import { describe, expect, it } from 'vitest';
import { buildDirectory, formatProblem, shardKeysOf, type DirectoryBuild } from '../../src/match/build-directory';
import { parseIndex, parseShard } from '../../src/match/directory';
import { practice } from './fixtures';

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
      'line 11, column id: "ok" is already used on line 2; ids must be unique',
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
});
