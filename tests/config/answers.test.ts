import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/config/answers';
import { answers } from '../helpers/arbitraries';

describe('checkAnswers', () => {
  it('accepts every valid answers object unchanged', () => {
    fc.assert(
      fc.property(answers(), (a) => {
        expect(checkAnswers(a)).toEqual({ ok: true, answers: a });
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and always explains a refusal', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        const result = checkAnswers(x);
        if (!result.ok) for (const e of result.errors) expect(e.message).toMatch(/\S/);
      }),
      { numRuns: 500 },
    );
  });

  it('names the exact place of each problem', () => {
    const result = checkAnswers({ areas: ['lips', 'nose'], appearance: { lips: 'sometimes' }, safety: ['smoker'] });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual(['areas[1]', 'appearance.lips', 'safety[0]']);
  });
});
