import { describe, expect, it } from 'vitest';
import { defaultRules } from '../../src/engine/default-rules';
import { appearanceOptions } from '../../src/engine/needs-question';
import { APPEARANCES, AREA_IDS, type Appearance, type AreaId, type Treatment } from '../../src/engine/types';
import { recommend } from '../../src/recommend';

// The area table of the medical rules v2, written out by hand so a change to default-rules.ts
// that moves any cell fails here. `undefined`: the area does not ask that option, and the answer
// counts as not-sure.
type Row = { readonly [P in Appearance]?: Treatment };
const UPPER: Row = { 'with-expression': 'neuromodulator', 'at-rest': 'neuromodulator', 'not-sure': 'neuromodulator' };
const ONLY = (t: Treatment): Row => ({ 'not-sure': t });

const TABLE: Record<AreaId, Row> = {
  forehead: UPPER,
  'frown-lines': UPPER,
  'crows-feet': UPPER,
  'lip-lines': { 'with-expression': 'combination', 'at-rest': 'filler', 'not-sure': 'filler' },
  'marionette-lines': { 'with-expression': 'combination', 'at-rest': 'filler', 'lost-volume': 'filler', 'not-sure': 'filler' },
  chin: { 'with-expression': 'neuromodulator', 'lost-volume': 'filler', 'not-sure': 'filler' },
  masseter: ONLY('neuromodulator'),
  'neck-bands': ONLY('neuromodulator'),
  cheeks: ONLY('filler'),
  temples: ONLY('filler'),
  'under-eyes': ONLY('filler'),
  lips: ONLY('filler'),
  'nasolabial-folds': ONLY('filler'),
  jawline: ONLY('filler'),
};

const asked = (row: Row) => APPEARANCES.filter((a) => a !== 'not-sure' && row[a]);
const cells = AREA_IDS.flatMap((area) => APPEARANCES.map((appearance) => ({ area, appearance, treatment: TABLE[area][appearance] ?? TABLE[area]['not-sure']! })));

describe('the default area table', () => {
  it('covers all 14 areas and 4 appearances', () => {
    expect(AREA_IDS).toHaveLength(14);
    expect(cells).toHaveLength(56);
  });

  it.each(AREA_IDS)('asks exactly the options of the spec for %s', (area) => {
    const options = appearanceOptions(area, defaultRules);
    if (asked(TABLE[area]).length === 0) expect(options).toEqual([]);
    else expect(options).toEqual(APPEARANCES.filter((a) => TABLE[area][a]));
  });

  it.each(cells)('recommends $treatment for $area seen $appearance', ({ area, appearance, treatment }) => {
    const r = recommend({ areas: [area], appearance: { [area]: appearance } });
    expect(r.areas).toEqual([expect.objectContaining({ area, treatment })]);
    expect(r.overall).toBe(treatment);
    expect(r.cautions).toEqual([]);
  });

  it.each(AREA_IDS)('treats a missing or not-offered appearance for %s as not-sure', (area) => {
    const notSure = recommend({ areas: [area], appearance: { [area]: 'not-sure' } });
    expect(recommend({ areas: [area] })).toEqual(notSure);
    for (const a of APPEARANCES.filter((x) => !TABLE[area][x])) expect(recommend({ areas: [area], appearance: { [area]: a } }), a).toEqual(notSure);
  });

  it('never suggests a filler for upper-face lines, even etched ones', () => {
    for (const area of ['forehead', 'frown-lines', 'crows-feet'] as const) {
      for (const appearance of APPEARANCES) {
        const [result] = recommend({ areas: [area], appearance: { [area]: appearance } }).areas;
        expect(result?.treatment).toBe('neuromodulator');
      }
      const [etched] = recommend({ areas: [area], appearance: { [area]: 'at-rest' } }).areas;
      expect(etched?.reasons[0]?.text).toMatch(/repeated treatments/);
      expect(etched?.reasons[0]?.text).toMatch(/off-label/);
    }
  });

  it('says a provider confirms an upper-face area recommended on a not-sure answer', () => {
    const [result] = recommend({ areas: ['forehead'], appearance: { forehead: 'not-sure' } }).areas;
    expect(result?.reasons[0]?.rule).toBe('upper-face-unsure');
    expect(result?.reasons[0]?.text).toMatch(/provider confirms/);
  });

  it('names every off-label neuromodulator use as off-label', () => {
    const offLabel = [
      { areas: ['masseter'] as AreaId[] },
      { areas: ['chin'] as AreaId[], appearance: { chin: 'with-expression' as const } },
      { areas: ['lip-lines'] as AreaId[], appearance: { 'lip-lines': 'with-expression' as const } },
      { areas: ['marionette-lines'] as AreaId[], appearance: { 'marionette-lines': 'with-expression' as const } },
    ];
    for (const answers of offLabel) {
      expect(recommend(answers).areas[0]?.reasons[0]?.text, answers.areas[0]).toMatch(/off-label/);
      expect(recommend(answers, { locale: 'es' }).areas[0]?.reasons[0]?.text, answers.areas[0]).toMatch(/no aprobado/);
    }
  });

  it('says neck bands are an FDA-approved Botox Cosmetic use', () => {
    expect(recommend({ areas: ['neck-bands'] }).areas[0]?.reasons[0]?.text).toMatch(/FDA-approved/);
  });

  it('always tells an under-eye visitor it is an advanced area and that dark circles are not a filler problem', () => {
    const text = recommend({ areas: ['under-eyes'] }).areas[0]?.reasons[0]?.text;
    expect(text).toMatch(/advanced area/);
    expect(text).toMatch(/experienced injector/);
    expect(text).toMatch(/Dark circles and puffy bags/);
  });

  it('tells smile lines that a filler, not a neuromodulator, treats them', () => {
    const [result] = recommend({ areas: ['nasolabial-folds'], appearance: { 'nasolabial-folds': 'with-expression' } }).areas;
    expect(result?.treatment).toBe('filler');
    expect(result?.reasons[0]?.text).toMatch(/not a neuromodulator/);
  });
});
