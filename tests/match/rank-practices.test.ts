import { describe, expect, it } from 'vitest';
import { nearestPractice, neededOffers, rankPractices, servesPlace } from '../../src/match/rank-practices';
import { ABQ, LAS_CRUCES, practice, SANTA_FE } from '../helpers/practices';

const ids = (r: ReturnType<typeof rankPractices>) => r.map((x) => x.practice.id);

describe('rankPractices', () => {
  it('keeps only practices offering the recommended treatment', () => {
    const list = [practice('botox-only', { offers: ['neuromodulator'] }), practice('filler-only', { offers: ['filler'] }), practice('both', { offers: ['neuromodulator', 'filler'] })];
    expect(ids(rankPractices(list, { treatment: 'neuromodulator' }))).toEqual(['both', 'botox-only']);
    expect(ids(rankPractices(list, { treatment: 'filler' }))).toEqual(['both', 'filler-only']);
  });

  it('needs both treatments from one practice for a combination plan', () => {
    const list = [practice('botox-only', { offers: ['neuromodulator'] }), practice('both', { offers: ['filler', 'neuromodulator'] })];
    expect(ids(rankPractices(list, { treatment: 'combination' }))).toEqual(['both']);
  });

  it('offers every practice for consult-first, since any provider can do the consultation', () => {
    const list = [practice('a', { offers: ['neuromodulator'] }), practice('b', { offers: ['filler'] })];
    expect(neededOffers('consult-first')).toEqual([]);
    expect(ids(rankPractices(list, { treatment: 'consult-first' }))).toEqual(['a', 'b']);
  });

  it('takes a practice that lists no offers to offer both', () => {
    expect(ids(rankPractices([practice('unlisted')], { treatment: 'combination' }))).toEqual(['unlisted']);
  });

  it('puts the featured practice first, then sorts by name, when the visitor gave no location', () => {
    const list = [practice('z', { name: 'Zia Skin' }), practice('f', { name: 'Mesa Glow', featured: true }), practice('a', { name: 'Adobe Aesthetics' })];
    expect(ids(rankPractices(list, { treatment: 'filler' }))).toEqual(['f', 'a', 'z']);
  });

  it('breaks ties by name, ignoring case, then by id, whatever the input order', () => {
    const list = [practice('b2', { name: 'same' }), practice('b1', { name: 'Same' }), practice('a', { name: 'alpha' })];
    expect(ids(rankPractices(list, { treatment: 'filler' }))).toEqual(['a', 'b1', 'b2']);
    expect(ids(rankPractices([...list].reverse(), { treatment: 'filler' }))).toEqual(['a', 'b1', 'b2']);
  });

  it('ranks the rest by distance, whether or not they declare the visitor area', () => {
    const list = [
      practice('near-not-serving', { ...SANTA_FE, serviceArea: { zipPrefixes: ['875'] } }),
      practice('serving-far', { ...LAS_CRUCES, serviceArea: { zipPrefixes: ['871'] } }),
    ];
    const r = rankPractices(list, { treatment: 'filler', place: { zip: '87101', point: ABQ }, radiusKm: 500 });
    expect(ids(r)).toEqual(['near-not-serving', 'serving-far']);
    expect(r.map((x) => x.servesArea)).toEqual([false, true]);
  });

  it('puts the featured practice first among those serving the area, then the nearest', () => {
    const list = [
      practice('close', { ...ABQ, serviceArea: { zipPrefixes: ['871'] } }),
      practice('featured-far', { ...SANTA_FE, featured: true, serviceArea: { zipPrefixes: ['871', '875'] } }),
      practice('farther', { ...LAS_CRUCES, serviceArea: { zipPrefixes: ['87'] } }),
    ];
    expect(ids(rankPractices(list, { treatment: 'filler', place: { zip: '87101', point: ABQ } }))).toEqual(['featured-far', 'close', 'farther']);
  });

  it('does not lift a featured practice outside the visitor area above nearer ones', () => {
    const list = [practice('featured-far', { ...SANTA_FE, featured: true }), practice('close', { ...ABQ })];
    expect(ids(rankPractices(list, { treatment: 'filler', place: { point: ABQ } }))).toEqual(['close', 'featured-far']);
  });

  it('sorts by distance when nobody declares the area, and reports the distance', () => {
    const list = [practice('sf', { ...SANTA_FE }), practice('abq', { ...ABQ })];
    const r = rankPractices(list, { treatment: 'filler', place: { point: { lat: 35.1, lng: -106.6 } } });
    expect(ids(r)).toEqual(['abq', 'sf']);
    expect(r[0]?.distanceKm).toBeLessThan(10);
  });

  it('leaves out practices beyond the radius that do not serve the area', () => {
    const list = [practice('lc', { ...LAS_CRUCES }), practice('abq', { ...ABQ })];
    expect(ids(rankPractices(list, { treatment: 'filler', place: { point: SANTA_FE }, radiusKm: 150 }))).toEqual(['abq']);
    expect(rankPractices(list, { treatment: 'filler', place: { zip: '99501', point: { lat: 61.22, lng: -149.86 } } })).toEqual([]);
  });

  it('leaves out practices without coordinates or area once the visitor is located', () => {
    expect(rankPractices([practice('nowhere')], { treatment: 'filler', place: { point: ABQ } })).toEqual([]);
  });

  it('counts a practice without a service area as serving its own ZIP3, and matches cities', () => {
    const p = practice('own', { zip: '87501', city: 'Santa Fe' });
    expect(servesPlace(p, { zip: '87505' })).toBe(true);
    expect(servesPlace(p, { zip: '87101' })).toBe(false);
    expect(servesPlace(p, { city: ' santa fe ' })).toBe(true);
    expect(servesPlace(practice('c', { serviceArea: { cities: ['Rio Rancho'] } }), { city: 'rio rancho' })).toBe(true);
  });

  it('puts a featured practice serving the area first even when it is farther, and lists those without a distance last', () => {
    const list = [
      practice('area-only', { serviceArea: { zipPrefixes: ['871'] } }),
      practice('close', { ...ABQ }),
      practice('featured-far', { ...SANTA_FE, featured: true, serviceArea: { zipPrefixes: ['871'] } }),
    ];
    expect(ids(rankPractices(list, { treatment: 'filler', place: { zip: '87101', point: ABQ } }))).toEqual(['featured-far', 'close', 'area-only']);
  });
});

describe('practices with several locations', () => {
  const flawless = practice('flawless', {
    name: 'Flawless Med Spa',
    featured: true,
    locations: [
      { name: 'Albuquerque', city: 'Albuquerque', state: 'NM', zip: '87110', ...ABQ },
      { name: 'Santa Fe', city: 'Santa Fe', state: 'NM', zip: '87505', ...SANTA_FE, phone: '(505) 555-0199' },
    ],
  });

  it('measures the distance to the nearest location and names it', () => {
    const [r] = rankPractices([flawless], { treatment: 'filler', place: { zip: '87501', point: { lat: 35.708, lng: -105.851 } } });
    expect(r?.location?.name).toBe('Santa Fe');
    expect(r?.location?.phone).toBe('(505) 555-0199');
    expect(r?.distanceKm).toBeLessThan(10);
    const [abq] = rankPractices([flawless], { treatment: 'filler', place: { point: { lat: 35.11, lng: -106.6 } } });
    expect(abq?.location?.name).toBe('Albuquerque');
  });

  it('serves every location ZIP3 and city, besides its serviceArea', () => {
    expect(servesPlace(flawless, { zip: '87507' })).toBe(true);
    expect(servesPlace(flawless, { zip: '87101' })).toBe(true);
    expect(servesPlace(flawless, { zip: '88001' })).toBe(false);
    expect(servesPlace(flawless, { city: 'SANTA FE', state: 'nm' })).toBe(true);
    expect(servesPlace(flawless, { city: 'Santa Fe', state: 'CA' })).toBe(false);
  });

  it('keeps the single-location fields as a location beside the list', () => {
    const both = practice('both', { city: 'Las Cruces', state: 'NM', ...LAS_CRUCES, locations: [{ city: 'Santa Fe', ...SANTA_FE }] });
    expect(rankPractices([both], { treatment: 'filler', place: { point: LAS_CRUCES } })[0]?.location?.city).toBe('Las Cruces');
    expect(rankPractices([both], { treatment: 'filler', place: { point: SANTA_FE } })[0]?.location?.city).toBe('Santa Fe');
  });

  it('places a location that has only a ZIP at that ZIP centroid', () => {
    const zipOnly = practice('zip-only', { locations: [{ zip: '88001' }] });
    const place = { point: { lat: 32.35, lng: -106.76 } };
    expect(rankPractices([zipOnly], { treatment: 'filler', place })).toEqual([]);
    const [r] = rankPractices([zipOnly], { treatment: 'filler', place, centroids: new Map([['88001', LAS_CRUCES]]) });
    expect(r?.distanceKm).toBeLessThan(5);
    expect(r?.location).toEqual({ zip: '88001' });
  });

  it('matches a city-only location to visitors in that city, and to no one else', () => {
    const cityOnly = practice('city-only', { locations: [{ name: 'Downtown', city: 'Española', state: 'NM' }] });
    const [r] = rankPractices([cityOnly], { treatment: 'filler', place: { city: 'espanola' } });
    expect(r).toMatchObject({ servesArea: true, location: { name: 'Downtown' } });
    expect(r?.distanceKm).toBeUndefined();
    expect(rankPractices([cityOnly], { treatment: 'filler', place: { city: 'Santa Fe', state: 'NM' } })).toEqual([]);
    expect(rankPractices([cityOnly], { treatment: 'filler', place: { zip: '87532', point: { lat: 35.99, lng: -106.08 } } })).toEqual([]);
  });

  it('finds the nearest practice offering the treatment, however far', () => {
    const list = [flawless, practice('lc', { ...LAS_CRUCES, offers: ['neuromodulator'] })];
    const nyc = { zip: '10001', point: { lat: 40.7507, lng: -73.9973 } };
    expect(rankPractices(list, { treatment: 'filler', place: nyc })).toEqual([]);
    const r = nearestPractice(list, { treatment: 'filler', place: nyc });
    expect(r?.practice.id).toBe('flawless');
    expect(r?.location?.name).toBe('Santa Fe');
    expect(r!.distanceKm! / 1.609344).toBeGreaterThan(1700);
    expect(nearestPractice(list, { treatment: 'filler', place: { zip: '10001' } })).toBeUndefined();
  });
});
