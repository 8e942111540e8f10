import type { Appearance, AreaId, Ruleset } from './types';

/** The "when do you see it" options an area asks, as the rules declare them (none: no question). */
export function appearanceOptions(area: AreaId, rules: Ruleset): readonly Appearance[] {
  return rules.questions[area] ?? [];
}

/** Whether the rules ask the "when do you see it" question for an area. */
export function needsAppearance(area: AreaId, rules: Ruleset): boolean {
  return appearanceOptions(area, rules).length > 0;
}

export function areasNeedingAppearance(areas: readonly AreaId[], rules: Ruleset): AreaId[] {
  return [...new Set(areas)].filter((area) => needsAppearance(area, rules));
}
