import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/engine/recommend';
import { APPEARANCES, AREA_IDS, type Appearance, type AreaId, type Treatment } from '../../src/engine/types';

// The product's table from issue 2, written out by hand so a change to default-rules.ts that
// moves any cell fails here.
const UPPER: Record<Appearance, Treatment> = {
  'with-expression': 'neuromodulator',
  'at-rest': 'combination',
  'lost-volume': 'combination',
  'not-sure': 'neuromodulator',
};
const LIP_LINES: Record<Appearance, Treatment> = {
  'with-expression': 'combination',
  'at-rest': 'filler',
  'lost-volume': 'filler',
  'not-sure': 'filler',
};
const VOLUME: Record<Appearance, Treatment> = { 'with-expression': 'filler', 'at-rest': 'filler', 'lost-volume': 'filler', 'not-sure': 'filler' };

const MUSCLE: Record<Appearance, Treatment> = {
  'with-expression': 'neuromodulator',
  'at-rest': 'neuromodulator',
  'lost-volume': 'neuromodulator',
  'not-sure': 'neuromodulator',
};

const TABLE: Record<AreaId, Record<Appearance, Treatment>> = {
  forehead: UPPER,
  'frown-lines': UPPER,
  'crows-feet': UPPER,
  'lip-lines': LIP_LINES,
  cheeks: VOLUME,
  temples: VOLUME,
  'under-eyes': VOLUME,
  lips: VOLUME,
  'nasolabial-folds': VOLUME,
  'marionette-lines': VOLUME,
  chin: VOLUME,
  jawline: VOLUME,
  masseter: MUSCLE,
  'neck-bands': MUSCLE,
};

const cells = AREA_IDS.flatMap((area) => APPEARANCES.map((appearance) => ({ area, appearance, treatment: TABLE[area][appearance] })));

describe('the default table', () => {
  it('covers all 14 areas and 4 appearances', () => {
    expect(cells).toHaveLength(56);
  });

  it.each(cells)('recommends $treatment for $area seen $appearance', ({ area, appearance, treatment }) => {
    const r = recommend({ areas: [area], appearance: { [area]: appearance } });
    expect(r.areas).toEqual([expect.objectContaining({ area, treatment })]);
    expect(r.overall).toBe(treatment);
    expect(r.cautions).toEqual([]);
  });

  it.each(AREA_IDS)('treats a missing appearance for %s as not-sure', (area) => {
    const missing = recommend({ areas: [area] });
    const notSure = recommend({ areas: [area], appearance: { [area]: 'not-sure' } });
    expect(missing).toEqual(notSure);
    expect(missing.areas[0]?.treatment).toBe(TABLE[area]['not-sure']);
  });

  it('says a provider confirms when an upper-face area is recommended on a not-sure answer', () => {
    for (const area of ['forehead', 'frown-lines', 'crows-feet'] as const) {
      const [result] = recommend({ areas: [area], appearance: { [area]: 'not-sure' } }).areas;
      expect(result?.reasons[0]?.rule).toBe('upper-face-unsure');
      expect(result?.reasons[0]?.text).toMatch(/provider will confirm/);
    }
  });

  it('tells smile lines that a filler, not Botox, treats them even when they show with expression', () => {
    const [result] = recommend({ areas: ['nasolabial-folds'], appearance: { 'nasolabial-folds': 'with-expression' } }).areas;
    expect(result?.treatment).toBe('filler');
    expect(result?.reasons[0]?.text).toMatch(/not Botox/);
  });
});
