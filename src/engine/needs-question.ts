import { APPEARANCES, type AreaId, type Ruleset } from './types';
import { decide } from './decide';

/**
 * Whether the "when do you see it" question changes anything for an area: an area whose
 * rules give the same treatment for every appearance needs no question. The UI asks this
 * instead of knowing which areas are "muscle" areas.
 */
export function needsAppearance(area: AreaId, rules: Ruleset): boolean {
  const seen = new Set(APPEARANCES.map((a) => decide(rules, area, a, []).treatment));
  return seen.size > 1;
}

export function areasNeedingAppearance(areas: readonly AreaId[], rules: Ruleset): AreaId[] {
  return [...new Set(areas)].filter((area) => needsAppearance(area, rules));
}
