import * as v from 'valibot';
import { APPEARANCES, AREA_IDS, SAFETY_FLAGS, type Answers } from '../engine/types';
import { describeValue, pathText, type ConfigError } from './validate';

// Answers that arrive from outside the widget (the CLI's JSON Lines, an API caller) are checked
// here, not in the engine: the engine stays dependency-free and trusts its typed input.

const oneOf = (values: readonly string[]) => values.map((x) => `"${x}"`).join(', ');

const known = <T extends readonly string[]>(values: T, what: string) =>
  v.picklist(values, (issue) => `unknown ${what} ${describeValue(issue.input)} (expected one of ${oneOf(values)})`);

const area = known(AREA_IDS, 'area');
const ANSWERS_SHAPE = 'must be an object like { "areas": ["forehead"], "appearance": { "forehead": "at-rest" }, "safety": [] }';
const APPEARANCE_SHAPE = 'must be an object like { "forehead": "at-rest" }';

export const answersSchema = v.strictObject(
  {
    areas: v.pipe(
      v.array(area, (issue) => `must be a list of area ids (got ${describeValue(issue.input)})`),
      v.minLength(1, `must name at least one area (expected some of ${oneOf(AREA_IDS)})`),
    ),
    appearance: v.optional(
      v.pipe(
        // valibot's record takes arrays too; an array here is a mistake, not a map.
        v.custom<object>((x) => !Array.isArray(x), `${APPEARANCE_SHAPE} (got a list)`),
        v.record(area, known(APPEARANCES, 'appearance'), (issue) => `${APPEARANCE_SHAPE} (got ${describeValue(issue.input)})`),
      ),
    ),
    safety: v.optional(v.array(known(SAFETY_FLAGS, 'safety flag'), (issue) => `must be a list of safety flags (got ${describeValue(issue.input)})`)),
  },
  (issue) =>
    issue.expected === 'never'
      ? `unknown key ${describeValue(issue.input)} (expected "areas", "appearance" and "safety")`
      : issue.path?.length
        ? `is missing (expected a list of area ids such as ["forehead"])`
        : `${ANSWERS_SHAPE} (got ${describeValue(issue.input)})`,
);

export type AnswersCheck = { readonly ok: true; readonly answers: Answers } | { readonly ok: false; readonly errors: readonly ConfigError[] };

/** Checks untrusted answers; every problem comes back as `path: message`, none is thrown. */
export function checkAnswers(input: unknown): AnswersCheck {
  // valibot's objects take arrays too; a list of answers on one line is a mistake.
  if (Array.isArray(input)) return { ok: false, errors: [{ path: '', message: `${ANSWERS_SHAPE} (got a list)` }] };
  const result = v.safeParse(answersSchema, input);
  if (result.success) return { ok: true, answers: result.output };
  const errors = result.issues.map((issue) => {
    const keys = (issue.path ?? []).map((p) => p.key as string | number);
    // A bad key of `appearance` is reported at the key, not at its value.
    return { path: keys.length ? pathText(keys) : '', message: issue.message };
  });
  return { ok: false, errors };
}
