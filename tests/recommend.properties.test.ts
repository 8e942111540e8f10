import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRules } from '../src/engine/default-rules';
import { overallOf } from '../src/engine/evaluate';
import { recommend } from '../src/recommend';
import { LOCALES } from '../src/engine/types';
import { answers, ruleset } from './helpers/arbitraries';

describe('recommend, for any valid answers', () => {
  it('never throws and gives one treatment per distinct area, in order', () => {
    fc.assert(
      fc.property(answers(), fc.constantFrom(...LOCALES), (a, locale) => {
        const r = recommend(a, { locale });
        expect(r.areas.map((x) => x.area)).toEqual([...new Set(a.areas)]);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps the overall answer consistent with the areas', () => {
    fc.assert(
      fc.property(answers(), (a) => {
        const r = recommend(a);
        const ts = r.areas.map((x) => x.treatment);
        if (ts.includes('not-now')) expect(r.overall).toBe('not-now');
        else if (ts.includes('consult-first')) expect(r.overall).toBe('consult-first');
        else if (new Set(ts).size === 1) expect(r.overall).toBe(ts[0]);
        else expect(r.overall).toBe('combination');
      }),
      { numRuns: 1000 },
    );
  });

  it('gives each area a non-empty reason and one caution per distinct flag', () => {
    fc.assert(
      fc.property(answers(), fc.constantFrom(...LOCALES), (a, locale) => {
        const r = recommend(a, { locale });
        for (const x of r.areas) {
          expect(x.reasons.length).toBeGreaterThan(0);
          for (const reason of x.reasons) expect(reason.text.trim()).not.toBe('');
        }
        expect(r.cautions.map((c) => c.flag)).toEqual([...new Set(a.safety ?? [])]);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws with any ruleset either, verified or not', () => {
    fc.assert(
      fc.property(answers(), ruleset(), (a, rules) => {
        const r = recommend(a, { rules });
        expect(r.areas).toHaveLength(new Set(a.areas).size);
        expect(r.overall).toBe(overallOf(r.areas.map((x) => x.treatment)));
      }),
      { numRuns: 500 },
    );
  });

  it('only moves an area to consult-first or not-now when a safety answer is given', () => {
    fc.assert(
      fc.property(answers(), (a) => {
        const calm = recommend({ ...a, safety: [] }, { rules: defaultRules });
        for (const x of calm.areas) expect(['consult-first', 'not-now']).not.toContain(x.treatment);
      }),
    );
  });

  it('gives the same interest with or without any safety answers, for any ruleset', () => {
    fc.assert(
      fc.property(answers(), ruleset(), (a, rules) => {
        const calm = recommend({ ...a, safety: [] }, { rules });
        const flagged = recommend(a, { rules });
        expect(flagged.interest).toEqual(calm.interest);
        expect(calm.interest).toEqual({ overall: calm.overall, areas: calm.areas.map(({ area, treatment }) => ({ area, treatment })) });
      }),
      { numRuns: 500 },
    );
  });
});
