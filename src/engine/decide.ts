import { treatmentPriority } from './types';
import type { AreaId, AreaRule, Appearance, Ruleset, SafetyFlag, SafetyRule, Table, Treatment } from './types';

/** Every rule of a table that matches, in table order. */
export function matching<R>(table: Table<R>, test: (rule: R) => boolean): R[] {
  return table.rules.filter(test);
}

/**
 * A rule's optional list, read only if the rule itself has it: a host page that put `areas` or
 * `treatments` on Object.prototype must not change which rules match.
 */
const ownList = <R extends object, K extends keyof R>(rule: R, key: K): R[K] | undefined => (Object.prototype.hasOwnProperty.call(rule, key) ? rule[key] : undefined);

export const areaRuleMatches = (area: AreaId, appearance: Appearance) => (rule: AreaRule) => {
  const areas = ownList(rule, 'areas');
  const appearances = ownList(rule, 'appearance');
  return (!areas || areas.includes(area)) && (!appearances || appearances.includes(appearance));
};

export const safetyRuleMatches = (flags: readonly SafetyFlag[], treatment: Treatment) => (rule: SafetyRule) => {
  const treatments = ownList(rule, 'treatments');
  return rule.flags.some((f) => flags.includes(f)) && (!treatments || treatments.includes(treatment));
};

/**
 * The rules that decide under a table's hit policy: the first match for `unique` and `first`,
 * every match of the strongest outcome for `priority` (the first of them gives the reason).
 */
export function winners<R extends { readonly treatment: Treatment }>(table: Table<R>, hits: readonly R[]): R[] {
  if (table.hitPolicy !== 'priority') return hits.slice(0, 1);
  const top = Math.max(...hits.map((r) => treatmentPriority(r.treatment)));
  return hits.filter((r) => treatmentPriority(r.treatment) === top);
}

/** An appearance the area does not ask about (API, CLI, restored session) counts as `not-sure`. */
export function offeredAppearance(rules: Ruleset, area: AreaId, given: Appearance | undefined): Appearance {
  return given && ownList(rules.questions, area)?.includes(given) ? given : 'not-sure';
}

export interface Decision {
  /** Undefined only when the area table has a gap, which the verifier reports. */
  readonly base?: AreaRule;
  readonly safety?: SafetyRule;
  /** The area's treatment from the area table alone: what the visitor asked about. */
  readonly interest: Treatment;
  readonly treatment: Treatment;
}

/**
 * One area's decision. `unique` takes the first match at run time: it only promises there is
 * one, and the verifier (run on every owner ruleset) enforces that promise. The safety table
 * sees the area's own treatment, so the same flags always narrow the same way.
 */
export function decide(rules: Ruleset, area: AreaId, appearance: Appearance | undefined, flags: readonly SafetyFlag[]): Decision {
  const [base] = winners(rules.areas, matching(rules.areas, areaRuleMatches(area, offeredAppearance(rules, area, appearance))));
  // A gap must never throw into a visitor's page: the honest answer is "ask a provider".
  const interest: Treatment = base ? base.treatment : 'consult-first';
  const safety = flags.length ? winners(rules.safety, matching(rules.safety, safetyRuleMatches(flags, interest)))[0] : undefined;
  return { base, safety, interest, treatment: safety ? safety.treatment : interest };
}
