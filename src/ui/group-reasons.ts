import type { AreaId, Reason, Recommendation, Ruleset, Treatment } from '../engine/types';

/** Areas that got the same treatment for the same reasons: one line, the reasons said once. */
export interface AreaGroup {
  readonly areas: readonly AreaId[];
  readonly treatment: Treatment;
  readonly reasons: readonly Reason[];
}

export interface GroupedReasons {
  readonly groups: readonly AreaGroup[];
  /** What the health answers changed (often the same for every area), each reason once. */
  readonly safety: readonly Reason[];
}

/**
 * How the result page says the engine's reasons without repeating itself: areas sharing a
 * treatment and the same area reasons are grouped, and reasons from the safety table move out
 * to sit with the cautions. Wording only: treatments and reasons are the engine's, unchanged.
 */
export function groupReasons(recommendation: Recommendation, rules: Ruleset): GroupedReasons {
  const safetyRules = new Set(rules.safety.rules.map((r) => r.id));
  const groups = new Map<string, { areas: AreaId[]; treatment: Treatment; reasons: readonly Reason[] }>();
  const safety = new Map<string, Reason>();
  for (const a of recommendation.areas) {
    const own = a.reasons.filter((r) => !safetyRules.has(r.rule));
    for (const r of a.reasons) if (safetyRules.has(r.rule) && !safety.has(r.text)) safety.set(r.text, r);
    const key = JSON.stringify([a.treatment, own.map((r) => r.text)]);
    const group = groups.get(key);
    if (group) group.areas.push(a.area);
    else groups.set(key, { areas: [a.area], treatment: a.treatment, reasons: own });
  }
  return { groups: [...groups.values()], safety: [...safety.values()] };
}
