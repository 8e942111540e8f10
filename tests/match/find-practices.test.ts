import { describe, expect, it, vi } from 'vitest';
import { createFinder, parsePracticeList } from '../../src/match/find-practices';
import type { FetchJson } from '../../src/match/zip-centroids';
import { ABQ, practice, SANTA_FE } from '../helpers/practices';

const flawless = practice('flawless', { name: 'Flawless Med Spa', featured: true, ...ABQ, serviceArea: { zipPrefixes: ['870', '871', '875'] } });
const santaFe = practice('sf', { name: 'Santa Fe Example', ...SANTA_FE, zip: '87501' });
const files: Record<string, unknown> = {
  'https://w.example/zips/871.json': { '01': [35.097, -106.643] },
  'https://w.example/zips/875.json': { '01': [35.708, -105.851] },
  'https://w.example/zips/995.json': { '01': [61.22, -149.858] },
  'https://w.example/practices.json': [flawless, santaFe, { id: 'broken' }],
  'https://w.example/dir/index.json': { version: 1, count: 2, shards: { '871': [1, 35.08, -106.66, 35.09, -106.65], '875': [2, 35.08, -106.66, 35.69, -105.93] }, featured: [flawless] },
  'https://w.example/dir/871.json': [flawless],
  'https://w.example/dir/875.json': [flawless, santaFe],
};
const server = (broken: readonly string[] = []): FetchJson =>
  vi.fn(async (url: string) => {
    if (broken.some((b) => url.includes(b)) || !(url in files)) throw new Error(`404 ${url}`);
    return files[url];
  });
const ids = (f: { ranked: readonly { practice: { id: string } }[] }) => f.ranked.map((r) => r.practice.id);

describe('createFinder', () => {
  it('ranks inline practices for a ZIP using its centroid', async () => {
    const finder = createFinder({ practices: [santaFe, flawless], zipsUrl: 'https://w.example/zips/' }, server());
    const found = await finder.find('filler', { zip: '87501' });
    expect(ids(found)).toEqual(['flawless', 'sf']);
    expect(found.ranked[1]?.distanceKm).toBeLessThan(15);
    expect(found.notices).toEqual([]);
  });

  it('reads practicesUrl once and keeps only valid practices', async () => {
    const fetchJson = server();
    const finder = createFinder({ practices: [], practicesUrl: 'https://w.example/practices.json', zipsUrl: 'https://w.example/zips/' }, fetchJson);
    expect(ids(await finder.find('filler'))).toEqual(['flawless', 'sf']);
    expect(ids(await finder.find('filler', { zip: '87101' }))).toEqual(['flawless', 'sf']);
    expect(vi.mocked(fetchJson).mock.calls.filter(([u]) => u.endsWith('practices.json'))).toHaveLength(1);
    expect(parsePracticeList({ practices: [flawless] })).toEqual([flawless]);
    expect(() => parsePracticeList('nope')).toThrow();
  });

  it('names the nearest practice, however far, when nothing matches', async () => {
    const finder = createFinder({ practices: [flawless, santaFe], zipsUrl: 'https://w.example/zips/' }, server());
    const found = await finder.find('filler', { zip: '99501' });
    expect(found.ranked).toEqual([]);
    expect(found.nearest?.practice.id).toBe('sf');
    expect(found.nearest?.distanceKm).toBeGreaterThan(3000);
    expect(found.fallback).toBeUndefined();
  });

  it('falls back to the featured practice when the visitor cannot be placed on the map', async () => {
    const finder = createFinder({ practices: [flawless, santaFe], zipsUrl: 'https://w.example/zips/' }, server());
    const found = await finder.find('filler', { zip: '99599' });
    expect(found).toMatchObject({ ranked: [], fallback: { practice: { id: 'flawless' } }, notices: ['zipUnknown'] });
    expect(found.nearest).toBeUndefined();
  });

  it('places ZIP-only locations with the ZIP table', async () => {
    const zipOnly = practice('zip-only', { locations: [{ zip: '87501', name: 'Plaza' }] });
    const fetchJson = server();
    const finder = createFinder({ practices: [zipOnly], zipsUrl: 'https://w.example/zips/' }, fetchJson);
    const found = await finder.find('filler', { point: { lat: 35.69, lng: -105.94 } });
    expect(found.ranked[0]).toMatchObject({ location: { name: 'Plaza' } });
    expect(found.ranked[0]?.distanceKm).toBeLessThan(10);
    expect(vi.mocked(fetchJson).mock.calls.map(([u]) => u)).toEqual(['https://w.example/zips/875.json']);
  });

  it('reads the nearest directory shards to name the nearest practice when none is near', async () => {
    const fetchJson = server();
    const finder = createFinder({ practices: [], directoryIndexUrl: 'https://w.example/dir/index.json', zipsUrl: 'https://w.example/zips/' }, fetchJson);
    const found = await finder.find('filler', { zip: '99501' });
    expect(found.ranked).toEqual([]);
    expect(found.nearest?.practice.id).toBe('sf');
  });

  it('says so when the ZIP is unknown, and still matches by ZIP prefix', async () => {
    const finder = createFinder({ practices: [flawless, santaFe], zipsUrl: 'https://w.example/zips/' }, server());
    const found = await finder.find('filler', { zip: '87199' });
    expect(found.notices).toEqual(['zipUnknown']);
    expect(ids(found)).toEqual(['flawless']);
  });

  it('says so when the ZIP table is unreachable, and still matches by ZIP prefix', async () => {
    const finder = createFinder({ practices: [flawless, santaFe], zipsUrl: 'https://w.example/zips/' }, server(['/zips/']));
    const found = await finder.find('filler', { zip: '87501' });
    expect(found.notices).toEqual(['zipTableFailed']);
    expect(ids(found)).toEqual(['flawless', 'sf']);
  });

  it('fetches only the directory shards near the visitor', async () => {
    const fetchJson = server();
    const finder = createFinder({ practices: [], directoryIndexUrl: 'https://w.example/dir/index.json', zipsUrl: 'https://w.example/zips/' }, fetchJson);
    expect(ids(await finder.find('filler', { zip: '87501' }))).toEqual(['flawless', 'sf']);
    const urls = vi.mocked(fetchJson).mock.calls.map(([u]) => u);
    expect(urls.filter((u) => u.includes('/dir/')).sort()).toEqual(['https://w.example/dir/871.json', 'https://w.example/dir/875.json', 'https://w.example/dir/index.json']);
  });

  it('says a ZIP code is needed to search the directory when the visitor typed a city', async () => {
    const fetchJson = server();
    const finder = createFinder({ practices: [], directoryIndexUrl: 'https://w.example/dir/index.json', zipsUrl: 'https://w.example/zips/' }, fetchJson);
    const found = await finder.find('filler', { city: 'Santa Fe', state: 'NM' });
    expect(found.notices).toEqual(['directoryNeedsZip']);
    expect(vi.mocked(fetchJson)).not.toHaveBeenCalled();
  });

  it('shows the featured practice and an honest notice when a shard fails', async () => {
    const finder = createFinder({ practices: [], directoryIndexUrl: 'https://w.example/dir/index.json', zipsUrl: 'https://w.example/zips/' }, server(['/dir/875']));
    const found = await finder.find('filler', { zip: '87501' });
    expect(found.notices).toEqual(['directoryFailed']);
    expect(found.ranked).toEqual([]);
    expect(found.fallback?.practice.id).toBe('flawless');
    expect(found.fallback?.distanceKm).toBeGreaterThan(50);
  });

  it('uses the inline featured practice when even the directory index is unreachable', async () => {
    const finder = createFinder({ practices: [flawless], directoryIndexUrl: 'https://w.example/dir/index.json' }, server(['/dir/']));
    const found = await finder.find('neuromodulator', { zip: '87101' });
    expect(found).toEqual({ ranked: [], fallback: { practice: flawless, servesArea: true, location: { ...ABQ } }, notices: ['zipTableFailed', 'directoryFailed'] });
  });
});
