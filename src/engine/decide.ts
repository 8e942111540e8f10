import type { AreaId, AreaRule, Appearance, Ruleset, SafetyFlag, SafetyRule, Table, Treatment } from './types';

/** Every rule of a table that matches, in table order. */
export function matching<R>(table: Table<R>, test: (rule: R) => boolean): R[] {
  return table.rules.filter(test);
}

export const areaRuleMatches = (area: AreaId, appearance: Appearance) => (rule: AreaRule) =>
  (!rule.areas || rule.areas.includes(area)) && (!rule.appearance || rule.appearance.includes(appearance));

export const safetyRuleMatches = (flags: readonly SafetyFlag[], treatment: Treatment) => (rule: SafetyRule) =>
  rule.flags.some((f) => flags.includes(f)) && (!rule.treatments || rule.treatments.includes(treatment));

export interface Decision {
  /** Undefined only when the area table has a gap, which the verifier reports. */
  readonly base?: AreaRule;
  readonly safety?: SafetyRule;
  readonly treatment: Treatment;
}

/**
 * One area's decision. Both hit policies take the first match at run time: `unique` only
 * promises there is one, and the verifier (run on every owner ruleset) enforces that promise.
 */
export function decide(rules: Ruleset, area: AreaId, appearance: Appearance, flags: readonly SafetyFlag[]): Decision {
  const base = rules.areas.rules.find(areaRuleMatches(area, appearance));
  // A gap must never throw into a visitor's page: the honest answer is "ask a provider".
  const treatment: Treatment = base ? base.treatment : 'consult-first';
  const safety = flags.length ? rules.safety.rules.find(safetyRuleMatches(flags, treatment)) : undefined;
  return { base, safety, treatment: safety ? safety.treatment : treatment };
}
