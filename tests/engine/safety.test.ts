import { describe, expect, it } from 'vitest';
import { en } from '../../src/content/en';
import { es } from '../../src/content/es';
import { recommend } from '../../src/engine/recommend';
import { APPEARANCES, AREA_IDS, SAFETY_FLAGS, type Answers, type SafetyFlag } from '../../src/engine/types';

const STOP_ALL: readonly SafetyFlag[] = ['pregnant-or-breastfeeding', 'allergy-to-ingredients', 'active-skin-infection', 'under-18'];
const everything = (safety: SafetyFlag[]): Answers[] =>
  AREA_IDS.flatMap((area) => APPEARANCES.map((appearance) => ({ areas: [area], appearance: { [area]: appearance }, safety })));

describe('safety rules', () => {
  it.each(STOP_ALL)('turns every area into consult-first for %s', (flag) => {
    for (const answers of everything([flag])) {
      const r = recommend(answers);
      expect(r.overall).toBe('consult-first');
      expect(r.areas[0]?.treatment).toBe('consult-first');
      expect(r.areas[0]?.reasons.map((x) => x.rule)).toEqual([expect.any(String), 'safety-see-provider']);
    }
  });

  it('turns neuromodulator and combination areas into consult-first for a neuromuscular condition', () => {
    for (const answers of everything(['neuromuscular-condition'])) {
      const base = recommend({ ...answers, safety: [] }).areas[0]!;
      const withFlag = recommend(answers).areas[0]!;
      if (base.treatment === 'filler') {
        expect(withFlag.treatment).toBe('filler');
        expect(withFlag.reasons.map((x) => x.rule)).toEqual(base.reasons.map((x) => x.rule));
      } else {
        expect(['neuromodulator', 'combination']).toContain(base.treatment);
        expect(withFlag.treatment).toBe('consult-first');
        expect(withFlag.reasons.at(-1)?.rule).toBe('safety-neuromuscular');
      }
    }
  });

  it('leaves filler areas alone but still cautions about a neuromuscular condition', () => {
    const r = recommend({ areas: ['cheeks', 'lips', 'forehead'], appearance: { forehead: 'with-expression' }, safety: ['neuromuscular-condition'] });
    expect(r.areas.map((a) => a.treatment)).toEqual(['filler', 'filler', 'consult-first']);
    expect(r.overall).toBe('consult-first');
    expect(r.cautions).toEqual([{ flag: 'neuromuscular-condition', text: en.cautions['neuromuscular-condition'] }]);
  });

  it('keeps a filler-only plan a filler plan with a neuromuscular condition', () => {
    const r = recommend({ areas: ['cheeks', 'chin'], safety: ['neuromuscular-condition'] });
    expect(r.overall).toBe('filler');
    expect(r.cautions).toHaveLength(1);
  });

  it('changes no treatment for blood thinners, only adds its caution', () => {
    for (const answers of everything(['blood-thinners'])) {
      const without = recommend({ ...answers, safety: [] });
      const withFlag = recommend(answers);
      expect(withFlag.areas).toEqual(without.areas);
      expect(withFlag.overall).toBe(without.overall);
      expect(withFlag.cautions).toEqual([{ flag: 'blood-thinners', text: en.cautions['blood-thinners'] }]);
    }
  });

  it('lets a stop-everything flag win over the neuromuscular rule, with one reason', () => {
    const r = recommend({ areas: ['forehead', 'cheeks'], safety: ['neuromuscular-condition', 'pregnant-or-breastfeeding'] });
    expect(r.areas.map((a) => a.treatment)).toEqual(['consult-first', 'consult-first']);
    for (const a of r.areas) expect(a.reasons.filter((x) => x.rule.startsWith('safety-')).map((x) => x.rule)).toEqual(['safety-see-provider']);
  });

  it('combines blood thinners with the neuromuscular rule', () => {
    const r = recommend({ areas: ['crows-feet', 'temples'], safety: ['blood-thinners', 'neuromuscular-condition'] });
    expect(r.areas.map((a) => a.treatment)).toEqual(['consult-first', 'filler']);
    expect(r.cautions.map((c) => c.flag)).toEqual(['blood-thinners', 'neuromuscular-condition']);
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
