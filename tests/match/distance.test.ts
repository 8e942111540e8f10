import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../src/match/distance';
import { ABQ, LAS_CRUCES, SANTA_FE } from '../helpers/practices';

describe('distanceKm', () => {
  it('measures Albuquerque to Santa Fe as about 94 km in a straight line', () => {
    expect(distanceKm(ABQ, SANTA_FE)).toBeGreaterThan(90);
    expect(distanceKm(ABQ, SANTA_FE)).toBeLessThan(98);
  });

  it('is zero for the same point and the same both ways', () => {
    expect(distanceKm(ABQ, ABQ)).toBe(0);
    expect(distanceKm(ABQ, LAS_CRUCES)).toBeCloseTo(distanceKm(LAS_CRUCES, ABQ), 9);
  });

  it('measures half the globe as half the circumference', () => {
    expect(distanceKm({ lat: 0, lng: 0 }, { lat: 0, lng: 180 })).toBeCloseTo(Math.PI * 6371.0088, 3);
  });
});
