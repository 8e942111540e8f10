import { describe, expect, it } from 'vitest';
import { medical } from '../../src/content/locales';

const { en, es } = medical;
import { SAFETY_FLAGS, type Answers, type SafetyFlag, type Treatment } from '../../src/engine/types';
import { recommend } from '../../src/recommend';

// The safety table of the medical rules v2, by hand: what each flag does to an area whose own
// treatment is a neuromodulator, a filler or both.
type Base = 'neuromodulator' | 'filler' | 'combination';
const SAME = { neuromodulator: 'neuromodulator', filler: 'filler', combination: 'combination' } as const;
const ALL = (t: Treatment) => ({ neuromodulator: t, filler: t, combination: t });
const SPEC: Record<SafetyFlag, Record<Base, Treatment>> = {
  'pregnant-or-breastfeeding': ALL('not-now'),
  'active-skin-infection': ALL('not-now'),
  'under-18': ALL('not-now'),
  'age-18-to-21': { neuromodulator: 'neuromodulator', filler: 'consult-first', combination: 'consult-first' },
  'allergy-to-ingredients': ALL('consult-first'),
  'neuromuscular-condition': { neuromodulator: 'consult-first', filler: 'filler', combination: 'filler' },
  'bleeding-disorder': { neuromodulator: 'neuromodulator', filler: 'consult-first', combination: 'consult-first' },
  'blood-thinners': SAME,
  'cold-sores': SAME,
  'immune-condition': SAME,
  'recent-illness-vaccine-or-dental-work': SAME,
  'previous-filler-or-implant': SAME,
};

/** One area of each kind under the default rules. */
const AREA_OF: Record<Base, Answers> = {
  neuromodulator: { areas: ['forehead'], appearance: { forehead: 'with-expression' } },
  filler: { areas: ['cheeks'] },
  combination: { areas: ['lip-lines'], appearance: { 'lip-lines': 'with-expression' } },
};
const BASES = Object.keys(AREA_OF) as Base[];

const cells = SAFETY_FLAGS.flatMap((flag) => BASES.map((base) => ({ flag, base, treatment: SPEC[flag][base] })));

// The priority hit policy, as the spec words it: not-now beats consult-first, which beats a
// narrowed treatment, which beats the area's own.
const strength = (t: Treatment, base: Base) => (t === 'not-now' ? 3 : t === 'consult-first' ? 2 : t !== base ? 1 : 0);
const stronger = (a: Treatment, b: Treatment, base: Base) => (strength(b, base) > strength(a, base) ? b : a);

describe('the default safety table', () => {
  it('has 12 flags', () => {
    expect(SAFETY_FLAGS).toHaveLength(12);
  });

  it.each(cells)('makes a $base area $treatment for $flag', ({ flag, base, treatment }) => {
    const r = recommend({ ...AREA_OF[base], safety: [flag] });
    expect(r.areas[0]?.treatment).toBe(treatment);
    expect(r.overall).toBe(treatment);
    expect(r.cautions).toEqual([{ flag, text: en.cautions[flag] }]);
  });

  const pairs = SAFETY_FLAGS.flatMap((a, i) => SAFETY_FLAGS.slice(i + 1).map((b) => ({ a, b, treatment: stronger(SPEC[a].combination, SPEC[b].combination, 'combination') })));

  it.each(pairs)('gives a combination area $treatment for $a with $b', ({ a, b, treatment }) => {
    for (const safety of [[a, b], [b, a]] as SafetyFlag[][]) {
      const r = recommend({ ...AREA_OF.combination, safety });
      expect(r.areas[0]?.treatment).toBe(treatment);
      expect(r.cautions.map((c) => c.flag)).toEqual(safety);
      // One safety reason at most, and it is the winning rule's.
      expect(r.areas[0]?.reasons.length).toBeLessThanOrEqual(2);
    }
  });

  it('tells a pregnant visitor to wait, and a visitor under 18 to talk with a parent and doctor', () => {
    const pregnant = recommend({ areas: ['lips'], safety: ['pregnant-or-breastfeeding'] });
    expect(pregnant.areas[0]?.reasons.at(-1)?.text).toMatch(/Wait until after pregnancy/);
    const minor = recommend({ areas: ['lips'], safety: ['under-18'] });
    expect(minor.areas[0]?.reasons.at(-1)?.text).toMatch(/parent and your doctor/);
    expect(recommend({ areas: ['lips'], safety: ['active-skin-infection'] }).areas[0]?.reasons.at(-1)?.text).toMatch(/healed/);
  });

  it('keeps the filler part of a combination for a neuromuscular condition, and says why', () => {
    const r = recommend({ ...AREA_OF.combination, safety: ['neuromuscular-condition'] });
    expect(r.areas[0]?.treatment).toBe('filler');
    expect(r.areas[0]?.reasons.at(-1)?.rule).toBe('safety-neuromuscular-combination');
  });

  it('is not-now overall when any area is, even beside a consult-first area', () => {
    const r = recommend({ areas: ['forehead', 'cheeks'], safety: ['neuromuscular-condition', 'pregnant-or-breastfeeding'] });
    expect(r.areas.map((a) => a.treatment)).toEqual(['not-now', 'not-now']);
    expect(r.overall).toBe('not-now');
  });

  it('is consult-first overall when one area needs a provider and another does not', () => {
    const r = recommend({ areas: ['forehead', 'cheeks'], safety: ['bleeding-disorder'] });
    expect(r.areas.map((a) => a.treatment)).toEqual(['neuromodulator', 'consult-first']);
    expect(r.overall).toBe('consult-first');
  });

  it('gives exactly one caution per distinct flag, in the order given, for every flag', () => {
    const r = recommend({ areas: ['lips'], safety: [...SAFETY_FLAGS, ...SAFETY_FLAGS] });
    expect(r.cautions.map((c) => c.flag)).toEqual([...SAFETY_FLAGS]);
    for (const c of r.cautions) expect(c.text).toBe(en.cautions[c.flag]);
  });

  it('writes cautions in Spanish when asked', () => {
    const r = recommend({ areas: ['lips'], safety: [...SAFETY_FLAGS] }, { locale: 'es' });
    for (const c of r.cautions) expect(c.text).toBe(es.cautions[c.flag]);
  });

  it('gives no caution without safety answers', () => {
    expect(recommend({ areas: ['lips'], safety: [] }).cautions).toEqual([]);
    expect(recommend({ areas: ['lips'] }).cautions).toEqual([]);
  });
});
