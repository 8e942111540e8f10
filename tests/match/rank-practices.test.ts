import { describe, expect, it } from 'vitest';
import { neededOffers, rankPractices, servesPlace } from '../../src/match/rank-practices';
import { ABQ, LAS_CRUCES, practice, SANTA_FE } from './fixtures';

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

  it('ranks practices serving the visitor ZIP first, even when another is nearer', () => {
    const list = [
      practice('near-not-serving', { ...SANTA_FE, serviceArea: { zipPrefixes: ['875'] } }),
      practice('serving-far', { ...LAS_CRUCES, serviceArea: { zipPrefixes: ['871'] } }),
    ];
    const r = rankPractices(list, { treatment: 'filler', place: { zip: '87101', point: ABQ }, radiusKm: 500 });
    expect(ids(r)).toEqual(['serving-far', 'near-not-serving']);
    expect(r[0]?.servesArea).toBe(true);
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
});
