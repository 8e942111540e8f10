import fc from 'fast-check';
import { APPEARANCES, AREA_IDS, HIT_POLICIES, SAFETY_FLAGS, TREATMENTS, type AreaRule, type Answers, type Questions, type Ruleset, type SafetyRule } from '../../src/engine/types';

// Generators shared by the engine's property tests.

export const answers = (): fc.Arbitrary<Answers> =>
  fc.record(
    {
      areas: fc.array(fc.constantFrom(...AREA_IDS), { minLength: 1, maxLength: 20 }),
      appearance: fc.dictionary(fc.constantFrom(...AREA_IDS), fc.constantFrom(...APPEARANCES)),
      safety: fc.array(fc.constantFrom(...SAFETY_FLAGS), { maxLength: 8 }),
    },
    { requiredKeys: ['areas'] },
  );

const areaRule = (id: string): fc.Arbitrary<AreaRule> =>
  fc.record(
    {
      id: fc.constant(id),
      areas: fc.subarray([...AREA_IDS], { minLength: 1 }),
      appearance: fc.subarray([...APPEARANCES], { minLength: 1 }),
      treatment: fc.constantFrom(...TREATMENTS),
      reason: fc.constant({ en: `because ${id}` }),
    },
    { requiredKeys: ['id', 'treatment', 'reason'] },
  );

const safetyRule = (id: string): fc.Arbitrary<SafetyRule> =>
  fc.record(
    {
      id: fc.constant(id),
      flags: fc.subarray([...SAFETY_FLAGS], { minLength: 1 }),
      treatments: fc.subarray([...TREATMENTS], { minLength: 1 }),
      treatment: fc.constantFrom(...TREATMENTS),
      reason: fc.constant({ en: `because ${id}`, es: `porque ${id}` }),
    },
    { requiredKeys: ['id', 'flags', 'treatment', 'reason'] },
  );

/** Any "when" options per area, including none. */
export const questions = (): fc.Arbitrary<Questions> =>
  fc.tuple(...AREA_IDS.map(() => fc.subarray([...APPEARANCES]))).map((lists) => Object.fromEntries(AREA_IDS.map((a, i) => [a, lists[i]!])) as unknown as Questions);

/** Any ruleset at all, verified or not: gaps, overlaps and dead rules included. */
export const ruleset = (): fc.Arbitrary<Ruleset> =>
  fc.record({
    questions: questions(),
    areas: fc.record({
      hitPolicy: fc.constantFrom(...HIT_POLICIES),
      rules: fc.integer({ min: 0, max: 8 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => areaRule(`a${i}`)))),
    }),
    safety: fc.record({
      hitPolicy: fc.constantFrom(...HIT_POLICIES),
      rules: fc.integer({ min: 0, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => safetyRule(`s${i}`)))),
    }),
  });
