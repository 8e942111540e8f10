import { describe, expect, it } from 'vitest';
import { medical } from '../src/content/locales';
import { defaultRules } from '../src/engine/default-rules';
import { overallOf } from '../src/engine/evaluate';
import { recommend } from '../src/recommend';
import { APPEARANCES, AREA_IDS, type Ruleset } from '../src/engine/types';

const { en, es } = medical;

describe('the overall recommendation', () => {
  it('is consult-first when any area is', () => {
    expect(overallOf(['neuromodulator', 'consult-first', 'filler'])).toBe('consult-first');
  });

  it('is not-now when any area is, even beside consult-first', () => {
    expect(overallOf(['consult-first', 'not-now', 'filler'])).toBe('not-now');
    expect(overallOf(['neuromodulator', 'not-now'])).toBe('not-now');
  });

  it('is the shared treatment when every area has the same one', () => {
    expect(overallOf(['filler', 'filler'])).toBe('filler');
    expect(overallOf(['neuromodulator'])).toBe('neuromodulator');
    expect(overallOf(['combination', 'combination'])).toBe('combination');
  });

  it('is a combination for a mix', () => {
    expect(overallOf(['neuromodulator', 'filler'])).toBe('combination');
    expect(overallOf(['filler', 'combination'])).toBe('combination');
  });

  it('is consult-first for no areas at all, rather than a guess', () => {
    expect(overallOf([])).toBe('consult-first');
  });

  it('mixes a neuromodulator forehead and filler lips into a combination', () => {
    const r = recommend({ areas: ['forehead', 'lips'], appearance: { forehead: 'with-expression' } });
    expect(r.areas.map((a) => a.treatment)).toEqual(['neuromodulator', 'filler']);
    expect(r.overall).toBe('combination');
  });

  it('keeps an all-neuromodulator plan a neuromodulator plan', () => {
    const r = recommend({ areas: ['forehead', 'frown-lines', 'crows-feet'], appearance: { forehead: 'with-expression' } });
    expect(r.overall).toBe('neuromodulator');
  });
});

describe('recommend', () => {
  it('ignores duplicate areas and keeps the first-seen order', () => {
    const r = recommend({ areas: ['lips', 'forehead', 'lips', 'forehead'] });
    expect(r.areas.map((a) => a.area)).toEqual(['lips', 'forehead']);
  });

  it('ignores appearances given for areas not picked', () => {
    expect(recommend({ areas: ['lips'], appearance: { forehead: 'at-rest' } })).toEqual(recommend({ areas: ['lips'] }));
  });

  it('gives every area a reason in English by default', () => {
    const r = recommend({ areas: [...AREA_IDS] });
    for (const a of r.areas) {
      expect(a.reasons.length).toBeGreaterThan(0);
      for (const reason of a.reasons) expect(reason.text).toBe(en.reasons[reason.rule as keyof typeof en.reasons]);
    }
  });

  it('gives every reason in Spanish when asked, for every cell', () => {
    for (const area of AREA_IDS) {
      for (const appearance of APPEARANCES) {
        const r = recommend({ areas: [area], appearance: { [area]: appearance }, safety: ['neuromuscular-condition'] }, { locale: 'es' });
        for (const reason of r.areas[0]!.reasons) {
          expect(reason.text).toBe(es.reasons[reason.rule as keyof typeof es.reasons]);
          expect(reason.text).not.toBe(en.reasons[reason.rule as keyof typeof en.reasons]);
        }
      }
    }
  });

  it('uses the rules it is given instead of the defaults', () => {
    const rules: Ruleset = {
      questions: defaultRules.questions,
      areas: { hitPolicy: 'first', rules: [{ id: 'all-filler', treatment: 'filler', reason: { en: 'Owner says filler.' } }] },
      safety: { hitPolicy: 'first', rules: [] },
    };
    const r = recommend({ areas: ['forehead'], appearance: { forehead: 'with-expression' }, safety: ['under-18'] }, { rules, locale: 'es' });
    expect(r.areas[0]).toEqual({ area: 'forehead', treatment: 'filler', reasons: [{ rule: 'all-filler', text: 'Owner says filler.' }] });
    expect(r.cautions).toEqual([{ flag: 'under-18', text: es.cautions['under-18'] }]);
  });

  it('answers consult-first with an explanation for a cell an unverified ruleset misses', () => {
    const rules: Ruleset = { questions: defaultRules.questions, areas: { hitPolicy: 'unique', rules: [] }, safety: defaultRules.safety };
    const r = recommend({ areas: ['chin'] }, { rules, locale: 'es' });
    expect(r.areas[0]).toEqual({ area: 'chin', treatment: 'consult-first', reasons: [{ rule: 'no-rule', text: es.noRule }] });
    expect(r.overall).toBe('consult-first');
  });

  it('carries the disclaimer in the locale asked', () => {
    expect(recommend({ areas: ['lips'] }).disclaimer).toBe(en.disclaimer);
    expect(recommend({ areas: ['lips'] }, { locale: 'es' }).disclaimer).toBe(es.disclaimer);
  });

  it('gives the interest as if no health answer had been given', () => {
    const calm = recommend({ areas: ['forehead', 'lip-lines'], appearance: { forehead: 'with-expression', 'lip-lines': 'with-expression' } });
    const flagged = recommend({ areas: ['forehead', 'lip-lines'], appearance: { forehead: 'with-expression', 'lip-lines': 'with-expression' }, safety: ['neuromuscular-condition'] });
    expect(flagged.areas.map((a) => a.treatment)).toEqual(['consult-first', 'filler']);
    expect(flagged.interest).toEqual({ overall: 'combination', areas: [{ area: 'forehead', treatment: 'neuromodulator' }, { area: 'lip-lines', treatment: 'combination' }] });
    expect(flagged.interest).toEqual(calm.interest);
  });

  it('does not change the answers it is given', () => {
    const answers = { areas: ['lips', 'lips'], appearance: { lips: 'at-rest' }, safety: ['under-18', 'under-18'] } as const;
    const snapshot = JSON.stringify(answers);
    recommend(answers);
    expect(JSON.stringify(answers)).toBe(snapshot);
  });
});

describe('on a page that polluted Object.prototype', () => {
  it('decides exactly as on a clean page', () => {
    const clean = [recommend({ areas: ['forehead', 'lips', 'chin'], appearance: { chin: 'with-expression' }, safety: ['neuromuscular-condition'] })];
    const proto = Object.prototype as Record<string, unknown>;
    proto.areas = ['lips'];
    proto.treatments = ['combination'];
    proto.appearance = ['at-rest'];
    try {
      expect([recommend({ areas: ['forehead', 'lips', 'chin'], appearance: { chin: 'with-expression' }, safety: ['neuromuscular-condition'] })]).toEqual(clean);
    } finally {
      delete proto.areas;
      delete proto.treatments;
      delete proto.appearance;
    }
  });
});
